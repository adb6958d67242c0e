import { describe, expect, it } from 'vitest';
import { readBooleanCell as readFromRetention } from '../retention/cells.ts';
import { readBooleanCell } from './cells.ts';
import { isYes } from './document.ts';

// One table for every yes/no reader: what each cell means (true, false, blank = null,
// unreadable = 'unreadable').
const TABLE: [unknown, boolean | null | 'unreadable'][] = [
  [true, true],
  [1, true],
  ['TRUE', true],
  ['true', true],
  ['1', true],
  ['x', true],
  ['X', true],
  ['ja', true],
  ['Ja', true],
  ['j', true],
  ['J', true],
  ['yes', true],
  ['Yes', true],
  ['y', true],
  ['Y', true],
  ['✓', true],
  ['✔', true],
  [' ja ', true],
  ['sand', true],
  ['Ja, tvist med kunde', true],
  [false, false],
  [0, false],
  ['FALSE', false],
  ['false', false],
  ['0', false],
  ['nej', false],
  ['Nej', false],
  ['n', false],
  ['N', false],
  ['no', false],
  ['No', false],
  ['falsk', false],
  ['Nej - ikke længere', false],
  ['', null],
  ['   ', null],
  [null, null],
  [undefined, null],
  ['måske', 'unreadable'],
  ['n/a', 'unreadable'],
  ['jo', 'unreadable'],
  [7, 'unreadable'],
  [2, 'unreadable'],
];

describe('reading a yes/no cell, the same way everywhere', () => {
  for (const [cell, meaning] of TABLE) {
    it(`reads ${JSON.stringify(cell) ?? 'undefined'} as ${meaning}`, () => {
      const expected =
        meaning === 'unreadable' ? { value: null, unreadable: true } : { value: meaning, unreadable: false };
      expect(readBooleanCell(cell)).toEqual(expected);
      // The retention log's reader and the validator's isYes are this same reader.
      expect(readFromRetention(cell)).toEqual(expected);
      expect(isYes(cell as never)).toBe(meaning === true);
    });
  }
});
