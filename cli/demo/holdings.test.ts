import { describe, expect, it } from 'vitest';
import { compareIso } from '../../shared/calendar/civilDate.ts';
import type { Lang } from '../../shared/register/types.ts';
import { evaluateRegister } from '../../shared/retention/holdings.ts';
import { looksIdentifying } from '../../shared/sync/identifying.ts';
import { listTemplates, loadTemplate } from '../../templates/index.ts';
import { countGroups, type DemoHolding, planHoldings, referencePrefix } from './holdings.ts';

const DATES = ['2026-03-02', '2026-12-31', '2028-02-29'];
const LANGS: Lang[] = ['da', 'en'];

function plan(id: string, lang: Lang, runDate: string): DemoHolding[] {
  const title = listTemplates().find((t) => t.id === id)!.title[lang];
  return planHoldings(loadTemplate(id, lang), { runDate, lang, title });
}

describe('The demo register’s holdings', () => {
  it('for every template, language and run date, 30 holdings are spread over 8 overdue (3 escalated), 6 due soon, 14 fine, 1 on legal hold and 1 extended', () => {
    for (const { id } of listTemplates())
      for (const lang of LANGS)
        for (const runDate of DATES) {
          expect(countGroups(plan(id, lang, runDate)), `${id} ${lang} ${runDate}`).toEqual({
            overdue: 8,
            dueSoon: 6,
            fine: 14,
            legalHold: 1,
            extended: 1,
            escalated: 3,
          });
        }
  });

  it('references are pseudonymous case numbers, unique, and no event lies after the run date', () => {
    for (const { id } of listTemplates()) {
      const holdings = plan(id, 'da', '2026-03-02');
      const refs = holdings.map((h) => h.reference);
      expect(new Set(refs).size).toBe(refs.length);
      for (const h of holdings) {
        expect(h.reference).toMatch(/^[A-Z]-\d{4}-\d{3}$/);
        expect(h.reference.slice(2, 6)).toBe(h.eventDate.slice(0, 4));
        expect(looksIdentifying(h.reference)).toBeNull();
        expect(compareIso(h.eventDate, '2026-03-02')).toBeLessThanOrEqual(0);
      }
    }
    expect(plan('temp-agency', 'da', '2026-03-02')[0].reference).toMatch(/^V-/);
    expect(referencePrefix('Økonomi')).toBe('O');
  });

  it('the register’s own evaluation of the typed cells gives each holding the status the demo announces', () => {
    const expected = {
      overdue: 'overdue',
      dueSoon: 'dueSoon',
      fine: 'ok',
      legalHold: 'legalHold',
      extended: 'dueSoon',
    };
    for (const runDate of DATES) {
      const doc = loadTemplate('temp-agency', 'da');
      const holdings = plan('temp-agency', 'da', runDate);
      doc.sheets.retentionLog = holdings.map((h) => ({
        reference: h.reference,
        activity: h.activity,
        ...h.events,
        legalHold: h.legalHold ? 'Ja' : '',
        extendedUntil: h.extendedUntil ?? '',
        extensionReason: h.extensionReason ?? '',
      }));
      const evaluation = evaluateRegister(doc, { today: runDate });
      expect(evaluation.holdings.flatMap((e) => e.problems)).toEqual([]);
      evaluation.holdings.forEach((e, i) => {
        expect(e.assessment.status, holdings[i].reference).toBe(expected[holdings[i].group]);
        expect(e.assessment.extended).toBe(holdings[i].group === 'extended');
      });
    }
  });

  it('the same template, language and run date always give the same holdings', () => {
    expect(plan('coach', 'en', '2026-11-25')).toEqual(plan('coach', 'en', '2026-11-25'));
    expect(plan('coach', 'en', '2026-11-25')).not.toEqual(plan('coach', 'en', '2026-11-26'));
  });
});
