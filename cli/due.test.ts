import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, jsonOf, runCli } from './testing/runCli.ts';

interface DueJson {
  today: string;
  dueSoonDays: number;
  holdings: Array<{
    reference: string;
    row: number;
    status: string;
    due: string | null;
    daysOverdue: number;
  }>;
  routines: Array<{ activity: string; row: number; status: string; due: string | null }>;
  summary: { overdue: number; dueSoon: number };
}

const due = (...args: string[]) => runCli(['due', ...args]);

describe('art30 due', () => {
  it('lists overdue and due-soon holdings and routines, not those deleted or far off', async () => {
    const run = await due('test/fixtures/sample-register.json', '--today', '2026-11-25', '--json');
    expect(run.status).toBe(0);
    const result = jsonOf(run) as DueJson;
    expect(result.dueSoonDays).toBe(14);
    expect(result.holdings.map((h) => [h.reference, h.status, h.due, h.row])).toEqual([
      ['F-2019-118', 'overdue', '2024-12-31', 7],
      ['K-2026-001', 'overdue', '2026-11-01', 2],
      ['K-2026-002', 'overdue', '2026-11-20', 3],
      ['K-2026-003', 'dueSoon', '2026-12-01', 4],
    ]);
    expect(result.holdings[2].daysOverdue).toBe(5);
    expect(result.routines.map((r) => [r.activity, r.status, r.row])).toEqual([
      ['Klientforløb', 'overdue', 2],
    ]);
    expect(result.summary).toEqual({ overdue: 4, dueSoon: 1 });
  });

  it("uses the register's own due-soon window", async () => {
    const doc = JSON.parse(readFileSync(`${FIXTURES}sample-register.json`, 'utf8'));
    doc.organisation.dueSoonDays = 3;
    const narrow = await runCli(['due', '-', '--today', '2026-11-25', '--json'], {
      input: JSON.stringify(doc),
    });
    expect(narrow.status).toBe(0);
    const result = jsonOf(narrow) as DueJson;
    expect(result.dueSoonDays).toBe(3);
    expect(result.summary).toEqual({ overdue: 4, dueSoon: 0 });
    expect(result.holdings.map((h) => h.reference)).not.toContain('K-2026-003');
  });

  it('prints the list for people by default', async () => {
    const run = await due('test/fixtures/sample-register.json', '--today', '2026-11-25', '--lang', 'en');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('OVERDUE  K-2026-001 (Klientforløb), due 2026-11-01, 24 days overdue');
    expect(run.stdout).toContain('DUE SOON  K-2026-003');
    expect(run.stdout).toContain('4 overdue, 1 due soon');
  });

  it('needs --today and a register it can read', async () => {
    expect((await due('test/fixtures/sample-register.json')).status).toBe(2);
    expect((await due('test/fixtures/sample-register.json', '--today', 'tomorrow')).status).toBe(2);
    expect((await due('test/fixtures/malformed/broken.json', '--today', '2026-11-25')).status).toBe(2);
    expect((await runCli(['due', '-', '--today', '2026-11-25'], { input: '' })).status).toBe(2);
  });

  it('lists a minimum period as "may now be deleted: decide" from its date, then as a review, never as overdue', async () => {
    const doc = JSON.parse(readFileSync('test/fixtures/sample-register.json', 'utf8'));
    const records = {
      ...doc.sheets.activities[0],
      id: 'act-records',
      name: 'Journaler',
      retention: 'mindst 5 år efter ophør',
    };
    doc.sheets.activities.push(records);
    doc.sheets.retentionLog = [
      // Ended 2021-11-20: may be deleted from 2026-11-21, four days before --today.
      {
        id: 'f-1',
        reference: 'J-001',
        activityId: 'act-records',
        activity: 'Journaler',
        relationshipEnded: '2021-11-20',
      },
      // Ended 2021-01-10: may be deleted from 2026-01-11; 90 days later (2026-04-11) a review.
      {
        id: 'f-2',
        reference: 'J-002',
        activityId: 'act-records',
        activity: 'Journaler',
        relationshipEnded: '2021-01-10',
      },
      // Ended 2022-06-01: not yet.
      {
        id: 'f-3',
        reference: 'J-003',
        activityId: 'act-records',
        activity: 'Journaler',
        relationshipEnded: '2022-06-01',
      },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'art30-due-')), 'floors.json');
    writeFileSync(file, JSON.stringify(doc));
    const json = jsonOf(await due(file, '--today', '2026-11-25', '--json')) as {
      holdings: Array<DueJson['holdings'][number] & { mayDeleteFrom: string | null }>;
    };
    expect(json.holdings.map((h) => [h.reference, h.status, h.due, h.mayDeleteFrom, h.daysOverdue])).toEqual([
      ['J-001', 'mayDelete', null, '2026-11-21', 0],
      ['J-002', 'floorReview', null, '2026-01-11', 0],
    ]);
    const en = (await due(file, '--today', '2026-11-25', '--lang', 'en')).stdout;
    expect(en).toContain('MAY NOW BE DELETED: DECIDE  J-001 (Journaler), may be deleted from 2026-11-21');
    expect(en).toContain('REVIEW: NO DECISION  J-002 (Journaler), may be deleted from 2026-01-11');
    expect(en).not.toMatch(/J-00\d.*(overdue|due 20)/);
    const da = (await due(file, '--today', '2026-11-25', '--lang', 'da')).stdout;
    expect(da).toContain('MÅ NU SLETTES: TAG STILLING  J-001 (Journaler), må slettes fra 2026-11-21');
  });
});
