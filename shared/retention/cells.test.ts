import { describe, expect, it } from 'vitest';
import { readBooleanCell, readDateCell } from './cells.ts';

describe('reading register cells', () => {
  it('reads dates as sheets and CSV files hold them, and tells blank from unreadable', () => {
    expect(readDateCell('2025-03-15')).toEqual({ value: '2025-03-15', unreadable: false });
    expect(readDateCell('15.03.2025')).toEqual({ value: '2025-03-15', unreadable: false });
    expect(readDateCell('')).toEqual({ value: null, unreadable: false });
    expect(readDateCell('   ')).toEqual({ value: null, unreadable: false });
    expect(readDateCell(null)).toEqual({ value: null, unreadable: false });
    expect(readDateCell('i går')).toEqual({ value: null, unreadable: true });
    expect(readDateCell(45000)).toEqual({ value: null, unreadable: true });
    expect(readDateCell(true)).toEqual({ value: null, unreadable: true });
  });

  it('reads yes/no cells in both languages, ticks and booleans', () => {
    for (const yes of [true, 1, 'TRUE', 'ja', 'Ja', 'x', 'X', 'yes', '✓', 'Ja, tvist med kunde']) {
      expect(readBooleanCell(yes), String(yes)).toEqual({ value: true, unreadable: false });
    }
    for (const no of [false, 0, 'FALSE', 'nej', 'No']) {
      expect(readBooleanCell(no), String(no)).toEqual({ value: false, unreadable: false });
    }
    expect(readBooleanCell('')).toEqual({ value: null, unreadable: false });
    expect(readBooleanCell('måske')).toEqual({ value: null, unreadable: true });
    expect(readBooleanCell(7)).toEqual({ value: null, unreadable: true });
  });
});
