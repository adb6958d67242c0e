import { describe, expect, it } from 'vitest';
import { jsonOf, runCli } from './testing/runCli.ts';

interface RetentionJson {
  rule: { kind: string };
  description: string;
  due: string | null;
  mayDeleteFrom: string | null;
  manual: boolean;
  reason: string | null;
}

const retention = (...args: string[]) => runCli(['retention', ...args]);

describe('art30 retention', () => {
  it('computes the due date of a financial-year rule from --from and the financial year end', async () => {
    const calendar = jsonOf(
      await retention('5 år fra udgangen af regnskabsåret', '--from', '2026-03-01', '--json'),
    ) as RetentionJson;
    expect(calendar).toMatchObject({
      due: '2031-12-31',
      manual: false,
      reason: null,
      rule: { kind: 'computed' },
    });
    const june = await retention(
      '5 år fra udgangen af regnskabsåret',
      '--from',
      '2026-03-01',
      '--fiscal-year-end',
      '06-30',
      '--json',
    );
    expect(june.status).toBe(0);
    expect((jsonOf(june) as RetentionJson).due).toBe('2031-06-30');
  });

  it('prints exactly the documented JSON fields', async () => {
    const run = await retention(
      '6 måneder efter sidste session',
      '--from',
      '2026-01-31',
      '--json',
      '--lang',
      'en',
    );
    expect(run.status).toBe(0);
    const result = jsonOf(run) as RetentionJson;
    expect(Object.keys(result).sort()).toEqual([
      'description',
      'due',
      'manual',
      'mayDeleteFrom',
      'reason',
      'rule',
    ]);
    expect(result.due).toBe('2026-07-31');
    expect(result.description.length).toBeGreaterThan(0);
  });

  it('gives no date but a reason for a rule that needs manual review', async () => {
    const result = jsonOf(
      await retention('så længe formålet består', '--from', '2026-03-01', '--json'),
    ) as RetentionJson;
    expect(result).toMatchObject({ due: null, manual: true, rule: { kind: 'manual' } });
    expect(result.reason).toEqual(expect.any(String));
  });

  it('says "may be deleted from" for a minimum period, never "delete by", and is no manual review', async () => {
    const json = jsonOf(
      await retention('mindst 5 år efter ophør', '--from', '2026-03-01', '--json'),
    ) as RetentionJson;
    expect(json).toMatchObject({ due: null, mayDeleteFrom: '2031-03-02', manual: false, reason: null });
    const en = await retention('at least 5 years after termination', '--from', '2026-03-01', '--lang', 'en');
    expect(en.stdout).toContain('May be deleted from: 2031-03-02');
    expect(en.stdout).not.toContain('Delete by');
    const da = await retention('mindst 5 år efter ophør', '--from', '2026-03-01');
    expect(da.stdout).toContain('Må slettes fra: 2031-03-02');
    expect(da.stdout).not.toContain('Slettes senest');
  });

  it('gives both dates for "at least 5 and at most 10 years"', async () => {
    const json = jsonOf(
      await retention('at least 5 and at most 10 years after termination', '--from', '2026-03-01', '--json'),
    ) as RetentionJson;
    expect(json).toMatchObject({ due: '2036-03-01', mayDeleteFrom: '2031-03-02', manual: false });
  });

  it('dates a custom event from --from and says which column dates it in a register', async () => {
    const run = await retention('6 måneder efter projektstart', '--from', '2026-01-31', '--lang', 'en');
    expect(run.stdout).toContain('Delete by: 2026-07-31');
    expect(run.stdout).toContain('Event date');
  });

  it('prints the rule and its due date for people by default', async () => {
    const run = await retention('3 mdr. efter modtagelse', '--from', '2026-03-01', '--lang', 'en');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2026-06-01');
    expect(run.stdout).toContain('Rule:');
  });

  it('exits 2 on a missing text, a missing or bad --from and a bad --fiscal-year-end', async () => {
    expect((await retention('--from', '2026-03-01')).status).toBe(2);
    expect((await retention('6 måneder efter modtagelse')).status).toBe(2);
    const bad = await retention('6 måneder efter modtagelse', '--from', '01-03-2026', '--lang', 'en');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--from must be a date written YYYY-MM-DD');
    expect((await retention('x', '--from', '2026-03-01', '--fiscal-year-end', '02-30')).status).toBe(2);
  });
});
