// The Deletion log's anchor outside the sheet: each sync reports the log's entry count and
// latest hash; the worker keeps the heads it saw and reports a shrunk or rewritten log, to the
// add-on in the reply and to the register's admin in the next notice.

import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { EvidenceReply } from '../../shared/sync/api.ts';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import { confirmAddresses, jobEnv, RecordingSender } from '../../test/worker/fixtures.ts';
import { runRegister } from '../job/consumer.ts';
import { namedAddresses } from '../recipients/book.ts';
import { call, type Enrolment, enrol, putSnapshot, signed } from '../test/client.ts';

const H = (c: string) => c.repeat(64);
let sheet = 0;

const report = (reg: Enrolment, entries: number, head: string) =>
  signed('POST', `/v1/registers/${reg.registerId}/evidence`, reg, {
    body: JSON.stringify({ entries, head }),
  });

describe('POST /v1/registers/:id/evidence', () => {
  it('keeps each head, reports nothing while the log only grows, and hands out the key to pin', async () => {
    const reg = await enrol(`evidence-${++sheet}`);
    await report(reg, 2, H('a'));
    const reply = (await (await report(reg, 3, H('b'))).json()) as EvidenceReply;
    expect(reply.alerts).toEqual([]);
    expect(reply.heads.map((h) => [h.count, h.hash])).toEqual([
      [3, H('b')],
      [2, H('a')],
    ]);
    const served = (await (await call('/.well-known/art30-signing-key')).json()) as { publicKey: string };
    expect(reply.signingKey).toBe(served.publicKey);
    expect(served.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('reports a shrunk log, and an emptied one', async () => {
    const reg = await enrol(`evidence-${++sheet}`);
    await report(reg, 4, H('c'));
    const reply = (await (await report(reg, 0, '')).json()) as EvidenceReply;
    expect(reply.alerts).toMatchObject([{ kind: 'shrunk', entryCount: 0, seenCount: 4 }]);
    // The heads seen stay the evidence: an emptied log does not become a new anchor.
    expect(reply.heads.map((h) => h.count)).toEqual([4]);
  });

  it('reports a rewritten log: the same count with another head', async () => {
    const reg = await enrol(`evidence-${++sheet}`);
    await report(reg, 2, H('d'));
    const reply = (await (await report(reg, 2, H('e'))).json()) as EvidenceReply;
    expect(reply.alerts).toMatchObject([{ kind: 'rewritten', entryCount: 2, seenCount: 2 }]);
  });

  it('refuses a body that is not a count and a hash', async () => {
    const reg = await enrol(`evidence-${++sheet}`);
    const bad = await report(reg, 2, 'not-a-hash');
    expect(bad.status).toBe(422);
  });
});

describe('the admin hears about a shrunk Deletion log', () => {
  it('once, in the next notice, in the register language', async () => {
    const spreadsheetId = `evidence-${++sheet}`;
    const reg = await enrol(spreadsheetId);
    const snapshot = examplePayload({ spreadsheetId });
    expect((await putSnapshot(reg, snapshot)).status).toBe(200);
    await confirmAddresses(env.DB, reg.registerId, namedAddresses(snapshot));
    await report(reg, 5, H('f'));
    await report(reg, 3, H('0'));
    const run = (sender: RecordingSender) =>
      runRegister(jobEnv(), env.DB, reg.registerId, {
        scheduledTime: Date.now(),
        sender,
      });
    const first = new RecordingSender();
    await run(first);
    const notices = first.sent.filter((m) => m.text.includes('Sletningsbeviset er blevet kortere'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain('workeren har set 5 poster, men');
    expect(notices[0]!.text).toContain('indeholdt det 3');
    const again = new RecordingSender();
    await run(again);
    expect(again.sent.filter((m) => m.text.includes('Sletningsbeviset'))).toEqual([]);
  });
});
