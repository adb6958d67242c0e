// The cap on the size of a register, in workerd: a snapshot with more rows than the server
// stores is refused with a clear problem and nothing is written. The deployment's holdings cap
// is lowered here through MAX_HOLDINGS_PER_REGISTER (the same worker asked with another env).

import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import type { Env } from '../env.ts';
import { app } from '../index.ts';
import { checkRegisterSize, REGISTER_LIMITS, registerLimits } from '../store/registerSize.ts';
import { dumpTables, enrol, problemOf, signedRequest } from '../test/client.ts';
import { Problem } from './problem.ts';

function putWithCap(cap: string, reg: { registerId: string; key: string }, payload: unknown) {
  const configured = { ...env, MAX_HOLDINGS_PER_REGISTER: cap } as Env;
  return signedRequest('PUT', `/v1/registers/${reg.registerId}/snapshot`, reg, {
    body: JSON.stringify(payload),
  }).then((request) => app.fetch(request, configured, createExecutionContext()));
}

describe('the size of a register', () => {
  it('above the holdings cap is refused with registerTooLarge (413) and nothing is written', async () => {
    const reg = await enrol('1CapSheet');
    const before = await dumpTables({ except: ['nonces'] });
    const response = await putWithCap('3', reg, examplePayload({ spreadsheetId: '1CapSheet', holdings: 4 }));
    expect(response.status).toBe(413);
    const problem = (await problemOf(response)) as unknown as Record<string, unknown>;
    expect(problem).toMatchObject({ code: 'registerTooLarge', limit: 3, count: 4, rows: 'holdings' });
    expect(problem.detail).toBe(
      'The register has 4 retention-log holdings; this server stores at most 3. ' +
        'Remove deleted holdings from the retention log, or split the register.',
    );
    expect(await dumpTables({ except: ['nonces'] })).toEqual(before);
  });

  it('at the cap is stored', async () => {
    const reg = await enrol('1AtCapSheet');
    const response = await putWithCap(
      '3',
      reg,
      examplePayload({ spreadsheetId: '1AtCapSheet', holdings: 3 }),
    );
    expect(response.status).toBe(200);
  });

  it('is capped at 100,000 holdings, 5,000 activities and 20,000 data-category rows by default, and configuration can only lower it', () => {
    expect(registerLimits({})).toEqual({ activities: 5_000, dataCategories: 20_000, holdings: 100_000 });
    expect(registerLimits({ MAX_HOLDINGS_PER_REGISTER: '500000' }).holdings).toBe(100_000);
    expect(registerLimits({ MAX_HOLDINGS_PER_REGISTER: 'many' }).holdings).toBe(100_000);
    const payload = examplePayload({ holdings: 1 });
    payload.holdings = Array(100_001).fill(payload.holdings[0]);
    expect(() => checkRegisterSize(payload, registerLimits({}))).toThrow(Problem);
    payload.holdings.pop();
    expect(() => checkRegisterSize(payload, registerLimits({}))).not.toThrow();
    payload.activities = Array(REGISTER_LIMITS.activities + 1).fill(payload.activities[0]);
    expect(() => checkRegisterSize(payload, registerLimits({}))).toThrow(/5001 processing activities/);
  });
});
