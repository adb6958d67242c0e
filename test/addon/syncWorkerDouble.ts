// An in-process stand-in for the worker API for the add-on's sync tests: enrolment with a fixed
// token, snapshots verified like the worker verifies them (HMAC over the canonical string and the
// SHA-256 of the exact bytes sent) and gunzipped, key rotation (a new key; the old one stops
// verifying), a fixed status, unenrolment, and injectable
// problems (problem+json with the worker's codes) or an unreachable server.

import { createHash, createHmac, randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import {
  canonicalString,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../../shared/sync/signing.ts';
import type { SyncPayload } from '../../shared/sync/types.ts';
import type { FetchReply, FetchRequest } from './fakes/index.ts';

export const TOKEN = 'enrolment-token-for-tests';

/** An in-process stand-in for the worker API that verifies signatures like the real one. */
export class WorkerDouble {
  key = randomBytes(32);
  registerId = 'reg_double';
  snapshots: { payload: SyncPayload; gzipped: Buffer }[] = [];
  deleted = false;
  rotations = 0;
  /** The last run's cutShort in the status reply. */
  cutShort: string | null = null;
  /** When set, the next requests get this problem instead. */
  problems: { status: number; code: string; extra?: Record<string, unknown> }[] = [];
  /** What GET …/recipients answers: each address and its state (issue 15). */
  recipients: { address: string; state: string; since: string }[] = [];
  down = false;

  handle = (req: FetchRequest): FetchReply => {
    if (this.down) throw new Error('Exception: Address unavailable: connection refused');
    const problem = this.problems.shift();
    if (problem) return this.problem(problem.status, problem.code, problem.extra);
    const path = new URL(req.url).pathname;
    if (req.method === 'POST' && path === '/v1/registers') {
      if (req.headers.Authorization !== `Bearer ${TOKEN}`) return this.problem(403, 'enrolmentTokenInvalid');
      return this.json(201, { registerId: this.registerId, key: this.key.toString('base64url') });
    }
    const body = req.body ?? Buffer.alloc(0);
    const bodyHex = createHash('sha256').update(body).digest('hex');
    const canonical = canonicalString(
      req.method,
      path,
      req.headers[TIMESTAMP_HEADER],
      req.headers[NONCE_HEADER],
      bodyHex,
    );
    const expected = createHmac('sha256', this.key).update(canonical).digest('hex');
    if (expected !== req.headers[SIGNATURE_HEADER]) return this.problem(401, 'signatureInvalid');
    if (req.method === 'POST' && path === `/v1/registers/${this.registerId}/key`) {
      this.key = randomBytes(32);
      this.rotations++;
      return this.json(200, { registerId: this.registerId, key: this.key.toString('base64url') });
    }
    if (req.method === 'PUT') {
      const payload = JSON.parse(gunzipSync(body).toString('utf8')) as SyncPayload;
      this.snapshots.push({ payload, gzipped: body });
      return this.json(200, {
        registerId: this.registerId,
        version: payload.version,
        result: 'written',
        counts: {
          activities: payload.activities.length,
          dataCategories: payload.dataCategories.length,
          holdings: payload.holdings.length,
        },
      });
    }
    if (req.method === 'GET' && path.endsWith('/recipients'))
      return this.json(200, { registerId: this.registerId, recipients: this.recipients });
    if (req.method === 'GET')
      return this.json(200, {
        registerId: this.registerId,
        version: 1,
        lastSyncAt: null,
        overdue: 2,
        dueSoon: 1,
        activities: [],
        lastRun: {
          date: '2026-03-02',
          remindersSent: 3,
          remindersFailed: 0,
          failedAddresses: [],
          cutShort: this.cutShort,
        },
      });
    if (req.method === 'DELETE') {
      this.deleted = true;
      return this.json(200, { registerId: this.registerId, deleted: true });
    }
    return this.problem(404, 'notFound');
  };

  private json(status: number, value: unknown): FetchReply {
    return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
  }
  private problem(status: number, code: string, extra: Record<string, unknown> = {}): FetchReply {
    return {
      status,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({ code, status, title: code, detail: `${code} detail`, ...extra }),
    };
  }
}
