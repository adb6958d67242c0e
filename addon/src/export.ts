// Export for inspection: a formatted, warning-protected summary sheet ready for File →
// Download → PDF, in the layouts authorities know — the Danish authority's recommended
// structure (controller block, then one section per activity linking each data-subject group
// to its data, recipients, transfers and retention) and the UK ICO's column layouts for a
// controller and a processor, and the logs of data-subject requests and of personal-data
// breaches. Built in memory and written in one batch.

import { type BreachFacts, isOpen } from '../../shared/breaches/assess.ts';
import { notifyBy } from '../../shared/breaches/clock.ts';
import { breachFactsOf } from '../../shared/breaches/row.ts';
import { formatInstant } from '../../shared/calendar/instant.ts';
import { nameKey } from '../../shared/register/document.ts';
import { NONE_WORDS, splitMulti } from '../../shared/register/schema.ts';
import { registerSettings } from '../../shared/register/settings.ts';
import type { DocumentRow, Lang, RegisterDocument } from '../../shared/register/types.ts';
import { requestWindow } from '../../shared/requests/deadline.ts';
import { assessRequestRow } from '../../shared/requests/row.ts';
import { countryByCode } from '../../shared/vocabularies/countries.ts';
import { findEntry } from '../../shared/vocabularies/index.ts';
import { activeLang, type MessageKey, t } from './i18n.ts';
import { textForCell } from './sheets/cells.ts';
import { readWorkbook } from './sheets/workbook.ts';
import { ensureSize } from './sheets/write.ts';
import { spreadsheetToday } from './sheets/zone.ts';
import { runMenuAction, toast, UserMessage } from './ui.ts';

export type ExportLayout = 'dk' | 'icoController' | 'icoProcessor' | 'requests' | 'breaches';

/** The instant a report is made and the wall clock its times are shown on. */
interface Clock {
  now: number;
  timeZone: string;
}

type Style = 'title' | 'section' | 'header' | 'label' | 'plain';

export interface Report {
  lines: { cells: string[]; style: Style }[];
  widths: number[];
}

const SHEET_TITLE: Record<ExportLayout, MessageKey> = {
  dk: 'export.sheetDk',
  icoController: 'export.sheetIcoController',
  icoProcessor: 'export.sheetIcoProcessor',
  requests: 'export.sheetRequests',
  breaches: 'export.sheetBreaches',
};

const STYLE_BACKGROUND: Record<Style, string> = {
  title: '#ffffff',
  section: '#d2e3fc',
  header: '#e8eaed',
  label: '#ffffff',
  plain: '#ffffff',
};

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const join = (values: string[]) => values.filter((v) => v).join(', ');

class ReportBuilder {
  readonly lines: Report['lines'] = [];
  constructor(readonly lang: Lang) {}
  add(style: Style, ...cells: string[]): void {
    this.lines.push({ cells, style });
  }
  /** A label/value line; the label is a catalogue key. */
  field(label: MessageKey, value: string): void {
    this.labelled(t(this.lang, label), value);
  }
  labelled(label: string, value: string): void {
    this.add('label', label, value || t(this.lang, 'export.notStated'));
  }
  blank(): void {
    this.add('plain', '');
  }
}

function categoriesOf(doc: RegisterDocument, activity: DocumentRow): DocumentRow[] {
  const id = text(activity.id);
  const name = nameKey(text(activity.name));
  return (doc.sheets.dataCategories ?? []).filter(
    (c) => (id && text(c.activityId) === id) || (name && nameKey(text(c.activity)) === name),
  );
}

function recipientByName(doc: RegisterDocument): Map<string, DocumentRow> {
  return new Map((doc.sheets.recipients ?? []).map((r) => [nameKey(text(r.name)), r]));
}

/** Third-country transfers of an activity: named countries and recipients outside the EU/EEA. */
function transfersOf(doc: RegisterDocument, categories: DocumentRow[], lang: Lang): string[] {
  const out = new Set<string>();
  const recipients = recipientByName(doc);
  for (const c of categories) {
    for (const country of splitMulti(c.thirdCountries)) {
      if (NONE_WORDS.includes(country.toLowerCase())) continue;
      const entry = findEntry('country', country);
      if (entry && countryByCode(entry.id)?.eea) continue;
      out.add(country);
    }
    for (const name of splitMulti(c.recipients)) {
      const r = recipients.get(nameKey(name));
      if (!r) continue;
      const entry = findEntry('country', text(r.country));
      if (entry && !countryByCode(entry.id)?.eea) {
        const mechanism = text(r.transferMechanism);
        out.add(`${text(r.name)}: ${text(r.country)}${mechanism ? ` (${mechanism})` : ''}`);
      }
    }
  }
  void lang;
  return [...out];
}

function securityText(doc: RegisterDocument, names: string[]): string {
  const measures = new Map((doc.sheets.securityMeasures ?? []).map((m) => [nameKey(text(m.name)), m]));
  return names
    .map((n) => {
      const d = text(measures.get(nameKey(n))?.description);
      return d ? `${n} (${d})` : n;
    })
    .join('; ');
}

function controllerBlock(b: ReportBuilder, doc: RegisterDocument): void {
  const o = doc.organisation;
  const lang = b.lang;
  b.add('section', t(lang, 'export.controllerBlock'));
  const f = (header: { da: string; en: string }, ...values: unknown[]) =>
    b.labelled(header[lang], join(values.map(text)));
  f({ da: 'Navn', en: 'Name' }, o.controllerName);
  f({ da: 'Adresse', en: 'Address' }, o.controllerAddress);
  f({ da: 'CVR-nr.', en: 'Company reg. no.' }, o.controllerRegNo);
  f({ da: 'E-mail og telefon', en: 'Email and phone' }, o.controllerEmail, o.controllerPhone);
  f({ da: 'Fælles dataansvarlig', en: 'Joint controller' }, o.jointControllerName, o.jointControllerContact);
  f({ da: 'Repræsentant', en: 'Representative' }, o.representativeName, o.representativeContact);
  f({ da: 'Databeskyttelsesrådgiver', en: 'Data protection officer' }, o.dpoName, o.dpoContact);
}

function legalBasisText(a: DocumentRow): string {
  return join([text(a.legalBases), text(a.art9Conditions), text(a.art10Basis), text(a.cprBasis)]);
}

/** The Danish authority's recommended structure: one section per activity. */
export function dkReport(doc: RegisterDocument, lang: Lang, today: string): Report {
  const b = new ReportBuilder(lang);
  b.add('title', t(lang, 'export.heading'));
  b.add('plain', t(lang, 'export.generated', { date: today }));
  b.blank();
  controllerBlock(b, doc);
  for (const a of doc.sheets.activities ?? []) {
    b.blank();
    b.add('section', `${t(lang, 'export.activity')}: ${text(a.name)}`);
    b.field('export.purpose', text(a.purpose));
    b.field('export.legalBasis', legalBasisText(a));
    b.add(
      'header',
      t(lang, 'export.ico.individuals'),
      t(lang, 'export.ico.personalData'),
      t(lang, 'export.recipients'),
      t(lang, 'export.transfers'),
      t(lang, 'export.retention'),
    );
    const categories = categoriesOf(doc, a);
    for (const c of categories) {
      b.add(
        'plain',
        text(c.subjectGroup),
        join([text(c.dataCategories), text(c.sensitivity)]),
        text(c.recipients) || t(lang, 'export.notStated'),
        text(c.thirdCountries) || t(lang, 'export.notStated'),
        text(c.retention) || `${text(a.retention)} (${t(lang, 'export.defaultRetention')})`,
      );
    }
    b.field('export.transfers', transfersOf(doc, categories, lang).join('; ') || t(lang, 'export.none'));
    b.field('export.retention', text(a.retention));
    b.field('export.security', securityText(doc, splitMulti(a.securityMeasures)));
    b.field('export.systems', text(a.systems));
    b.field('export.dpia', text(a.dpiaStatus));
    b.field('export.lastReview', text(a.lastReview));
  }
  const processors = (doc.sheets.recipients ?? []).filter((r) =>
    ['processor', 'subProcessor'].includes(findEntry('recipientType', text(r.type))?.id ?? ''),
  );
  if (processors.length) {
    b.blank();
    b.add('section', t(lang, 'export.processors'));
    b.add(
      'header',
      lang === 'da' ? 'Navn' : 'Name',
      'Type',
      lang === 'da' ? 'Land' : 'Country',
      t(lang, 'export.ico.safeguards'),
      t(lang, 'export.ico.processorContract'),
    );
    for (const r of processors)
      b.add('plain', text(r.name), text(r.type), text(r.country), text(r.transferMechanism), text(r.dpaDate));
  }
  if ((doc.sheets.securityMeasures ?? []).length) {
    b.blank();
    b.add('section', t(lang, 'export.security'));
    for (const m of doc.sheets.securityMeasures ?? [])
      b.add('plain', text(m.name), text(m.type), text(m.description));
  }
  if ((doc.sheets.processorRecord ?? []).length) {
    b.blank();
    processorTable(b, doc, 'section');
  }
  return { lines: b.lines, widths: [240, 240, 200, 200, 220] };
}

/** The ICO's controller layout: one row per activity and data-subject group. */
export function icoControllerReport(doc: RegisterDocument, lang: Lang, today: string): Report {
  const b = new ReportBuilder(lang);
  b.add('title', t(lang, 'export.heading'));
  b.add('plain', t(lang, 'export.generated', { date: today }));
  b.blank();
  controllerBlock(b, doc);
  b.blank();
  const keys: MessageKey[] = [
    'export.ico.businessFunction',
    'export.ico.purpose',
    'export.ico.jointController',
    'export.ico.individuals',
    'export.ico.personalData',
    'export.ico.recipients',
    'export.ico.processorContract',
    'export.ico.thirdCountries',
    'export.ico.safeguards',
    'export.ico.retention',
    'export.ico.security',
    'export.ico.art6',
    'export.ico.art9',
    'export.ico.location',
  ];
  b.add('header', ...keys.map((k) => t(lang, k)));
  const recipients = recipientByName(doc);
  const joint = join([
    text(doc.organisation.jointControllerName),
    text(doc.organisation.jointControllerContact),
  ]);
  for (const a of doc.sheets.activities ?? []) {
    const categories = categoriesOf(doc, a);
    for (const c of categories.length ? categories : [{} as DocumentRow]) {
      const names = splitMulti(c.recipients);
      const contracts = names
        .map((n) => recipients.get(nameKey(n)))
        .filter((r): r is DocumentRow => Boolean(r && text(r.dpaDate)))
        .map((r) => `${text(r.name)}: ${text(r.dpaDate)}`);
      const mechanisms = names
        .map((n) => text(recipients.get(nameKey(n))?.transferMechanism))
        .filter((m) => m);
      b.add(
        'plain',
        text(a.name),
        text(a.purpose),
        joint,
        text(c.subjectGroup),
        text(c.dataCategories),
        text(c.recipients),
        contracts.join('; '),
        text(c.thirdCountries),
        [...new Set(mechanisms)].join(', '),
        text(c.retention) || text(a.retention),
        securityText(doc, splitMulti(a.securityMeasures)),
        text(a.legalBases),
        join([text(a.art9Conditions), text(a.art10Basis)]),
        text(a.systems),
      );
    }
  }
  return { lines: b.lines, widths: keys.map(() => 170) };
}

const REQUEST_COLUMNS: MessageKey[] = [
  'export.req.reference',
  'export.req.type',
  'export.req.received',
  'export.req.channel',
  'export.req.identity',
  'export.req.activities',
  'export.req.responsible',
  'export.req.due',
  'export.req.extension',
  'export.req.answered',
  'export.req.outcome',
  'export.req.status',
];

/** The Requests sheet as a log for inspection: one line per request with its deadline (the
 * shared clock), the extension and its notice, the answer and its outcome. */
export function requestsReport(doc: RegisterDocument, lang: Lang, today: string): Report {
  const b = new ReportBuilder(lang);
  b.add('title', t(lang, 'export.headingRequests'));
  b.add('plain', t(lang, 'export.generated', { date: today }));
  b.blank();
  controllerBlock(b, doc);
  b.blank();
  b.add('header', ...REQUEST_COLUMNS.map((k) => t(lang, k)));
  const window = requestWindow(registerSettings(doc).dueSoonDays);
  for (const r of doc.sheets.requests ?? []) {
    if (!text(r.reference) && !text(r.received)) continue;
    const a = assessRequestRow(r, today, window);
    const extension = a.deadline?.extended
      ? t(lang, 'export.req.extendedOn', { date: text(r.extensionNotified) })
      : '';
    b.add(
      'plain',
      text(r.reference),
      text(r.type),
      text(r.received),
      text(r.channel),
      join([text(r.identityCheck), text(r.identityCheckedOn)]),
      text(r.activities),
      text(r.responsible),
      a.deadline?.due ?? '',
      extension,
      text(r.answeredOn),
      join([text(r.outcome), text(r.refusalReason)]),
      t(lang, `export.req.status.${a.status}` as MessageKey),
    );
  }
  return { lines: b.lines, widths: [120, 150, 100, 100, 140, 200, 180, 100, 150, 100, 200, 110] };
}

const BREACH_COLUMNS: MessageKey[] = [
  'export.br.reference',
  'export.br.started',
  'export.br.aware',
  'export.br.description',
  'export.br.scope',
  'export.br.consequences',
  'export.br.risk',
  'export.br.notifyBy',
  'export.br.notified',
  'export.br.subjects',
  'export.br.status',
];

/** A breach's status in the log: open (clock running or past), closed, or lacking awareness. */
function breachStatus(facts: BreachFacts, now: number): MessageKey {
  if (facts.awareAt === null) return 'export.br.status.incomplete';
  if (!isOpen(facts)) return 'export.br.status.closed';
  return now > notifyBy(facts.awareAt) ? 'export.br.status.overdue' : 'export.br.status.open';
}

/** The breach's scale: its data categories and approximate numbers, as written. */
function breachScope(r: DocumentRow, lang: Lang): string {
  const numbers =
    text(r.approxSubjects) || text(r.approxRecords)
      ? t(lang, 'export.br.scopeNumbers', {
          subjects: text(r.approxSubjects) || '?',
          records: text(r.approxRecords) || '?',
        })
      : '';
  return join([text(r.dataCategories), numbers]);
}

/**
 * The Breaches sheet as the log Art. 33(5) asks for: every breach, notified or not, with its
 * facts, effects and remedial action, the 72-hour deadline (the shared clock) and what was
 * notified to whom. Times on the register's wall clock.
 */
export function breachesReport(doc: RegisterDocument, lang: Lang, today: string, clock: Clock): Report {
  const b = new ReportBuilder(lang);
  b.add('title', t(lang, 'export.headingBreaches'));
  b.add('plain', t(lang, 'export.generated', { date: today }));
  b.add('plain', t(lang, 'export.timesIn', { zone: clock.timeZone }));
  b.blank();
  controllerBlock(b, doc);
  b.blank();
  b.add('header', ...BREACH_COLUMNS.map((k) => t(lang, k)));
  const at = (instant: number | null) =>
    instant === null ? '' : formatInstant(instant, clock.timeZone).slice(0, 16).replace('T', ' ');
  for (const r of doc.sheets.breaches ?? []) {
    if (!text(r.reference) && !text(r.awareAt)) continue;
    const f = breachFactsOf(r);
    const notified =
      f.role === 'processor'
        ? join([text(r.controllerName), at(f.controllerNotifiedAt)])
        : join([at(f.authorityNotifiedAt), text(r.authorityReference), text(r.delayReason)]);
    b.add(
      'plain',
      text(r.reference),
      at(f.startedAt),
      at(f.awareAt),
      text(r.description),
      breachScope(r, lang),
      join([text(r.consequences), text(r.measures)]),
      join([text(r.role), text(r.risk) || t(lang, 'export.br.notAssessed'), text(r.riskReasoning)]),
      f.awareAt === null || f.role === 'processor' ? '' : at(notifyBy(f.awareAt)),
      notified,
      join([at(f.subjectsInformedAt), text(r.subjectsNotInformedGround)]),
      t(lang, breachStatus(f, clock.now)),
    );
  }
  return { lines: b.lines, widths: [110, 120, 120, 240, 200, 240, 200, 120, 200, 180, 130] };
}

function processorTable(b: ReportBuilder, doc: RegisterDocument, style: Style): void {
  const lang = b.lang;
  b.add(style, t(lang, 'export.processorRecord'));
  const keys: MessageKey[] = [
    'export.ico.controller',
    'export.ico.processingCategories',
    'export.ico.subProcessors',
    'export.ico.thirdCountries',
    'export.ico.safeguards',
    'export.ico.security',
    'export.ico.controllerContract',
  ];
  b.add('header', ...keys.map((k) => t(lang, k)));
  for (const r of doc.sheets.processorRecord ?? []) {
    b.add(
      'plain',
      join([text(r.controllerName), text(r.controllerContact)]),
      text(r.processingCategories),
      text(r.subProcessors),
      text(r.thirdCountries),
      text(r.transferMechanism),
      securityText(doc, splitMulti(r.securityMeasures)),
      text(r.dpaDate),
    );
  }
}

/** The ICO's processor layout: one row per controller the organisation processes for. */
export function icoProcessorReport(doc: RegisterDocument, lang: Lang, today: string): Report {
  const b = new ReportBuilder(lang);
  b.add('title', t(lang, 'export.headingProcessor'));
  b.add('plain', t(lang, 'export.generated', { date: today }));
  b.blank();
  controllerBlock(b, doc);
  b.blank();
  processorTable(b, doc, 'section');
  return { lines: b.lines, widths: [220, 220, 180, 160, 160, 240, 160] };
}

/**
 * The export's own sheet: the one this export made before (its id is kept in document
 * properties), else a new one. A sheet the user made, even with the export's title, is never
 * written: the new sheet then gets a free title ("… (2)").
 */
function exportSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  layout: ExportLayout,
  title: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const props = PropertiesService.getDocumentProperties();
  const key = `art30.exportSheet.${layout}`;
  const stored = props.getProperty(key);
  const own = stored !== null && stored !== '' ? ss.getSheetById(Number(stored)) : null;
  if (own) return own;
  let name = title;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${title} (${n})`;
  const sheet = ss.insertSheet(name);
  props.setProperty(key, String(sheet.getSheetId()));
  return sheet;
}

/** Writes the report into its own sheet (replacing an earlier export) in one batch per aspect. */
function writeReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  layout: ExportLayout,
  title: string,
  report: Report,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = exportSheet(ss, layout, title);
  sheet.clear();
  const width = Math.max(2, ...report.lines.map((l) => l.cells.length));
  const rows = report.lines.length;
  ensureSize(sheet, rows, width);
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => textForCell(cells[i] ?? ''));
  const range = sheet.getRange(1, 1, rows, width);
  range.setValues(report.lines.map((l) => pad(l.cells)));
  range.setFontWeights(report.lines.map((l) => Array(width).fill(l.style === 'plain' ? 'normal' : 'bold')));
  range.setBackgrounds(report.lines.map((l) => Array(width).fill(STYLE_BACKGROUND[l.style])));
  range.setWrap(true).setVerticalAlignment('top');
  sheet.getRange(1, 1).setFontSize(14);
  report.widths.forEach((w, i) => {
    if (i < width) sheet.setColumnWidth(i + 1, w);
  });
  const ours = sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .some((p) => p.getDescription().startsWith('Art30:'));
  if (!ours)
    sheet
      .protect()
      .setWarningOnly(true)
      .setDescription(`Art30:export – ${t(lang, 'export.protect')}`);
  sheet.activate();
  return sheet;
}

export function exportForInspection(layout: ExportLayout): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = activeLang(ss);
  runMenuAction(lang, () => {
    const wb = readWorkbook(ss, lang);
    if (!wb.layout.organisation && !wb.layout.activities && !wb.layout.processorRecord) {
      throw new UserMessage(t(lang, 'error.noRegister'));
    }
    const today = spreadsheetToday(wb.timeZone);
    const report =
      layout === 'dk'
        ? dkReport(wb.doc, lang, today)
        : layout === 'icoController'
          ? icoControllerReport(wb.doc, lang, today)
          : layout === 'requests'
            ? requestsReport(wb.doc, lang, today)
            : layout === 'breaches'
              ? breachesReport(wb.doc, lang, today, { now: Date.now(), timeZone: wb.timeZone })
              : icoProcessorReport(wb.doc, lang, today);
    const title = t(lang, SHEET_TITLE[layout]);
    writeReport(ss, layout, title, report, lang);
    toast(ss, t(lang, 'export.done', { sheet: title }), lang);
  });
}

/** Menu: Export for inspection → the Danish authority's structure. */
export function exportDatatilsynet(): void {
  exportForInspection('dk');
}
/** Menu: Export for inspection → ICO layout (controller). */
export function exportIcoController(): void {
  exportForInspection('icoController');
}
/** Menu: Export for inspection → the log of data-subject requests. */
export function exportRequests(): void {
  exportForInspection('requests');
}
/** Menu: Export for inspection → the log of personal-data breaches. */
export function exportBreaches(): void {
  exportForInspection('breaches');
}
/** Menu: Export for inspection → ICO layout (processor). */
export function exportIcoProcessor(): void {
  exportForInspection('icoProcessor');
}
