// Article 30(1) per processing activity: its data-subject groups and their data categories, the
// extra grounds that special-category, criminal-offence and CPR data need, legal bases a public
// authority cannot use, consent that must be recorded (with parents below 15 for children),
// likely DPIA triggers, the yearly review, and transfers through the activity's systems.

import { addYears, isIsoDate } from '../../calendar/civilDate.ts';
import { cellText, isPlaceholder, isYes, nameKey, organisationRow } from '../../register/document.ts';
import { splitMulti } from '../../register/schema.ts';
import type { DocumentRow, Localized } from '../../register/types.ts';
import { citationKey } from '../../vocabularies/citations.ts';
import { CPR_MISCITATIONS } from '../../vocabularies/cprBases.ts';
import { entryById, findEntry } from '../../vocabularies/index.ts';
import type { SensitivityClass, VocabularyEntry, VocabularyId } from '../../vocabularies/types.ts';
import type { NamedRow, ValidationContext } from '../context.ts';
import { PHRASES } from '../messages.ts';
import { mentionsMonitoring, sensitivityInText } from '../textMatch.ts';
import { isEmptyRow, isNoneWord } from './cells.ts';
import { countryOf } from './transfers.ts';

/** Art. 9 data about this many groups or more is treated as large scale (a DPIA trigger). */
export const LARGE_SCALE_GROUPS = 3;

const GROUPED = new WeakMap<ValidationContext, Map<number, NamedRow[]>>();

/** The data-category rows of each activity row, by the activity's row index (worked out once). */
export function groupDataCategoryRows(ctx: ValidationContext): Map<number, NamedRow[]> {
  const cached = GROUPED.get(ctx);
  if (cached) return cached;
  const byActivity = new Map<number, NamedRow[]>();
  GROUPED.set(ctx, byActivity);
  ctx.rows('dataCategories').forEach((row, index) => {
    if (isEmptyRow(row)) return;
    const id = cellText(row['activityId']);
    const name = cellText(row['activity']);
    const activity =
      (id ? ctx.idIndex('activities').get(id) : undefined) ??
      (name ? ctx.resolve('activities', name) : undefined);
    if (!activity) return; // reported as an unknown reference
    let list = byActivity.get(activity.index);
    if (!list) {
      list = [];
      byActivity.set(activity.index, list);
    }
    list.push({ row, index });
  });
  return byActivity;
}

function entriesOf(vocab: VocabularyId, value: unknown): VocabularyEntry[] {
  if (isPlaceholder(value)) return [];
  return splitMulti(value)
    .map((label) => findEntry(vocab, label))
    .filter((e): e is VocabularyEntry => e !== undefined);
}

/** Whether a ground cell states something (a placeholder counts: it is already a warning). */
function stated(value: unknown): boolean {
  return cellText(value) !== '' && !splitMulti(value).every(isNoneWord);
}

type Sensitive = Exclude<SensitivityClass, 'ordinary'>;

/** The sensitive classes a data-category row holds, each with the label that revealed it. */
function sensitiveData(row: DocumentRow): Map<Sensitive, string> {
  const found = new Map<Sensitive, string>();
  const note = (cls: SensitivityClass | undefined, label: string) => {
    if (cls && cls !== 'ordinary' && !found.has(cls)) found.set(cls, label);
  };
  if (!isPlaceholder(row['dataCategories'])) {
    for (const label of splitMulti(row['dataCategories'])) {
      const entry = findEntry('dataCategory', label);
      if (entry) note(entry.sensitivity, label);
      for (const cls of sensitivityInText(label)) note(cls, label);
    }
  }
  if (!isPlaceholder(row['sensitivity'])) {
    for (const label of splitMulti(row['sensitivity']))
      note(findEntry('sensitivity', label)?.id as SensitivityClass, label);
  }
  return found;
}

function isChildGroup(row: DocumentRow): boolean {
  const text = cellText(row['subjectGroup']);
  if (!text || isPlaceholder(row['subjectGroup'])) return false;
  if (findEntry('dataSubjectGroup', text)?.children) return true;
  return /\b(børn|barn|elever|elev|children|child|pupils?|minors?|unge under)\b/i.test(text);
}

/** True when `date` is more than 12 months before `today`. */
export function reviewIsOlderThanAYear(date: string, today: string): boolean {
  return date < addYears(today, -1);
}

const GROUND_COLUMNS = [
  ['art9Conditions', 'art9Condition'],
  ['art10Basis', 'art10Basis'],
  ['cprBasis', 'cprBasis'],
] as const;

/** A Datatilsynet case number, e.g. "2026-431-0001": the reference of a permission. */
const CASE_NUMBER = /\b\d{4}-\d{2,3}-\d{3,5}\b/;

/**
 * Grounds that belong to the other form of organisation (DBL § 8(1)–(2) and § 11(1) are for public
 * authorities, § 8(3)–(4) and § 11(2) for private bodies), § 7(4) without the permission's
 * reference, and citations that are no ground at all (DBL § 11(3)).
 */
function checkGroundsForForm(
  ctx: ValidationContext,
  row: DocumentRow,
  index: number,
  isPublic: boolean,
): void {
  const form = isPublic ? 'public' : 'private';
  for (const [column, vocab] of GROUND_COLUMNS) {
    if (isPlaceholder(row[column])) continue;
    for (const label of splitMulti(row[column])) {
      const entry = findEntry(vocab, label);
      if (!entry) {
        const key = citationKey(label);
        const wrong = vocab === 'cprBasis' ? CPR_MISCITATIONS.find((m) => m.key === key) : undefined;
        if (wrong) {
          ctx.addAt('error', 'miscitedGround', 'activities', row, index, column, {
            value: label,
            why: wrong.why,
            instead: entryById('cprBasis', wrong.instead)!.label,
          });
        }
        continue;
      }
      if (entry.sector && entry.sector !== form) {
        ctx.addAt('error', 'groundWrongSector', 'activities', row, index, column, {
          ground: label,
          sector: PHRASES.sector[entry.sector],
          form: PHRASES.form[form],
        });
      }
      const text = [row['purpose'], row['improvements'], row['legitimateInterestAssessment']]
        .map(cellText)
        .join(' ');
      if (entry.needsPermission && !isPublic && !CASE_NUMBER.test(text)) {
        ctx.addAt('warning', 'permissionReferenceMissing', 'activities', row, index, column, {
          ground: label,
        });
      }
    }
  }
}

/** A public authority must designate a DPO (Art. 37(1)(a)): "None" is no answer for it. */
function checkDpo(ctx: ValidationContext): void {
  const org = ctx.doc.organisation ?? {};
  if (!isYes(org['isPublicAuthority'] ?? null)) return;
  const dpo = cellText(org['dpoName'] ?? null);
  if (dpo === '' || isNoneWord(dpo)) {
    ctx.add('error', 'dpoRequired', 'organisation', organisationRow('dpoName'), 'dpoName');
  }
}

/** Art. 6(1)(f): never for a public authority's tasks, and never without a balancing note. */
function checkLegitimateInterests(
  ctx: ValidationContext,
  row: DocumentRow,
  index: number,
  bases: VocabularyEntry[],
  isPublic: boolean,
): void {
  if (!bases.some((b) => b.id === 'art6f')) return;
  if (isPublic)
    ctx.addAt('warning', 'publicAuthorityLegitimateInterest', 'activities', row, index, 'legalBases');
  if (cellText(row['legitimateInterestAssessment']) === '') {
    ctx.addAt('warning', 'balancingNoteMissing', 'activities', row, index, 'legitimateInterestAssessment');
  }
}

/** Consent from the organisation's own staff is rarely freely given (EDPB Guidelines 05/2020). */
function checkStaffConsent(
  ctx: ValidationContext,
  row: DocumentRow,
  index: number,
  dcRows: NamedRow[],
): void {
  const staffRow = dcRows.find(
    ({ row: dc }) => findEntry('dataSubjectGroup', cellText(dc['subjectGroup']))?.staff,
  );
  if (staffRow) {
    ctx.addAt('warning', 'employeeConsent', 'activities', row, index, 'legalBases', {
      name: cellText(staffRow.row['subjectGroup']),
    });
  }
}

export function checkActivities(ctx: ValidationContext): void {
  const activityRows = ctx.rows('activities');
  if (ctx.isController && !activityRows.some((r) => !isEmptyRow(r))) {
    ctx.add('error', 'noActivities', 'activities', null, null);
  }
  checkDpo(ctx);
  const groups = groupDataCategoryRows(ctx);
  const isPublicAuthority = isYes(ctx.doc.organisation?.['isPublicAuthority'] ?? null);
  const today = ctx.options.today;

  activityRows.forEach((row, index) => {
    if (isEmptyRow(row)) return;
    const name = cellText(row['name']);
    const dcRows = groups.get(index) ?? [];
    const at = (
      severity: 'error' | 'warning' | 'info',
      code: Parameters<ValidationContext['add']>[1],
      column: string | null,
      params = {},
    ) => ctx.addAt(severity, code, 'activities', row, index, column, params);

    if (dcRows.length === 0) at('error', 'activityWithoutGroups', 'name', { name });

    // Sensitive data anywhere in the activity, with an example label for the message.
    const sensitive = new Map<Sensitive, string>();
    for (const { row: dc } of dcRows) {
      for (const [cls, label] of sensitiveData(dc)) if (!sensitive.has(cls)) sensitive.set(cls, label);
    }
    if (sensitive.has('art9') && !stated(row['art9Conditions'])) {
      at('error', 'art9ConditionMissing', 'art9Conditions', { data: sensitive.get('art9')! });
    }
    if (sensitive.has('art10') && !stated(row['art10Basis'])) {
      at('error', 'art10BasisMissing', 'art10Basis', { data: sensitive.get('art10')! });
    }
    if (sensitive.has('cpr') && !stated(row['cprBasis'])) at('error', 'cprBasisMissing', 'cprBasis');

    const bases = entriesOf('legalBasis', row['legalBases']);
    checkLegitimateInterests(ctx, row, index, bases, isPublicAuthority);
    checkGroundsForForm(ctx, row, index, isPublicAuthority);

    const grounds = [
      ...bases,
      ...entriesOf('art9Condition', row['art9Conditions']),
      ...entriesOf('art10Basis', row['art10Basis']),
      ...entriesOf('cprBasis', row['cprBasis']),
    ];
    const consent = grounds.some((g) => g.consent);
    if (consent && cellText(row['consentRecord']) === '')
      at('warning', 'consentRecordMissing', 'consentRecord');

    if (consent) checkStaffConsent(ctx, row, index, dcRows);

    const childRow = dcRows.find(({ row: dc }) => isChildGroup(dc));
    if (consent && childRow) {
      at('warning', 'childConsent', 'legalBases', { name: cellText(childRow.row['subjectGroup']) });
    }

    // Likely DPIA triggers, unless a DPIA is already planned, under way or done.
    const dpia = isPlaceholder(row['dpiaStatus'])
      ? 'placeholder'
      : findEntry('dpiaStatus', cellText(row['dpiaStatus']))?.id;
    if (dpia === undefined || dpia === 'notNeeded') {
      const distinctGroups = new Set(
        dcRows.map(({ row: dc }) => nameKey(cellText(dc['subjectGroup']))).filter(Boolean),
      );
      const monitoringText = [
        name,
        cellText(row['purpose']),
        ...dcRows.map(({ row: dc }) => cellText(dc['dataCategories'])),
      ].join(' ; ');
      let reason: Localized | null = null;
      if (sensitive.has('art9') && distinctGroups.size >= LARGE_SCALE_GROUPS)
        reason = PHRASES.dpiaReason.largeScaleSpecial;
      else if (mentionsMonitoring(monitoringText)) {
        reason = {
          da: PHRASES.dpiaReason.monitoring.da.replace('{value}', name),
          en: PHRASES.dpiaReason.monitoring.en.replace('{value}', name),
        };
      } else if (childRow && isYes(row['automatedDecisions'] ?? null))
        reason = PHRASES.dpiaReason.childrenProfiling;
      if (reason) at('warning', 'dpiaLikely', 'dpiaStatus', { reason });
    }

    const review = row['lastReview'];
    if (cellText(review) === '') at('warning', 'reviewMissing', 'lastReview');
    else if (isIsoDate(review) && isIsoDate(today) && reviewIsOlderThanAYear(review, today)) {
      at('warning', 'reviewStale', 'lastReview', { date: review });
    }

    // A system abroad must show up as a transfer on the activity's data-category rows.
    if (!isPlaceholder(row['systems'])) {
      const listed = new Set<string>();
      for (const { row: dc } of dcRows) {
        if (isPlaceholder(dc['thirdCountries'])) continue;
        for (const label of splitMulti(dc['thirdCountries'])) {
          const c = countryOf(label);
          if (c) listed.add(c.code);
        }
      }
      for (const systemName of splitMulti(row['systems'])) {
        const system = ctx.resolve('systems', systemName);
        const country = system ? countryOf(cellText(system.row['country'])) : undefined;
        if (country && !country.eea && !listed.has(country.code)) {
          at('warning', 'transferNotLinked', 'systems', { name: systemName, country: country.name });
        }
      }
    }
  });

  ctx.rows('dataCategories').forEach((row, index) => {
    if (isEmptyRow(row)) return;
    if (cellText(row['dataCategories']) === '') {
      ctx.addAt('error', 'groupWithoutDataCategories', 'dataCategories', row, index, 'dataCategories', {
        name: cellText(row['subjectGroup']) || '?',
      });
    }
  });

  if (ctx.isProcessor && !ctx.rows('processorRecord').some((r) => !isEmptyRow(r))) {
    ctx.add('error', 'processorRecordEmpty', 'processorRecord', null, null);
  }
}
