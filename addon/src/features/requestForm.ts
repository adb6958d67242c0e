// The new-request form, pure: what the page needs (the vocabularies' labels in the register's
// language, the activities by id and name, today) and the row a submitted form becomes, or the
// reason it cannot be saved. The deadline itself is the shared clock (shared/requests), which
// the page also runs to show it live.

import { isIsoDate } from '../../../shared/calendar/civilDate.ts';
import { parseMailbox } from '../../../shared/mailbox/mailbox.ts';
import { cellText } from '../../../shared/register/document.ts';
import { registerSettings } from '../../../shared/register/settings.ts';
import type { DocumentRow, Lang, RegisterDocument } from '../../../shared/register/types.ts';
import { requestDeadline, requestWindow } from '../../../shared/requests/deadline.ts';
import { looksIdentifying } from '../../../shared/sync/identifying.ts';
import { VOCABULARIES } from '../../../shared/vocabularies/index.ts';
import type { VocabularyId } from '../../../shared/vocabularies/types.ts';
import type { FeatureMessageCode } from './messages.ts';

export interface Choice {
  id: string;
  label: string;
}

export interface RequestFormModel {
  lang: Lang;
  today: string;
  /** The due-soon window of requests (days). */
  window: number;
  types: Choice[];
  channels: Choice[];
  identityChecks: Choice[];
  activities: Choice[];
}

export interface RequestForm {
  reference: string;
  type: string;
  received: string;
  channel: string;
  identityCheck: string;
  identityCheckedOn: string;
  activityIds: string[];
  responsible: string;
  extensionReason: string;
  extensionNotified: string;
}

/** The Requests columns the form writes (the sheet must have them). */
export const REQUEST_FORM_COLUMNS = [
  'id',
  'reference',
  'type',
  'received',
  'channel',
  'identityCheck',
  'identityCheckedOn',
  'activities',
  'responsible',
  'extensionReason',
  'extensionNotified',
  'due',
];

const choices = (vocabulary: VocabularyId, lang: Lang): Choice[] =>
  VOCABULARIES[vocabulary].map((e) => ({ id: e.id, label: e.label[lang] }));

export function requestFormModel(doc: RegisterDocument, today: string, lang: Lang): RequestFormModel {
  return {
    lang,
    today,
    window: requestWindow(registerSettings(doc).dueSoonDays),
    types: choices('requestType', lang),
    channels: choices('requestChannel', lang),
    identityChecks: choices('identityCheck', lang),
    activities: (doc.sheets.activities ?? [])
      .filter((a) => cellText(a.id) !== '' && cellText(a.name) !== '')
      .map((a) => ({ id: cellText(a.id), label: cellText(a.name) })),
  };
}

export type RequestProblem = { code: FeatureMessageCode; params?: Record<string, string> };

const labelOf = (vocabulary: VocabularyId, id: string, lang: Lang) =>
  VOCABULARIES[vocabulary].find((e) => e.id === id)?.label[lang] ?? null;

/** The first reason the form cannot be saved, checked before anything is written. */
export function requestProblem(form: RequestForm, model: RequestFormModel): RequestProblem | null {
  const reference = String(form.reference ?? '').trim();
  if (reference === '') return { code: 'requestReferenceRequired' };
  const kind = looksIdentifying(reference);
  if (kind) return { code: 'requestReferenceIdentifying', params: { value: reference.slice(0, 60) } };
  if (labelOf('requestType', form.type, model.lang) === null) return { code: 'requestTypeRequired' };
  if (!isIsoDate(form.received)) return { code: 'requestReceivedRequired' };
  if (!parseMailbox(String(form.responsible ?? '').trim()).ok) return { code: 'requestResponsibleInvalid' };
  const known = new Set(model.activities.map((a) => a.id));
  if ((form.activityIds ?? []).some((id) => !known.has(id))) return { code: 'activityNotFound' };
  for (const date of [form.identityCheckedOn, form.extensionNotified])
    if (date && !isIsoDate(date))
      return { code: 'requestDateInvalid', params: { value: String(date).slice(0, 20) } };
  return null;
}

/** The sheet row of a valid form, in the register's labels, with its computed deadline. */
export function requestRow(form: RequestForm, model: RequestFormModel, id: string): DocumentRow {
  const lang = model.lang;
  const names = new Map(model.activities.map((a) => [a.id, a.label]));
  const deadline = requestDeadline({
    received: form.received,
    extensionReason: form.extensionReason ?? '',
    extensionNotified: form.extensionNotified || null,
  });
  return {
    id,
    reference: form.reference.trim(),
    type: labelOf('requestType', form.type, lang),
    received: form.received,
    channel: labelOf('requestChannel', form.channel, lang) ?? '',
    identityCheck: labelOf('identityCheck', form.identityCheck, lang) ?? '',
    identityCheckedOn: form.identityCheckedOn || '',
    activities: (form.activityIds ?? []).map((a) => names.get(a) ?? a).join(', '),
    responsible: form.responsible.trim(),
    extensionReason: (form.extensionReason ?? '').trim(),
    extensionNotified: form.extensionNotified || '',
    due: deadline?.due ?? '',
  };
}
