// /v1/registers: enrolment, snapshot upload, key rotation, status and unenrolment. Everything under /:id is
// signed (auth/signature.ts); the handlers stay inline so their path parameters stay typed.

import { Hono } from 'hono';
import type { EnrolReply, KeyReply, SnapshotReply, UnenrolReply } from '../../shared/sync/api.ts';
import { checkSyncPayload } from '../../shared/sync/check.ts';
import { base64urlEncode } from '../../shared/sync/signing.ts';
import { gunzipCapped, readBodyCapped } from '../auth/body.ts';
import { bearerToken, isEnrolmentToken } from '../auth/enrolment.ts';
import { keyRing, newRegisterId, newRegisterKey, wrapRegisterKey } from '../auth/keys.ts';
import { MAX_BODY_BYTES, sha256Hex, signedRequest } from '../auth/signature.ts';
import type { SignedAppEnv } from '../env.ts';
import { checkRegisterSize, registerLimits } from '../store/registerSize.ts';
import { deleteRegister, insertRegister, replaceWrappedKey, wrappedKeyOf } from '../store/registers.ts';
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

registers.post('/', async (c) => {
  const token = bearerToken(c.req.header('authorization'));
  if (!token) {
    throw new Problem(
      'enrolmentTokenMissing',
      'Enrolment needs the header "Authorization: Bearer <enrolment token>".',
    );
  }
  if (!(await isEnrolmentToken(token, c.env.ENROLMENT_TOKEN))) {
    throw new Problem(
      'enrolmentTokenInvalid',
      'The enrolment token is not the one this server was set up with.',
    );
  }
  const json = parseJson(await readBodyCapped(c.req.raw, MAX_ENROLMENT_BODY_BYTES));
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
  const registerId = newRegisterId();
  const key = newRegisterKey();
  const sealed = await wrapRegisterKey(keyRing(c.env), registerId, key);
  await insertRegister(
    c.get('db'),
    {
      id: registerId,
      spreadsheetId,
      keyCiphertext: sealed.ciphertext,
      keyIv: sealed.iv,
      kekVersion: sealed.kekVersion,
    },
    new Date().toISOString(),
  );
  // The key is shown this once; only its ciphertext is kept.
  return c.json({ registerId, key: base64urlEncode(key) } satisfies EnrolReply, 201, {
    'cache-control': 'no-store',
  });
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

registers.delete('/:id', async (c) => {
  await deleteRegister(c.get('db'), c.get('register').id);
  return c.json({ registerId: c.get('register').id, deleted: true } satisfies UnenrolReply);
});
