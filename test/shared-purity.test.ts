// The domain core must run unchanged in Apps Script's V8, in workerd and in Node. This test
// bundles shared/ (through test/purity-entry.ts) the way the add-on is bundled, runs it in a
// bare node:vm context holding nothing but the JavaScript built-ins, and checks that it
// computes there exactly what it computes in Node.
import { generateKeyPairSync, sign } from 'node:crypto';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInTimeZone } from '../shared/calendar/civilDate.ts';
import type { RegisterDocument } from '../shared/register/types.ts';
import corpus from '../shared/retention/corpus.json' with { type: 'json' };
import { describeRetention } from '../shared/retention/describe.ts';
import vectors from '../shared/retention/due-vectors.json' with { type: 'json' };
import { dueDate, floorDate } from '../shared/retention/dueDate.ts';
import { evaluateRegister } from '../shared/retention/holdings.ts';
import { parseRetention } from '../shared/retention/parse.ts';

let bundle = '';
let context: vm.Context;

/** Runs `expression` in the bare context and returns its JSON: values cross realms as text. */
function inBareContext(expression: string): unknown {
  return JSON.parse(vm.runInContext(`JSON.stringify(${expression})`, context, { timeout: 20_000 }) as string);
}

const sampleRegister: RegisterDocument = {
  schemaVersion: 1,
  lang: 'da',
  organisation: { fiscalYearEnd: '30.06', dueSoonDays: '10', role: 'Dataansvarlig' },
  sheets: {
    activities: [
      {
        id: 'a1',
        name: 'Rekruttering',
        retention: '6 mdr. efter at stillingen er besat',
        routineCadence: 'Månedlig',
        routineLastRun: '2025-08-01',
      },
      { id: 'a2', name: 'Bogføring', retention: '5 år fra udgangen af regnskabsåret' },
    ],
    retentionLog: [
      { id: 'h1', reference: 'A-1', activityId: 'a1', purposeFulfilled: '01.03.2025' },
      { id: 'h2', reference: 'B-1', activity: 'bogføring', recordDate: '2019-08-01', legalHold: 'x' },
      { id: 'h3', reference: 'B-2', activity: 'Bogføring', recordDate: 'i fjor' },
    ],
  },
};

describe('the shared core in a bare JavaScript context', () => {
  beforeAll(async () => {
    const result = await build({
      entryPoints: ['test/purity-entry.ts'],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'Art30Shared',
      platform: 'neutral',
      target: 'es2020',
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0].text;
    context = vm.createContext({});
    // V8 gives every context its own inert `console`; Apps Script's differs, so take it away.
    vm.runInContext('delete globalThis.console', context);
    vm.runInContext(bundle, context, { timeout: 20_000 });
  });

  it('bundles without Node, DOM, Apps Script or Workers globals', () => {
    expect(
      vm.runInContext('typeof console + typeof process + typeof Buffer + typeof TextEncoder', context),
    ).toBe('undefinedundefinedundefinedundefined');
    expect(bundle).not.toMatch(
      /\brequire\(|\bprocess\.env\b|\bBuffer\.|new TextEncoder\b|\bwindow\.\w|\bdocument\.create/,
    );
    expect(inBareContext('Object.keys(Art30Shared).length')).toBeGreaterThan(5);
  });

  it('parses every corpus phrase to the same rule, explanation and description as in Node', () => {
    const texts = corpus.phrases.map((p) => p.text);
    const inside = inBareContext(
      `${JSON.stringify(texts)}.map((t) => { const p = Art30Shared.retentionParse.parseRetention(t); return [p, Art30Shared.retentionDescribe.describeRetention(p.rule, 'da'), Art30Shared.retentionDescribe.describeRetention(p.rule, 'en')]; })`,
    );
    const outside = texts.map((t) => {
      const p = parseRetention(t);
      return [p, describeRetention(p.rule, 'da'), describeRetention(p.rule, 'en')];
    });
    expect(inside).toEqual(JSON.parse(JSON.stringify(outside)));
  });

  it('computes every shared due-date vector the same as in Node', () => {
    const inside = inBareContext(
      `${JSON.stringify(vectors.vectors)}.map((v) => Art30Shared.retentionDueDate.dueDate(v.rule, v.events, { fiscalYearEnd: v.fiscalYearEnd }))`,
    );
    const outside = vectors.vectors.map((v) =>
      dueDate(v.rule as never, v.events as never, { fiscalYearEnd: v.fiscalYearEnd }),
    );
    expect(inside).toEqual(outside);
    expect(outside).toEqual(vectors.vectors.map((v) => v.due));
  });

  it('computes the first day a floor rule may be deleted the same as in Node, for every vector that has one', () => {
    const floors = vectors.vectors.filter((v) => 'mayDeleteFrom' in v);
    expect(floors.length).toBeGreaterThan(0);
    const inside = inBareContext(
      `${JSON.stringify(floors)}.map((v) => Art30Shared.retentionDueDate.floorDate(v.rule, v.events, { fiscalYearEnd: v.fiscalYearEnd }))`,
    );
    const outside = floors.map((v) =>
      floorDate(v.rule as never, v.events as never, { fiscalYearEnd: v.fiscalYearEnd }),
    );
    expect(inside).toEqual(outside);
    expect(outside).toEqual(floors.map((v) => (v as { mayDeleteFrom?: string | null }).mayDeleteFrom));
  });

  it('evaluates a register and tells the date in a time zone the same as in Node', () => {
    const inside = inBareContext(
      `Art30Shared.retentionHoldings.evaluateRegister(${JSON.stringify(sampleRegister)}, { today: '2025-09-10' })`,
    );
    expect(inside).toEqual(
      JSON.parse(JSON.stringify(evaluateRegister(sampleRegister, { today: '2025-09-10' }))),
    );
    const instant = Date.UTC(2025, 2, 29, 23, 30);
    expect(inBareContext(`Art30Shared.calendar.todayInTimeZone('Europe/Copenhagen', ${instant})`)).toBe(
      todayInTimeZone('Europe/Copenhagen', instant),
    );
  });

  it('verifies the worker Ed25519 signature of a deletion entry with no platform crypto', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const key = publicKey.export({ format: 'jwk' }).x!;
    const content = 'art30-deletion-signed-v2\n2:h1,5:email';
    const good = `ed25519:${sign(null, Buffer.from(content, 'utf8'), privateKey).toString('base64url')}`;
    const check = (c: string) =>
      inBareContext(
        `Art30Shared.registerDeletionEvidence.verifyWorkerSignature(${JSON.stringify(c)}, ${JSON.stringify(good)}, ${JSON.stringify(key)})`,
      );
    expect(check(content)).toBe(true);
    expect(check(`${content}x`)).toBe(false);
  });
});
