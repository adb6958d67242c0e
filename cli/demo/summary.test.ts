import { describe, expect, it } from 'vitest';
import { summaryTable } from './summary.ts';

const ROWS = [
  {
    recipient: 'hr@example.org',
    kind: 'digest',
    items: 7,
    subject:
      'Sletning: 3 overskredet, 2 forfalder i dag og 2 forfalder snart – Vikarbureau og meget mere tekst',
    file: '2026-03-02_digest_hr_example.org_1.eml',
  },
  {
    recipient: 'direktion@example.org',
    kind: 'escalation',
    items: 12,
    subject: 'Eskalering: 3 sletninger langt over fristen – Vikarbureau',
    file: '2026-03-02_escalation_direktion_example.org_2.eml',
  },
];

describe('The demo’s summary table', () => {
  it('lines up every column in the register’s language, with item counts right-aligned and long subjects cut', () => {
    const lines = summaryTable(ROWS, 'da');
    expect(lines[0]).toMatch(/^Modtager\s+Type\s+Punkter\s+Emne\s+Fil$/);
    const fileColumn = lines[0].indexOf('Fil');
    for (const line of lines.slice(2)) expect([...line].slice(fileColumn).join('')).toMatch(/^2026-03-02_/);
    expect(lines[2]).toContain('påmindelse');
    expect(lines[3]).toContain('eskalering');
    expect(lines[2]).toMatch(/ {6}7 {2}/);
    expect(lines[3]).toMatch(/ {5}12 {2}/);
    expect(lines[2]).toContain('…');
    expect(lines[2]).not.toContain('meget mere tekst');
    expect(lines[1]).toMatch(/^─+ {2}─+/);
  });

  it('speaks English when the register does', () => {
    expect(summaryTable(ROWS, 'en')[0]).toMatch(/^Recipient\s+Kind\s+Items\s+Subject\s+File$/);
    expect(summaryTable(ROWS, 'en')[3]).toContain('escalation');
  });
});
