// Third-country transfers (Chapter V): wherever data leaves the EU/EEA — a recipient, a system, a
// data-category row, the processor record — there must be adequacy or a valid mechanism. The USA
// is adequate only for organisations certified under the Data Privacy Framework; outdated bases
// (Safe Harbor, Privacy Shield, the old SCC) and adequacy decisions past their end are flagged.

import { cellText, isPlaceholder } from '../../register/document.ts';
import { splitMulti } from '../../register/schema.ts';
import type { DocumentRow, Localized, TableSheetId } from '../../register/types.ts';
import { type Country, countryByCode, splitTransferNote } from '../../vocabularies/countries.ts';
import { entryById, findEntry } from '../../vocabularies/index.ts';
import type { VocabularyEntry } from '../../vocabularies/types.ts';
import type { ValidationContext } from '../context.ts';
import type { IssueCode } from '../messages.ts';
import { isEmptyRow, isNoneWord } from './cells.ts';

/** Mechanisms that stand on their own, without an adequacy decision (Art. 46 and 49). */
const SAFEGUARDS = new Set([
  'scc2021Tia',
  'bcr',
  'codeOfConduct',
  'art49Consent',
  'art49Contract',
  'art49Other',
]);

/** The country a cell value names, also when a transfer note in brackets follows it. */
export function countryOf(text: string): Country | undefined {
  const entry = findEntry('country', text) ?? findEntry('country', splitTransferNote(text)?.place ?? '');
  return entry ? countryByCode(entry.id) : undefined;
}

/** The mechanism noted in brackets after a country ("USA (Privacy Shield)"), if it is one. */
export function notedMechanism(text: string): VocabularyEntry | undefined {
  if (findEntry('country', text)) return undefined;
  const noted = splitTransferNote(text);
  return noted && findEntry('country', noted.place) ? findEntry('transferMechanism', noted.note) : undefined;
}

/** The mechanisms that replace an outdated one, as "A or B" in both languages. */
export function replacementOf(mechanism: VocabularyEntry): Localized {
  const labels = (mechanism.replacedBy ?? []).map((id) => entryById('transferMechanism', id)!.label);
  return {
    da: labels.map((l) => l.da).join(' eller '),
    en: labels.map((l) => l.en).join(' or '),
  };
}

/** An outdated mechanism, reported where it is written, naming its replacement. */
function reportOutdated(
  ctx: ValidationContext,
  sheet: TableSheetId,
  row: DocumentRow,
  index: number,
  column: string,
  mechanism: VocabularyEntry,
): void {
  ctx.addAt('error', 'outdatedTransferBasis', sheet, row, index, column, {
    mechanism: mechanism.label,
    since: mechanism.invalidSince ?? '',
    ref: mechanism.ref ?? '',
    replacement: replacementOf(mechanism),
  });
}

export function mechanismOf(value: unknown): VocabularyEntry | undefined {
  const text = cellText(value);
  return text && !isPlaceholder(value) ? findEntry('transferMechanism', text) : undefined;
}

/** What is wrong with sending data to `country` on `mechanism`, or null when nothing is. */
export function transferProblem(
  country: Country,
  mechanism: VocabularyEntry | undefined,
  today: string,
): { code: IssueCode; params: Record<string, string> } | null {
  if (country.eea) return null;
  if (mechanism?.outdated) return null; // reported once, as outdatedTransferBasis, where the mechanism is
  if (mechanism && SAFEGUARDS.has(mechanism.id)) return null;
  const adequacy = country.adequacy;
  if (!adequacy) {
    if (mechanism) return { code: 'adequacyNotAvailable', params: {} };
    return { code: 'thirdCountryNoMechanism', params: {} };
  }
  if (adequacy.onlyWithMechanism && mechanism?.id !== adequacy.onlyWithMechanism) {
    return { code: 'usaNeedsDpf', params: {} };
  }
  if (adequacy.validUntil && today > adequacy.validUntil) {
    return { code: 'adequacyExpired', params: { date: adequacy.validUntil } };
  }
  return null;
}

/** Types of recipient that process for us: their transfers are regular, never occasional. */
const PROCESSOR_TYPES = new Set(['processor', 'subProcessor']);

function reportMechanism(ctx: ValidationContext, sheet: TableSheetId, row: DocumentRow, index: number): void {
  const mechanism = mechanismOf(row['transferMechanism']);
  if (mechanism?.outdated) {
    reportOutdated(ctx, sheet, row, index, 'transferMechanism', mechanism);
  } else if (mechanism?.id.startsWith('art49')) {
    const type = findEntry('recipientType', cellText(row['type']))?.id;
    if (sheet === 'processorRecord' || (type && PROCESSOR_TYPES.has(type))) {
      ctx.addAt('warning', 'art49ForProcessor', sheet, row, index, 'transferMechanism', {
        name: cellText(row['name']) || cellText(row['controllerName']),
      });
    } else {
      ctx.addAt('info', 'art49Derogation', sheet, row, index, 'transferMechanism');
    }
  }
}

function report(
  ctx: ValidationContext,
  sheet: TableSheetId,
  row: DocumentRow,
  index: number,
  column: string,
  country: Country,
  mechanism: VocabularyEntry | undefined,
): void {
  const problem = transferProblem(country, mechanism, ctx.options.today);
  if (problem) {
    ctx.addAt('error', problem.code, sheet, row, index, column, { country: country.name, ...problem.params });
    return;
  }
  // Partial adequacy (Canada: commercial organisations under PIPEDA; Japan: APPI businesses).
  const adequacy = country.adequacy;
  const safeguarded = mechanism && SAFEGUARDS.has(mechanism.id);
  if (adequacy?.scope && !adequacy.onlyWithMechanism && !safeguarded && !country.eea) {
    ctx.addAt('warning', 'adequacyScope', sheet, row, index, column, {
      country: country.name,
      scope: adequacy.scope,
    });
  }
}

/** The country and mechanism of a recipient row, for rows and systems that send data through it. */
function recipientTransfer(row: DocumentRow): { country?: Country; mechanism?: VocabularyEntry } {
  const country = countryOf(cellText(row['country']));
  const mechanism = mechanismOf(row['transferMechanism']) ?? notedMechanism(cellText(row['country']));
  return { ...(country ? { country } : {}), ...(mechanism ? { mechanism } : {}) };
}

/** The processor record (Art. 30(2)(c)): each third country on the row's mechanism or its own note. */
function checkProcessorRecord(ctx: ValidationContext): void {
  ctx.rows('processorRecord').forEach((row, index) => {
    if (isEmptyRow(row)) return;
    reportMechanism(ctx, 'processorRecord', row, index);
    const mechanism = mechanismOf(row['transferMechanism']);
    for (const label of splitMulti(isPlaceholder(row['thirdCountries']) ? '' : row['thirdCountries'])) {
      const country = countryOf(label);
      const noted = notedMechanism(label);
      if (noted?.outdated) reportOutdated(ctx, 'processorRecord', row, index, 'thirdCountries', noted);
      else if (country)
        report(ctx, 'processorRecord', row, index, 'thirdCountries', country, noted ?? mechanism);
    }
  });
}

export function checkTransfers(ctx: ValidationContext): void {
  ctx.rows('recipients').forEach((row, index) => {
    if (isEmptyRow(row)) return;
    reportMechanism(ctx, 'recipients', row, index);
    const noted = notedMechanism(cellText(row['country']));
    if (noted?.outdated) reportOutdated(ctx, 'recipients', row, index, 'country', noted);
    const { country, mechanism } = recipientTransfer(row);
    if (country) report(ctx, 'recipients', row, index, 'transferMechanism', country, mechanism);
  });

  ctx.rows('systems').forEach((row, index) => {
    if (isEmptyRow(row)) return;
    const country = countryOf(cellText(row['country']));
    if (!country || country.eea) return;
    // A system run by a processor uses that processor's mechanism; its row reports its own problems.
    const processor = cellText(row['processor']);
    const viaRecipient = processor ? ctx.resolve('recipients', processor) : undefined;
    if (viaRecipient && recipientTransfer(viaRecipient.row).country?.code === country.code) return;
    report(
      ctx,
      'systems',
      row,
      index,
      'country',
      country,
      viaRecipient ? mechanismOf(viaRecipient.row['transferMechanism']) : undefined,
    );
  });

  checkProcessorRecord(ctx);

  ctx.rows('dataCategories').forEach((row, index) => {
    if (isEmptyRow(row)) return;
    const countriesText = isPlaceholder(row['thirdCountries']) ? '' : cellText(row['thirdCountries']);
    const listed = new Set<string>();
    const recipients = splitMulti(isPlaceholder(row['recipients']) ? '' : row['recipients'])
      .filter((name) => !isNoneWord(name))
      .map((name) => ({ name, hit: ctx.resolve('recipients', name) }));

    for (const label of splitMulti(countriesText)) {
      if (isNoneWord(label)) continue;
      const country = countryOf(label);
      if (!country) continue;
      listed.add(country.code);
      const noted = notedMechanism(label);
      if (noted?.outdated) {
        reportOutdated(ctx, 'dataCategories', row, index, 'thirdCountries', noted);
        continue;
      }
      if (country.eea) {
        if (country.code !== 'EU')
          ctx.addAt('info', 'notThirdCountry', 'dataCategories', row, index, 'thirdCountries', {
            country: country.name,
          });
        continue;
      }
      // The transfer is covered when a recipient of this row in that country has a sound mechanism.
      const covered = recipients.some(({ hit }) => {
        if (!hit) return false;
        const t = recipientTransfer(hit.row);
        return (
          t.country?.code === country.code &&
          !t.mechanism?.outdated &&
          transferProblem(country, t.mechanism, ctx.options.today) === null
        );
      });
      if (!covered) report(ctx, 'dataCategories', row, index, 'thirdCountries', country, noted);
    }

    // A recipient abroad that this row sends data to must show up as a transfer on the row.
    for (const { name, hit } of recipients) {
      if (!hit) continue;
      const country = recipientTransfer(hit.row).country;
      if (country && !country.eea && !listed.has(country.code)) {
        ctx.addAt('warning', 'transferNotLinked', 'dataCategories', row, index, 'thirdCountries', {
          name,
          country: country.name,
        });
      }
    }
  });
}
