// The new-breach form, pure: what the page needs (the risk and role labels in the register's
// language, the spreadsheet's time zone and now on its wall clock) and the row a submitted form
// becomes, or the reason it cannot be saved. The form's date-times are wall-clock times in the
// spreadsheet's zone; the row holds ISO date-times with that zone's offset (the Breaches
// sheet's dateTime cells), and the 72-hour clock is the shared one (shared/breaches).

import { notifyBy } from '../../../shared/breaches/clock.ts';
import { formatInstant } from '../../../shared/calendar/instant.ts';
import { parseMailbox } from '../../../shared/mailbox/mailbox.ts';
import type { DocumentRow, Lang } from '../../../shared/register/types.ts';
import { looksIdentifying } from '../../../shared/sync/identifying.ts';
import { VOCABULARIES } from '../../../shared/vocabularies/index.ts';
import type { VocabularyId } from '../../../shared/vocabularies/types.ts';
import { type BreachForm, type BreachFormModel, formInstant } from '../../views/breaches.ts';
import type { FeatureMessageCode } from './messages.ts';

export type { BreachForm, BreachFormModel };

/** The Breaches columns the form writes (the sheet must have them). */
export const BREACH_FORM_COLUMNS = [
  'id',
  'reference',
  'startedAt',
  'awareAt',
  'description',
  'approxSubjects',
  'role',
  'risk',
  'riskReasoning',
  'responsible',
];

/** A few minutes' grace for a clock that runs ahead of the spreadsheet's. */
const FUTURE_GRACE_MS = 5 * 60_000;

const choices = (vocabulary: VocabularyId, lang: Lang) =>
  VOCABULARIES[vocabulary].map((e) => ({ id: e.id, label: e.label[lang] }));

const labelOf = (vocabulary: VocabularyId, id: string, lang: Lang) =>
  VOCABULARIES[vocabulary].find((e) => e.id === id)?.label[lang] ?? null;

export function breachFormModel(lang: Lang, timeZone: string, now: number): BreachFormModel {
  return {
    lang,
    timeZone,
    nowLocal: formatInstant(now, timeZone).slice(0, 16),
    now,
    risks: choices('breachRisk', lang),
    roles: choices('breachRole', lang),
  };
}

export type BreachProblem = { code: FeatureMessageCode; params?: Record<string, string> };

/** The first reason the form cannot be saved, checked before anything is written. */
export function breachProblem(form: BreachForm, model: BreachFormModel): BreachProblem | null {
  const reference = String(form.reference ?? '').trim();
  if (reference === '') return { code: 'breachReferenceRequired' };
  if (looksIdentifying(reference))
    return { code: 'requestReferenceIdentifying', params: { value: reference.slice(0, 60) } };
  for (const value of [form.awareAt, form.startedAt]) {
    if (value && formInstant(value, model.timeZone) === null)
      return { code: 'breachDateTimeInvalid', params: { value: String(value).slice(0, 20) } };
  }
  const aware = formInstant(form.awareAt, model.timeZone);
  if (aware === null) return { code: 'breachAwareRequired' };
  if (aware > model.now + FUTURE_GRACE_MS) return { code: 'breachAwareInFuture' };
  if (String(form.description ?? '').trim() === '') return { code: 'breachDescriptionRequired' };
  const subjects = String(form.approxSubjects ?? '').trim();
  if (subjects !== '' && !/^\d{1,9}$/.test(subjects))
    return { code: 'breachNumberInvalid', params: { value: subjects.slice(0, 20) } };
  if (form.role && labelOf('breachRole', form.role, model.lang) === null)
    return { code: 'breachChoiceInvalid' };
  if (form.risk && labelOf('breachRisk', form.risk, model.lang) === null)
    return { code: 'breachChoiceInvalid' };
  const responsible = String(form.responsible ?? '').trim();
  if (responsible !== '' && !parseMailbox(responsible).ok) return { code: 'breachResponsibleInvalid' };
  return null;
}

/** The sheet row of a valid form, in the register's labels, with ISO date-times and their offset. */
export function breachRow(form: BreachForm, model: BreachFormModel, id: string): DocumentRow {
  const { lang, timeZone } = model;
  const iso = (value: string) => {
    const instant = formInstant(value, timeZone);
    return instant === null ? '' : formatInstant(instant, timeZone);
  };
  const subjects = String(form.approxSubjects ?? '').trim();
  return {
    id,
    reference: form.reference.trim(),
    startedAt: iso(form.startedAt),
    awareAt: iso(form.awareAt),
    description: form.description.trim(),
    approxSubjects: subjects === '' ? '' : Number(subjects),
    role: form.role ? (labelOf('breachRole', form.role, lang) ?? '') : '',
    risk: form.risk ? (labelOf('breachRisk', form.risk, lang) ?? '') : '',
    riskReasoning: String(form.riskReasoning ?? '').trim(),
    responsible: String(form.responsible ?? '').trim(),
  };
}

/**
 * The deadline a saved form starts: Datatilsynet within 72 hours of awareness (Art. 33(1)),
 * unless assessed as no risk; a processor tells its controller without undue delay (33(2)).
 */
export function formNotifyBy(form: BreachForm, model: BreachFormModel): number | null {
  const aware = formInstant(form.awareAt, model.timeZone);
  if (aware === null || form.risk === 'noRisk' || form.role === 'processor') return null;
  return notifyBy(aware);
}
