// Export for inspection → the log of personal-data breaches, through the built bundle: every
// breach, notified or not (Art. 33(5)), with its 72-hour deadline on the register's wall clock.
// "Now" is Friday 4 December 2026 at 12:00 in Copenhagen (UTC+1); deadlines by hand.

import { describe, expect, it } from 'vitest';
import { fixToday } from './features/helpers.ts';
import { putDocument, sampleRegister } from './fixtures.ts';
import { loadAddon } from './harness.ts';

describe('Export for inspection: the breach log', () => {
  it('writes one line per breach with its times, deadline, notification and status, warning-protected', () => {
    const addon = loadAddon({ locale: 'en_GB' });
    addon.ss.locale = 'en_GB';
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    fixToday(addon, '2026-12-04');
    const doc = sampleRegister(2, 0, 'en');
    doc.sheets.breaches = [
      // Aware Tuesday 24 November 09:00: notify by Friday 27 November 09:00; notified in time.
      {
        reference: 'BR-1',
        startedAt: '2026-11-23T22:15:00+01:00',
        awareAt: '2026-11-24T09:00:00+01:00',
        description: 'Laptop stolen',
        dataCategories: 'Health data',
        approxSubjects: 40,
        consequences: 'Disclosure',
        measures: 'Remote wipe',
        risk: 'High risk',
        riskReasoning: 'Unencrypted disk',
        authorityNotifiedAt: '2026-11-26T15:30:00+01:00',
        authorityReference: 'DT-2026-1234',
        subjectsInformedAt: '2026-11-27T10:00:00+01:00',
      },
      // Aware Monday 30 November 09:00 (08:00 UTC), not assessed: 3 December 09:00 has passed.
      { reference: 'BR-2', awareAt: '2026-11-30T08:00:00Z', description: 'Misdirected email' },
      // A processor's breach, its controller told: closed, no deadline of its own.
      {
        reference: 'BR-3',
        awareAt: '2026-11-20T08:00:00+01:00',
        description: 'Backup exposed',
        role: 'Processor',
        controllerName: 'Customer Ltd',
        controllerNotifiedAt: '2026-11-20T10:00:00+01:00',
      },
    ];
    putDocument(addon.ss, doc, 'en');
    addon.ctx.exportBreaches();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    const sheet = addon.ss.sheet('Export – Breaches');
    const rows = sheet.dump();
    expect(rows[0]![0]).toBe('Log of personal-data breaches (Art. 33(5))');
    expect(rows[2]![0]).toBe('Times in the time zone Europe/Copenhagen.');
    const header = rows.findIndex((r) => r[0] === 'Reference');
    expect(rows[header]).toEqual([
      'Reference',
      'Breach started',
      'Became aware',
      'Description',
      'Personal data and scale',
      'Consequences and measures',
      'Role and risk',
      'Notify by',
      'Notified',
      'Data subjects informed',
      'Status',
    ]);
    expect(rows.slice(header + 1)).toEqual([
      [
        'BR-1',
        '2026-11-23 22:15',
        '2026-11-24 09:00',
        'Laptop stolen',
        'Health data, approx. 40 data subjects, approx. ? records',
        'Disclosure, Remote wipe',
        'High risk, Unencrypted disk',
        '2026-11-27 09:00',
        '2026-11-26 15:30, DT-2026-1234',
        '2026-11-27 10:00',
        'Closed',
      ],
      [
        'BR-2',
        '',
        '2026-11-30 09:00',
        'Misdirected email',
        '',
        '',
        'not assessed',
        '2026-12-03 09:00',
        '',
        '',
        'Open, deadline passed',
      ],
      [
        'BR-3',
        '',
        '2026-11-20 08:00',
        'Backup exposed',
        '',
        '',
        'Processor, not assessed',
        '',
        'Customer Ltd, 2026-11-20 10:00',
        '',
        'Closed',
      ],
    ]);
    expect(sheet.protections.some((p) => p.warningOnly && p.type === 'SHEET')).toBe(true);
  });
});
