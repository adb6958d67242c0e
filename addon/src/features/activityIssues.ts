// The validator's findings that concern one processing activity: its own row and its
// data-category rows. Used after a save, so the form can say what is still missing.

import type { Issue, RegisterDocument } from '../../../shared/register/types.ts';
import { validateRegister } from '../../../shared/validation/validate.ts';
import { findActivityIndex, groupRowsOf } from '../../views/activityForm.ts';

export function activityIssues(doc: RegisterDocument, activityId: string, today: string): Issue[] {
  const index = findActivityIndex(doc, activityId);
  if (index < 0) return [];
  const activity = (doc.sheets.activities ?? [])[index];
  const groupRows = new Set(groupRowsOf(doc, activity).map((i) => (doc.sheets.dataCategories ?? [])[i].$row));
  return runValidator(doc, today).filter(
    (issue) =>
      (issue.sheet === 'activities' && issue.row === activity.$row) ||
      (issue.sheet === 'dataCategories' && issue.row !== null && groupRows.has(issue.row)),
  );
}

function runValidator(doc: RegisterDocument, today: string): Issue[] {
  return validateRegister(doc, { today, lang: doc.lang });
}
