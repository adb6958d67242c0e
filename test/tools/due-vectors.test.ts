// The shared due-date vectors are an independent oracle: every `due` in the committed file is
// what the second implementation in generate-due-vectors.ts computes from the vector's inputs,
// without shared/retention's code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type DueVector,
  generatedFile,
  independentDue,
  independentMayDeleteFrom,
  VECTORS_FILE,
} from './generate-due-vectors.ts';

const committed = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as { vectors: DueVector[] };

describe('the due-date vectors', () => {
  it('are byte for byte what their generator writes', () => {
    expect(readFileSync(VECTORS_FILE, 'utf8')).toBe(generatedFile());
  });

  it.each(committed.vectors.map((v) => [v.note, v] as const))('%s', (_note, v) => {
    expect(independentDue(v)).toBe(v.due);
    expect(independentMayDeleteFrom(v)).toBe(v.mayDeleteFrom);
  });

  it('hold dates the contract states in words', () => {
    const byNote = (note: string) => committed.vectors.find((v) => v.note === note)!;
    expect(byNote('6 months from 31 August clamps to 28 February').due).toBe('2026-02-28');
    expect(byNote('1 year 6 months from 29 February: years first, then months (28 August)').due).toBe(
      '2025-08-28',
    );
    expect(byNote('18 months from 29 February is 29 August').due).toBe('2025-08-29');
    // "kept at least 5 years from 15 March 2025 ... deletable from 16 March 2030"
    expect(byNote('floor only: no due date; may be deleted from the day after 5 years').mayDeleteFrom).toBe(
      '2030-03-16',
    );
    expect(byNote('5 years from the end of the calendar year, whatever the financial year (06-30)').due).toBe(
      '2030-12-31',
    );
  });
});
