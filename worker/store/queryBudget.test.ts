import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { D1LimitError, meteredD1 } from './queryBudget.ts';

describe('the D1 meter', () => {
  it('counts single statements and every statement of a batch', async () => {
    const { db, meter } = meteredD1(env.DB);
    await db.prepare('SELECT 1').first();
    await db.prepare('SELECT ?').bind(2).all();
    await db.batch([db.prepare('SELECT 1'), db.prepare('SELECT 2'), db.prepare('SELECT 3')]);
    expect(meter.queries).toBe(5);
  });

  it('stops an invocation before it would exceed its query limit, not after', async () => {
    const { db, meter } = meteredD1(env.DB, 3);
    await db.prepare('SELECT 1').first();
    await expect(
      db.batch([db.prepare('SELECT 1'), db.prepare('SELECT 2'), db.prepare('SELECT 3')]),
    ).rejects.toThrow(D1LimitError);
    expect(meter.queries).toBe(1);
    await db.batch([db.prepare('SELECT 1'), db.prepare('SELECT 2')]);
    await expect(db.prepare('SELECT 4').run()).rejects.toThrow(
      /would run 4 D1 queries; the platform allows 3/,
    );
  });

  it('refuses a statement with more than 100 bound parameters or more than 100 KB of SQL', () => {
    const { db } = meteredD1(env.DB);
    const params = Array.from({ length: 101 }, (_, i) => i);
    expect(() => db.prepare(`SELECT ${params.map(() => '?').join(',')}`).bind(...params)).toThrow(
      /at most 100 parameters; this one binds 101/,
    );
    expect(() => db.prepare(`SELECT '${'x'.repeat(100_001)}'`)).toThrow(/at most 100000 bytes of SQL/);
  });

  it('records the largest SQL text and the largest bound value', async () => {
    const { db, meter } = meteredD1(env.DB);
    await db.prepare('SELECT length(?) AS n').bind('æ'.repeat(1000)).first();
    expect(meter.largestSqlBytes).toBe('SELECT length(?) AS n'.length);
    expect(meter.largestBoundBytes).toBe(2000);
  });
});
