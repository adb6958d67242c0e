// docs/legal-sources.md stays equal to the data it is generated from, and lists under "Not
// verified" exactly the sources that could not be checked.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../shared/register/types.ts';
import { VOCABULARIES } from '../shared/vocabularies/index.ts';
import { RULES } from './common.ts';
import { TEMPLATES } from './index.ts';
import { renderLegalSources } from './legalSources.ts';
import type { ActivitySource } from './model.ts';

const FILE = fileURLToPath(new URL('../docs/legal-sources.md', import.meta.url));

describe('docs/legal-sources.md', () => {
  const text = readFileSync(FILE, 'utf8');

  it('is equal to what the data generates (run `npm run legal-sources` after changing a source)', () => {
    expect(text).toBe(renderLegalSources());
  });

  it('lists the CPR disclosure ground under § 11(2) no. 3 as checked, and the UK renewal number as not verified', () => {
    const [checked, open] = text.split('## Not verified');
    expect(checked).toMatch(
      /DBL § 11\(2\)\(3\) disclosure as a natural part of normal business \| Databeskyttelsesloven/,
    );
    expect(open).toMatch(/United Kingdom: Decision \(EU\) 2021\/1772/);
    expect(open).toMatch(/Bill L 181 \(2024-25\)/);
  });

  it('gives every legal ground of the vocabularies a source', () => {
    for (const vocab of ['legalBasis', 'art9Condition', 'art10Basis', 'cprBasis'] as const) {
      for (const entry of VOCABULARIES[vocab]) expect(entry.source, `${vocab} ${entry.id}`).toBeDefined();
    }
  });
});

/** Every text of an activity a user reads in the register, in both languages. */
function activityTexts(a: ActivitySource): string[] {
  const fields: (Localized | undefined)[] = [
    a.name,
    a.purpose,
    a.consentRecord,
    a.legitimateInterestAssessment,
    a.dataSource,
    a.retention,
    a.deletionRoutine,
    a.improvements,
    ...a.groups.map((g) => g.retention),
  ];
  return fields.flatMap((f) => (f ? [f.da, f.en] : []));
}

/** A text that cites law: a paragraph sign, an act ("-loven", "Act") or an article. */
const CITES_LAW = /§|lov(en|ens|s)?\b|\bact\b|\bart\.|\bartikel\b/i;

/** Acts a text can name, and how the act of the source that backs it must read. */
const NAMED_ACTS: [RegExp, RegExp][] = [
  [/bogføringslov|bookkeeping act/i, /^Bogføringsloven/],
  [/arbejdstidslov|working time act/i, /^Arbejdstidsloven/],
  [/whistleblowerlov/i, /^Whistleblowerloven/],
  [/købelov|sale of goods act/i, /^Købeloven/],
  [/arkivlov|archive rules/i, /^Arkivloven/],
  [/\bDBL §|databeskyttelseslov/i, /^Databeskyttelsesloven/],
  [/\bart(\.|ikel) \d/i, /GDPR/],
];

/** Retention rules fixed by statute, and the act an activity that keeps data by them must cite. */
const STATUTORY_RETENTION: [Localized, RegExp][] = [
  [RULES.bookkeeping, /^Bogføringsloven/],
  [RULES.workingTime, /^Arbejdstidsloven/],
];

describe('the sources of template statements', () => {
  const activities = TEMPLATES.flatMap((t) => t.activities);

  it('gives every activity whose texts cite law at least one source', () => {
    const bare = activities.filter(
      (a) => activityTexts(a).some((x) => CITES_LAW.test(x)) && !a.sources?.length,
    );
    expect(bare.map((a) => a.id)).toEqual([]);
  });

  it('backs every act or article an activity names with a source from that act', () => {
    const missing = activities.flatMap((a) =>
      NAMED_ACTS.filter(
        ([named, act]) =>
          activityTexts(a).some((x) => named.test(x)) &&
          !(a.sources ?? []).some((s) => act.test(s.source.act)),
      ).map(([named]) => `${a.id} ${named}`),
    );
    expect(missing).toEqual([]);
  });

  it('cites the act behind every statutory retention period an activity keeps data by', () => {
    const missing = activities.flatMap((a) =>
      STATUTORY_RETENTION.filter(
        ([rule, act]) =>
          [a.retention, ...a.groups.map((g) => g.retention)].some((r) => r?.en === rule.en) &&
          !(a.sources ?? []).some((s) => act.test(s.source.act)),
      ).map(([rule]) => `${a.id} ${rule.en}`),
    );
    expect(missing).toEqual([]);
  });
});
