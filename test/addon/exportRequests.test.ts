// Export for inspection → the log of data-subject requests, through the built bundle: one line
// per request in the register export's style, with the deadline worked out by the shared clock.

import { describe, expect, it } from 'vitest';
import { putDocument, sampleRegister } from './fixtures.ts';
import { loadAddon } from './harness.ts';

describe('Export for inspection: the requests log', () => {
  it('writes one line per request with its deadline, extension and outcome, warning-protected', () => {
    const addon = loadAddon({ locale: 'en_GB' });
    addon.ss.locale = 'en_GB';
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    const doc = sampleRegister(2, 0, 'en');
    doc.sheets.requests = [
      // Received 31 Jan 2025: due 28 Feb; extended with notice on 28 Feb: due 30 Apr 2025.
      {
        reference: 'SAG-1',
        type: 'Access (Art. 15)',
        received: '2025-01-31',
        activities: 'Activity 1',
        responsible: 'ida@example.com',
        extensionReason: 'Many records',
        extensionNotified: '2025-02-28',
        answeredOn: '2025-04-10',
        outcome: 'Granted',
      },
      // Received 2 Mar 2026: due 7 Apr, after Easter.
      {
        reference: 'SAG-2',
        type: 'Erasure (Art. 17)',
        received: '2026-03-02',
        responsible: 'ida@example.com',
        answeredOn: '2026-03-20',
        outcome: 'Refused',
        refusalReason: 'Exception to erasure (Art. 17(3))',
      },
    ];
    putDocument(addon.ss, doc, 'en');
    addon.ctx.exportRequests();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    const sheet = addon.ss.sheet('Export – Requests');
    const rows = sheet.dump();
    expect(rows[0]![0]).toBe('Log of data-subject requests (Arts. 12 and 15-21)');
    const header = rows.findIndex((r) => r[0] === 'Reference');
    expect(rows[header]).toContain('Due');
    const lines = rows.slice(header + 1).map((r) => [r[0], r[7], r[8], r[10], r[11]]);
    expect(lines).toEqual([
      ['SAG-1', '2025-04-30', 'Extended, notified 2025-02-28', 'Granted', 'Answered'],
      ['SAG-2', '2026-04-07', '', 'Refused, Exception to erasure (Art. 17(3))', 'Answered'],
    ]);
    expect(sheet.protections.some((p) => p.warningOnly && p.type === 'SHEET')).toBe(true);
  });
});
