// Live validation for the activity form, in the page itself (no round trip per keystroke):
// the form becomes a small register document holding just this activity, the shared
// validator checks it, and each finding is pinned to the field it is about. The retention
// text is read by the shared parser and shown back in words ("understood as …").

import type { Issue, Lang } from '../../../shared/register/types.ts';
import { describeRetention } from '../../../shared/retention/describe.ts';
import { parseRetention } from '../../../shared/retention/parse.ts';
import { validateRegister } from '../../../shared/validation/validate.ts';
import {
  type ActivityForm,
  type ActivityFormModel,
  documentForForm,
  formToRows,
} from '../../views/activityForm.ts';

export interface LiveFinding {
  severity: Issue['severity'];
  code: string;
  message: string;
  hint: string;
  /** The form field the finding is shown under ("a:purpose", "g0:recipients"); null → the list. */
  key: string | null;
}

/** Findings for the form as it stands now, with the activity as row 2 and its groups as rows 2…n+1. */
export function checkForm(model: ActivityFormModel, form: ActivityForm, lang: Lang): LiveFinding[] {
  let n = 0;
  const draft = () => `draft-${++n}`;
  const rows = formToRows(form, { activity: draft, group: draft });
  const doc = documentForForm(model.context, rows);
  const issues = validateRegister({ ...doc, lang }, { today: model.today, lang });
  const findings: LiveFinding[] = [];
  for (const issue of issues) {
    let key: string | null;
    if (issue.sheet === 'activities' && issue.row === 2) key = issue.column ? `a:${issue.column}` : null;
    else if (
      issue.sheet === 'dataCategories' &&
      issue.row !== null &&
      issue.row >= 2 &&
      issue.row < 2 + rows.groups.length
    ) {
      key = issue.column ? `g${issue.row - 2}:${issue.column}` : null;
    } else continue; // findings about other sheets belong to the issue sidebar, not this form
    findings.push({
      severity: issue.severity,
      code: issue.code,
      message: issue.message,
      hint: issue.hint,
      key,
    });
  }
  return findings;
}

/** What a retention text is understood as, or null for an empty text. */
export function retentionHint(text: string, lang: Lang): { understood: boolean; text: string } | null {
  if (!text.trim()) return null;
  const parsed = parseRetention(text);
  if (!parsed.understood) return { understood: false, text: parsed.explanation?.[lang] ?? '' };
  return { understood: true, text: describeRetention(parsed.rule, lang) };
}
