// The templates' guarantees: every template file in this folder is listed, renders in Danish and
// English, validates with zero errors (warnings only for what the user must fill in or decide),
// has retention rules that parse, and describes the same register in both languages.

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../shared/register/document.ts';
import { sheetDef, splitMulti } from '../shared/register/schema.ts';
import type { DocumentRow, Lang, RegisterDocument, TableSheetId } from '../shared/register/types.ts';
import { parseRetention } from '../shared/retention/parse.ts';
import { validateRegister } from '../shared/validation/validate.ts';
import { countryByCode } from '../shared/vocabularies/countries.ts';
import { findEntry } from '../shared/vocabularies/index.ts';
import { listTemplates, loadTemplate, TEMPLATES } from './index.ts';
import { NONE_WORD, type TemplateSource } from './model.ts';

const TODAY = '2026-11-25';
const LANGS: Lang[] = ['da', 'en'];
const FOLDER = fileURLToPath(new URL('.', import.meta.url));

/** Warnings a template may give: blanks left for the user, and choices the user must confirm. */
const ALLOWED_WARNINGS: Record<string, string[]> = {
  default: ['placeholder', 'reviewMissing'],
  // Photos of pupils rest on consent, given by a parent below 15: the validator rightly asks the
  // user to confirm how age and parental consent are handled.
  school: ['placeholder', 'reviewMissing', 'childConsent'],
  // Certificates (temps) and staff photos (employees) rest on consent from staff: the validator
  // rightly asks the user to document why refusing has no consequences (EDPB Guidelines 05/2020).
  'temp-agency': ['placeholder', 'reviewMissing', 'employeeConsent'],
  employer: ['placeholder', 'reviewMissing', 'employeeConsent'],
};

/** Retention rules that are manual on purpose (no computable date; reviewed periodically). */
const DELIBERATELY_MANUAL: Record<string, string[]> = {
  // Complaint files: kept while they can still matter, which only a person can judge.
  psychologist: ['psych-act-06'],
  // A public authority deletes archival material only under the archive rules on preservation
  // and disposal; research data follows each project's protocol.
  school: ['school-act-01', 'school-act-04', 'school-act-08'],
};

const TABLE_SHEETS: TableSheetId[] = [
  'activities',
  'dataCategories',
  'processorRecord',
  'recipients',
  'systems',
  'securityMeasures',
  'retentionLog',
];

async function templateFilesInFolder(): Promise<Array<{ file: string; source: TemplateSource }>> {
  const files = readdirSync(FOLDER).filter((f) => f.endsWith('.template.ts'));
  // The suffix stays in the import's static part, so the bundler knows which files it can load.
  return Promise.all(
    files.map(async (file) => {
      const name = file.slice(0, -'.template.ts'.length);
      return {
        file,
        source: ((await import(`./${name}.template.ts`)) as { TEMPLATE: TemplateSource }).TEMPLATE,
      };
    }),
  );
}

const documents = TEMPLATES.flatMap((t) => LANGS.map((lang) => ({ t, lang, doc: loadTemplate(t.id, lang) })));

function sheet(doc: RegisterDocument, id: TableSheetId): DocumentRow[] {
  return doc.sheets[id] ?? [];
}

describe('the template folder', () => {
  it('lists every template file, so a new template cannot be forgotten', async () => {
    const files = await templateFilesInFolder();
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(files.map((f) => f.source.id).sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
    for (const { file, source } of files) expect(file).toBe(`${source.id}.template.ts`);
  });

  it('holds templates only as .template.ts modules (a stray JSON register would go unchecked)', () => {
    // tsconfig.json is the folder's TypeScript project (no platform types), not a register.
    expect(readdirSync(FOLDER).filter((f) => f.endsWith('.json') && f !== 'tsconfig.json')).toEqual([]);
  });

  it('offers each template in Danish and English with a title in both', () => {
    for (const info of listTemplates()) {
      expect(info.langs).toEqual(['da', 'en']);
      expect(info.title.da).not.toBe('');
      expect(info.title.en).not.toBe('');
      expect(info.kind).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });

  it('refuses an unknown template id with a clear error', () => {
    expect(() => loadTemplate('no-such-template', 'da')).toThrow(/Unknown template: "no-such-template"/);
  });

  it('bundles with esbuild, as the add-on does', async () => {
    const result = await build({
      entryPoints: [`${FOLDER}index.ts`],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'templates',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).toContain('coach-act-01');
  });
});

describe.each(documents)('template $t.id ($lang)', ({ t, lang, doc }) => {
  it('validates with zero errors and only the warnings left to the user', () => {
    const issues = validateRegister(doc, { today: TODAY, lang });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const allowed = ALLOWED_WARNINGS[t.id] ?? ALLOWED_WARNINGS.default!;
    const unexpected = issues.filter((i) => i.severity === 'warning' && !allowed.includes(i.code));
    expect(unexpected).toEqual([]);
    // The organisation's own details are blanks the user must fill in.
    expect(issues.some((i) => i.code === 'placeholder' && i.sheet === 'organisation')).toBe(true);
  });

  it('has 6–15 processing activities with stable ids and purposes', () => {
    const activities = sheet(doc, 'activities');
    expect(activities.length).toBeGreaterThanOrEqual(6);
    expect(activities.length).toBeLessThanOrEqual(15);
    for (const a of activities) {
      expect(a.id).toMatch(new RegExp(`^${t.prefix}-act-\\d\\d$`));
      expect(String(a.purpose).length).toBeGreaterThan(20);
    }
  });

  it('links every data-category row to its activity by id and by name', () => {
    const byId = new Map(sheet(doc, 'activities').map((a) => [a.id, a.name]));
    for (const row of sheet(doc, 'dataCategories')) {
      expect(byId.get(row.activityId)).toBe(row.activity);
    }
    for (const id of byId.keys()) {
      expect(sheet(doc, 'dataCategories').some((r) => r.activityId === id)).toBe(true);
    }
  });

  it('names rows without commas, so multi-value references split cleanly', () => {
    for (const id of ['activities', 'recipients', 'systems'] as const) {
      for (const row of sheet(doc, id)) expect(String(row.name)).not.toContain(',');
    }
  });

  it('holds no retention-log holdings or deletion-log entries', () => {
    expect(sheet(doc, 'retentionLog')).toEqual([]);
    expect(sheet(doc, 'deletionLog')).toEqual([]);
  });

  it('writes every retention rule so it parses, or marks it deliberately manual', () => {
    const manual = DELIBERATELY_MANUAL[t.id] ?? [];
    const rows = [...sheet(doc, 'activities'), ...sheet(doc, 'dataCategories')];
    for (const row of rows) {
      const text = String(row.retention ?? '');
      if (text === '') continue;
      const parsed = parseRetention(text);
      expect(parsed.understood, `${row.id}: ${text}`).toBe(true);
      expect(parsed.rule.kind === 'manual', `${row.id}: ${text}`).toBe(manual.includes(String(row.id)));
    }
  });

  it('gives every deletion routine a cadence', () => {
    for (const a of sheet(doc, 'activities')) {
      if (String(a.deletionRoutine ?? '') !== '')
        expect(findEntry('cadence', String(a.routineCadence))).toBeDefined();
    }
  });
});

/** The vocabulary ids behind a cell, or the cell's names resolved to the rows they name. */
function meaning(doc: RegisterDocument, sheetId: TableSheetId, column: string, value: unknown): unknown {
  const def = sheetDef(sheetId).columns.find((c) => c.id === column);
  if (isPlaceholder(value)) return '(placeholder)';
  const text = value;
  if (!def || typeof text !== 'string') return text;
  if ((def.type === 'enum' || def.type === 'multiEnum') && def.vocabulary) {
    return splitMulti(text).map((label) => {
      if (NONE_WORD.da === label || NONE_WORD.en === label) return '(none)';
      const entry = findEntry(def.vocabulary!, label);
      if (!entry)
        throw new Error(`"${label}" in ${sheetId}.${column} is not in the ${def.vocabulary} vocabulary`);
      return entry.id;
    });
  }
  if ((def.type === 'reference' || def.type === 'multiReference') && def.references) {
    const target = sheetDef(def.references);
    return splitMulti(text).map((name) => {
      if (NONE_WORD.da === name || NONE_WORD.en === name) return '(none)';
      const row = sheet(doc, def.references!).find((r) => r[target.nameColumn!] === name);
      if (!row) throw new Error(`"${name}" in ${sheetId}.${column} names no row of ${def.references}`);
      return row[target.idColumn!];
    });
  }
  if (column === 'retention') return text === '' ? null : parseRetention(text).rule;
  return def.type === 'text' ? text !== '' : text;
}

describe.each(TEMPLATES.map((t) => ({ t })))('template $t.id in Danish and English', ({ t }) => {
  const da = loadTemplate(t.id, 'da');
  const en = loadTemplate(t.id, 'en');

  it('describes the same register: same ids, rows, values and rules behind the words', () => {
    expect(Object.keys(en.organisation)).toEqual(Object.keys(da.organisation));
    for (const field of ['role', 'isPublicAuthority', 'fiscalYearEnd', 'dueSoonDays']) {
      const role = (d: RegisterDocument) => findEntry('role', String(d.organisation.role))?.id;
      if (field === 'role') expect(role(en)).toBe(role(da));
      else expect(en.organisation[field]).toEqual(da.organisation[field]);
    }
    for (const id of TABLE_SHEETS) {
      const daRows = sheet(da, id);
      const enRows = sheet(en, id);
      expect(enRows.length, id).toBe(daRows.length);
      daRows.forEach((daRow, i) => {
        const enRow = enRows[i]!;
        expect(Object.keys(enRow), `${id} row ${i}`).toEqual(Object.keys(daRow));
        for (const column of Object.keys(daRow)) {
          expect(meaning(en, id, column, enRow[column]), `${id}.${column} row ${i}`).toEqual(
            meaning(da, id, column, daRow[column]),
          );
        }
      });
    }
  });
});

describe('what the templates say in law', () => {
  const doc = (id: string) => loadTemplate(id, 'en');
  const activityIds = (
    d: RegisterDocument,
    column: string,
    vocab: 'legalBasis' | 'art9Condition' | 'art10Basis' | 'cprBasis',
  ) => sheet(d, 'activities').flatMap((a) => splitMulti(a[column]).map((l) => findEntry(vocab, l)?.id));

  it('a coach without authorisation rests health data on explicit consent, never the health-care condition', () => {
    const conditions = activityIds(doc('coach'), 'art9Conditions', 'art9Condition');
    expect(conditions).toContain('art9a');
    expect(conditions).not.toContain('art9h');
    expect(conditions).not.toContain('dbl7_3');
  });

  it('an authorised psychologist rests records on Art. 9(2)(h) with DBL § 7(3) and keeps them at least 5 years', () => {
    const d = doc('psychologist');
    const records = sheet(d, 'activities').find((a) => a.id === 'psych-act-01')!;
    const ids = splitMulti(records.art9Conditions).map((l) => findEntry('art9Condition', l)?.id);
    expect(ids).toEqual(expect.arrayContaining(['art9h', 'dbl7_3']));
    const rule = parseRetention(String(records.retention)).rule;
    expect(rule).toMatchObject({ kind: 'computed', legalHoldExtends: true });
    // "Mindst 5 år": a floor (the first day the records may be deleted), not a deadline.
    expect(rule.kind === 'computed' && rule.floor?.[0]?.period.years).toBe(5);
  });

  it('a temp agency takes certificates only on explicit consent under DBL § 8 and uses processors in the EU, the USA and Israel', () => {
    const d = doc('temp-agency');
    const certificates = sheet(d, 'activities').find((a) => a.id === 'temp-act-04')!;
    expect(splitMulti(certificates.art10Basis).map((l) => findEntry('art10Basis', l)?.id)).toContain(
      'dbl8_3consent',
    );
    const places = sheet(d, 'recipients')
      .filter((r) => findEntry('recipientType', String(r.type))?.id === 'processor')
      .map((r) => [
        findEntry('country', String(r.country))?.id,
        findEntry('transferMechanism', String(r.transferMechanism))?.id,
      ]);
    expect(places).toEqual(
      expect.arrayContaining([
        ['EU', undefined],
        ['US', 'dpf'],
        ['US', 'scc2021Tia'],
        ['IL', 'adequacy'],
      ]),
    );
    const cpr = activityIds(d, 'cprBasis', 'cprBasis');
    expect(cpr).toContain('dbl11_2_1');
  });

  it('a school is a public authority that never relies on legitimate interests', () => {
    const d = doc('school');
    expect(d.organisation.isPublicAuthority).toBe(true);
    expect(activityIds(d, 'legalBases', 'legalBasis')).not.toContain('art6f');
    expect(activityIds(d, 'legalBases', 'legalBasis')).toContain('art6e');
    for (const id of TEMPLATES.map((t) => t.id).filter((t) => t !== 'school')) {
      expect(doc(id).organisation.isPublicAuthority, id).toBe(false);
    }
  });

  it('a school asks a parent to consent for a child under 15', () => {
    const photos = sheet(loadTemplate('school', 'da'), 'activities').find((a) => a.id === 'school-act-06')!;
    expect(String(photos.consentRecord)).toMatch(/15/);
  });

  it('an employer rests employee special-category data on DBL § 12', () => {
    expect(activityIds(doc('employer'), 'art9Conditions', 'art9Condition')).toContain('dbl12_1');
  });

  it('an IT company keeps both a controller register and an Art. 30(2) processor record', () => {
    const d = doc('it-hosting');
    expect(findEntry('role', String(d.organisation.role))?.id).toBe('both');
    expect(sheet(d, 'processorRecord').length).toBeGreaterThanOrEqual(3);
    for (const id of TEMPLATES.map((t) => t.id).filter((t) => t !== 'it-hosting')) {
      expect(sheet(doc(id), 'processorRecord'), id).toEqual([]);
    }
  });

  it('keeps bookkeeping material 5 years from the end of the financial year (Bogføringsloven § 12(1))', () => {
    for (const t of TEMPLATES.filter((x) => x.id !== 'school')) {
      const rules = sheet(doc(t.id), 'activities').map((a) => parseRetention(String(a.retention)).rule);
      expect(
        rules.some(
          (r) =>
            r.kind === 'computed' &&
            r.terms.some((term) => term.anchor === 'fiscalYearEnd' && term.period.years === 5),
        ),
        t.id,
      ).toBe(true);
    }
  });
});

describe('what the templates say in law as of December 2026', () => {
  const doc = (id: string) => loadTemplate(id, 'en');
  const activity = (d: RegisterDocument, id: string) => sheet(d, 'activities').find((a) => a.id === id)!;
  const ids = (value: unknown, vocab: 'legalBasis' | 'art9Condition' | 'art10Basis' | 'cprBasis') =>
    splitMulti(value).map((l) => findEntry(vocab, l)?.id);
  const named = (d: RegisterDocument, text: RegExp) =>
    sheet(d, 'activities').filter((a) => text.test(String(a.name)));

  it("lists Art30's own processing in every template, with the worker host as a processor on the DPF", () => {
    for (const t of TEMPLATES) {
      const d = doc(t.id);
      expect(named(d, /Art30/), t.id).toHaveLength(1);
      const host = sheet(d, 'recipients').find((r) => String(r.name).startsWith('Cloudflare'))!;
      expect(findEntry('recipientType', String(host.type))?.id, t.id).toBe('processor');
      expect(findEntry('transferMechanism', String(host.transferMechanism))?.id, t.id).toBe('dpf');
    }
  });

  it('has a school do research on the public grounds (DBL § 11(1), Art. 9(2)(j) with DBL § 10)', () => {
    const research = activity(doc('school'), 'school-act-08');
    expect(ids(research.cprBasis, 'cprBasis')).toEqual(['dbl11_1']);
    expect(ids(research.art9Conditions, 'art9Condition')).toEqual(['art9j', 'dbl10']);
  });

  it("names the municipality as a folkeskole's controller and asks for a DPIA of the US office suite", () => {
    const d = doc('school');
    expect(String(d.organisation.registerName)).toMatch(/municipality is the controller/);
    const teaching = activity(d, 'school-act-02');
    expect(findEntry('dpiaStatus', String(teaching.dpiaStatus))?.id).toBe('needed');
    expect(String(teaching.improvements)).toMatch(/30 January 2024/);
  });

  it("states the photo-consent age as Datatilsynet's practice, not DBL § 6", () => {
    const photos = activity(doc('school'), 'school-act-06');
    expect(String(photos.consentRecord)).toMatch(
      /Datatilsynet's practice; DBL § 6 covers only information-society/,
    );
  });

  it("rests a coach's booking and invoicing on explicit consent, as they reveal a treatment relationship", () => {
    const d = doc('coach');
    for (const id of ['coach-act-02', 'coach-act-03']) {
      expect(ids(activity(d, id).art9Conditions, 'art9Condition'), id).toEqual(['art9a']);
    }
  });

  it('has the police as the source of certificates in the temp agency, not as a recipient', () => {
    const d = doc('temp-agency');
    const police = sheet(d, 'recipients').filter((r) => /Police/.test(String(r.name)));
    expect(police).toEqual([]);
    expect(String(activity(d, 'temp-act-04').dataSource)).toMatch(/Police issue the certificates/);
  });

  it('keeps rejected applicants on 6(1)(f) with a balancing note in every recruitment activity', () => {
    for (const t of TEMPLATES) {
      const d = doc(t.id);
      const recruiting = sheet(d, 'activities').filter((a) => /recruit|applica/i.test(String(a.name)));
      for (const a of recruiting.filter((a) => !/Unsolicited/.test(String(a.name)))) {
        expect(ids(a.legalBases, 'legalBasis'), `${t.id} ${a.id}`).toContain('art6f');
        expect(String(a.legitimateInterestAssessment), `${t.id} ${a.id}`).toMatch(/Balancing test/);
      }
    }
  });

  it('gives the employer a criminal-record activity on DBL § 8(3) and the workplace activities that apply', () => {
    const d = doc('employer');
    const certificates = named(d, /Criminal-record/)[0]!;
    expect(ids(certificates.art10Basis, 'art10Basis')).toEqual(['dbl8_3interest']);
    for (const name of [/Whistleblower scheme/, /^CCTV$/, /IT use/, /GPS/])
      expect(named(d, name), String(name)).toHaveLength(1);
    for (const id of ['school', 'temp-agency', 'it-hosting'])
      expect(named(doc(id), /Whistleblower/), id).toHaveLength(1);
    expect(named(doc('webshop'), /^CCTV$/)).toHaveLength(1);
  });

  it('offers the records period per profession, each with its source, and renders the chosen one', () => {
    const records = TEMPLATES.find((t) => t.id === 'psychologist')!.activities.find(
      (a) => a.id === 'psych-act-01',
    )!;
    expect(records.retentionChoices!.map((c) => c.key)).toEqual(['psychologist', 'tenYears', 'fiveYears']);
    for (const choice of records.retentionChoices!) expect(choice.source.checked).toBe('2026-12-04');
    const years = (choice?: string) => {
      const d = loadTemplate('psychologist', 'en', choice ? { 'psych-act-01': choice } : undefined);
      const rule = parseRetention(String(activity(d, 'psych-act-01').retention)).rule;
      // "At least N years" is a minimum period (issue 13): the rule's floor, not a deadline.
      return rule.kind === 'computed' && rule.terms.length === 0 ? rule.floor![0]!.period.years : null;
    };
    expect([years(), years('psychologist'), years('tenYears'), years('fiveYears')]).toEqual([5, 5, 10, 5]);
    expect(
      String(
        activity(loadTemplate('psychologist', 'en', { 'psych-act-01': 'tenYears' }), 'psych-act-01')
          .deletionRoutine,
      ),
    ).toBe(
      'Delete records whose latest entry is more than 10 years old, unless a complaint or supervision case is pending.',
    );
    expect(() => loadTemplate('psychologist', 'en', { 'psych-act-01': 'dentist' })).toThrow(
      /no retention choice "dentist"/,
    );
  });
});

describe('the third countries of the templates', () => {
  it('are named on the data-category rows whenever a recipient abroad receives the data', () => {
    for (const { doc } of documents) {
      for (const row of sheet(doc, 'dataCategories')) {
        const listed = splitMulti(row.thirdCountries).map((l) => findEntry('country', l)?.id);
        for (const name of splitMulti(row.recipients)) {
          const recipient = sheet(doc, 'recipients').find((r) => r.name === name);
          const code = recipient ? findEntry('country', String(recipient.country))?.id : undefined;
          if (code && !countryByCode(code)?.eea) expect(listed).toContain(code);
        }
      }
    }
  });
});
