// docs/legal-sources.md stays equal to the data it is generated from, and lists under "Not
// verified" exactly the sources that could not be checked.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../shared/vocabularies/index.ts';
import { renderLegalSources } from './legalSources.ts';

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
