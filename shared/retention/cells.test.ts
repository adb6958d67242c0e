import { describe, expect, it } from 'vitest';
import { readDateCell } from './cells.ts';

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
});
