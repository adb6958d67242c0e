// /v1/registers: enrolment (who may enrol: auth/enrolment.ts; one register per owner and
// spreadsheet, within the owner's caps), snapshot upload, key rotation, status, the addresses'
// states (issue 15) and unenrolment. Everything under /:id is signed (auth/signature.ts); the
// handlers stay inline so their path parameters stay typed.

import { type Context, Hono } from 'hono';
import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type {
  EnrolReply,
  KeyReply,
  RecipientsReply,
  SnapshotReply,
  UnenrolReply,
} from '../../shared/sync/api.ts';
import { checkSyncPayload } from '../../shared/sync/check.ts';
import { base64urlEncode } from '../../shared/sync/signing.ts';
import { gunzipCapped, readBodyCapped } from '../auth/body.ts';
import { whoEnrols } from '../auth/enrolment.ts';
import { keyRing, newRegisterId, newRegisterKey, wrapRegisterKey } from '../auth/keys.ts';
import { recipientRefusals } from '../auth/recipientDomains.ts';
import {
  hasSignatureHeaders,
  MAX_BODY_BYTES,
  readSignatureHeaders,
  sha256Hex,
  signedRequest,
  verifyRegisterSignature,
} from '../auth/signature.ts';
import type { SignedAppEnv } from '../env.ts';
import { loadRecipients } from '../recipients/store.ts';
import { countEnrolment } from '../store/enrolmentCounts.ts';
import { checkRegisterSize, registerLimits } from '../store/registerSize.ts';
import {
  deleteRegister,
  enrolOwnedRegister,
  findOwnedRegister,
  replaceWrappedKey,
  wrappedKeyOf,
} from '../store/registers.ts';
import { writeSnapshot } from '../store/snapshot.ts';
import { registerStatus } from '../store/status.ts';
import { Problem } from './problem.ts';

const SPREADSHEET_ID = /^[A-Za-z0-9_-]{1,128}$/;
const MAX_ENROLMENT_BODY_BYTES = 4096;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw new Problem('bodyNotJson', 'The body must be UTF-8 encoded JSON.');
  }
}

export const registers = new Hono<SignedAppEnv>();

/** The enrolment body: {"spreadsheetId": "…"} and nothing else. */
function spreadsheetIdOf(json: unknown): string {
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  const spreadsheetId = isObject ? (json as { spreadsheetId?: unknown }).spreadsheetId : undefined;
  if (
    !isObject ||
    Object.keys(json).length !== 1 ||
    typeof spreadsheetId !== 'string' ||
    !SPREADSHEET_ID.test(spreadsheetId)
  ) {
    throw new Problem(
      'payloadInvalid',
      'The body must be {"spreadsheetId": "<the spreadsheet id>"} and nothing else.',
    );
  }
  return spreadsheetId;
}

/**
 * The register this enrolment replaces: none when the pair (owner, spreadsheet) is new; the
 * existing one only when the request is signed with its key. Anything else is refused, so
 * nobody can take over or block a register by enrolling its spreadsheet again.
 */
async function replacedRegister(
  c: Context<SignedAppEnv>,
  owner: string,
  spreadsheetId: string,
  body: Uint8Array,
): Promise<string | null> {
  const db = c.get('db');
  const existing = await findOwnedRegister(db, owner, spreadsheetId);
  if (!existing) return null;
  const header = (name: string) => c.req.header(name);
  if (!hasSignatureHeaders(header)) {
    throw new Problem(
      'alreadyEnrolled',
      'This account already enrolled this spreadsheet. To replace that register, sign the enrolment with ' +
        'its key; without the key, ask the operator to remove the register first.',
      { registerId: existing.id },
    );
  }
  const request = { method: 'POST', path: new URL(c.req.url).pathname, body };
  await verifyRegisterSignature(db, keyRing(c.env), existing, request, readSignatureHeaders(header));
  return existing.id;
}

registers.post('/', async (c) => {
  const db = c.get('db');
  const enrollee = await whoEnrols((name) => c.req.header(name), c.env, db);
  const body = await readBodyCapped(c.req.raw, MAX_ENROLMENT_BODY_BYTES);
  const spreadsheetId = spreadsheetIdOf(parseJson(body));
  const replaces = await replacedRegister(c, enrollee.owner, spreadsheetId, body);
  if (!(await countEnrolment(db, enrollee.owner, enrollee.maxEnrolmentsPerDay, Date.now()))) {
    throw new Problem(
      'enrolmentLimitReached',
      `At most ${enrollee.maxEnrolmentsPerDay} enrolments a day are accepted from one account or token. Try again tomorrow.`,
    );
  }
  const registerId = newRegisterId();
  const key = newRegisterKey();
  const sealed = await wrapRegisterKey(keyRing(c.env), registerId, key);
  const register = {
    id: registerId,
    spreadsheetId,
    keyCiphertext: sealed.ciphertext,
    keyIv: sealed.iv,
    kekVersion: sealed.kekVersion,
    owner: enrollee.owner,
    ownerEmail: enrollee.ownerEmail,
  };
  const created = await enrolOwnedRegister(
    db,
    register,
    enrollee.maxRegisters,
    new Date().toISOString(),
    replaces,
  ).catch((error: unknown) => {
    // Two enrolments of the same new pair raced: the other one won.
    if (String(error).includes('UNIQUE'))
      throw new Problem('alreadyEnrolled', 'This account already enrolled this spreadsheet.');
    throw error;
  });
  if (!created) {
    throw new Problem(
      'registerLimitReached',
      `One account or token may hold at most ${enrollee.maxRegisters} registers. Disconnect one, or ask the operator.`,
    );
  }
  const reply: EnrolReply = {
    registerId,
    key: base64urlEncode(key),
    ...(replaces ? { replaced: replaces } : {}),
  };
  // The key is shown this once; only its ciphertext is kept.
  return c.json(reply, 201, { 'cache-control': 'no-store' });
});

// One pattern covers both /:id and /:id/... (Hono's wildcard also matches the bare path).
registers.use('/:id/*', signedRequest());

registers.put('/:id/snapshot', async (c) => {
  const register = c.get('register');
  const encoding = (c.req.header('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') {
    throw new Problem(
      'unsupportedEncoding',
      `Content-Encoding "${encoding}" is not supported; send gzip or nothing.`,
    );
  }
  const bytes = encoding === 'gzip' ? gunzipCapped(c.get('body'), MAX_BODY_BYTES) : c.get('body');
  const checked = checkSyncPayload(parseJson(bytes), Date.now());
  if (!checked.ok && checked.unsupportedVersion) {
    throw new Problem('payloadVersionUnsupported', checked.errors[0], { errors: checked.errors });
  }
  if (!checked.ok) {
    throw new Problem(
      'payloadInvalid',
      `The snapshot has ${checked.errors.length} problem(s): ${checked.errors[0]}`,
      {
        errors: checked.errors,
      },
    );
  }
  const payload = checked.payload;
  checkRegisterSize(payload, registerLimits(c.env));
  if (payload.register.spreadsheetId !== register.spreadsheetId) {
    throw new Problem(
      'spreadsheetMismatch',
      'This register was enrolled for another spreadsheet. A copied spreadsheet must enrol on its own.',
    );
  }
  const outside = await recipientRefusals(c.get('db'), register, payload);
  if (outside.length > 0) {
    throw new Problem(
      'recipientDomainNotAllowed',
      `The snapshot names ${outside.length} address(es) outside the organisation's allowed domains: ${outside[0]}`,
      { errors: outside },
    );
  }
  // Idempotency compares the SHA-256 of the decompressed JSON, whatever the transfer encoding.
  const hash = await sha256Hex(bytes);
  const outcome = await writeSnapshot(c.get('db'), register.id, payload, hash, Date.now());
  switch (outcome.kind) {
    case 'written':
    case 'unchanged':
      return c.json({
        registerId: register.id,
        version: outcome.version,
        result: outcome.kind,
        counts: outcome.counts,
      } satisfies SnapshotReply);
    case 'conflict':
      throw new Problem(
        'versionConflict',
        `The server holds version ${outcome.storedVersion} with other content; a snapshot must have a larger version.`,
        { storedVersion: outcome.storedVersion },
      );
    case 'inProgress':
      throw new Problem(
        'snapshotInProgress',
        `Version ${outcome.version} is being written by another request. Try again shortly.`,
      );
    case 'notFound':
      throw new Problem('registerNotFound', 'The register was deleted while the snapshot was being written.');
  }
});

// Key rotation: signed with the current key, answered with a new one. The swap only happens
// if the key that signed is still the stored one, so the old key stops working at once and
// of two rotations racing with the same old key exactly one wins.
registers.post('/:id/key', async (c) => {
  const register = c.get('register');
  const key = newRegisterKey();
  const next = await wrapRegisterKey(keyRing(c.env), register.id, key);
  if (!(await replaceWrappedKey(c.get('db'), register.id, wrappedKeyOf(register), next))) {
    throw new Problem(
      'keyChanged',
      'The key was changed by another request (or the register was deleted) while this one ran. ' +
        'Nothing was changed by this request.',
    );
  }
  return c.json({ registerId: register.id, key: base64urlEncode(key) } satisfies KeyReply, 200, {
    'cache-control': 'no-store',
  });
});

registers.get('/:id/status', async (c) => {
  return c.json(await registerStatus(c.get('db'), c.get('register').id, Date.now()));
});

registers.get('/:id/recipients', async (c) => {
  const id = c.get('register').id;
  const db = c.get('db');
  const [stored, zone] = await Promise.all([
    loadRecipients(db, id),
    db.prepare('SELECT time_zone FROM registers WHERE id = ?').bind(id).first<{ time_zone: string | null }>(),
  ]);
  const timeZone = zone?.time_zone ?? DEFAULT_TIME_ZONE;
  const recipients = stored.map((r) => ({
    address: r.address,
    state: r.state,
    since: r.state === 'waiting' ? r.firstSeen : todayInTimeZone(timeZone, Date.parse(r.changedAt)),
  }));
  return c.json({ registerId: id, recipients } satisfies RecipientsReply, 200, {
    'cache-control': 'no-store',
  });
});

registers.delete('/:id', async (c) => {
  await deleteRegister(c.get('db'), c.get('register').id);
  return c.json({ registerId: c.get('register').id, deleted: true } satisfies UnenrolReply);
});
