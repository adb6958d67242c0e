// The worker's own Ed25519 key, which signs the Deletion log entries that come from answers to
// reminder emails. It is not the register key (every editor's add-on holds that one): only the
// worker can sign with it, and the add-on pins its public key, served at
// /.well-known/art30-signing-key, at its first sync. The private key is the Worker secret
// SIGNING_KEY (a 32-byte seed, base64url); in local mode (tests and the demo) an embedded
// development key stands in, and production without the secret refuses to sign.
// Ed25519 is @noble/curves, the same implementation the add-on verifies with.

import { ed25519 } from '@noble/curves/ed25519.js';
import { WORKER_SIGNATURE_PREFIX } from '../../shared/register/deletionEvidence.ts';
import { utf8Bytes } from '../../shared/register/deletionLog.ts';
import { base64urlDecode, base64urlEncode } from '../../shared/sync/signing.ts';
import { deploymentMode, type Env } from '../env.ts';

/** Local mode only: a fixed, public development seed. Never a production key. */
const DEV_SEED = 'YXJ0MzAtbG9jYWwtZGV2LXNpZ25pbmcta2V5LTMyYnk';

export const SIGNING_KEY_PATH = '/.well-known/art30-signing-key';

export interface WorkerKey {
  publicKey: string;
  sign(content: string): string;
}

/** The worker's key from SIGNING_KEY, or the development key in local mode. */
export function workerKey(env: Pick<Env, 'SIGNING_KEY' | 'MODE'>): WorkerKey {
  const secret = env.SIGNING_KEY || (deploymentMode(env) === 'local' ? DEV_SEED : '');
  const seed = base64urlDecode(secret);
  if (seed?.length !== 32) {
    throw new Error('SIGNING_KEY must be 32 bytes, base64url-encoded (see wrangler.toml)');
  }
  return {
    publicKey: base64urlEncode(ed25519.getPublicKey(seed)),
    sign: (content) =>
      `${WORKER_SIGNATURE_PREFIX}${base64urlEncode(ed25519.sign(Uint8Array.from(utf8Bytes(content)), seed))}`,
  };
}
