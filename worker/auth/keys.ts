// Register keys: 32 random bytes handed out once (base64url) at enrolment or key rotation and
// kept at rest only wrapped, with AES-GCM under a versioned key-encryption key (KEK). Each
// wrapped key records the KEK version that wrapped it; configuration holds every KEK still in
// use and names the current one, which wraps new keys and which POST /admin/kek/rewrap moves
// every key to. The register id is the additional authenticated data, so a ciphertext copied
// onto another register's row does not decrypt.

import { base64urlDecode, base64urlEncode, REGISTER_KEY_BYTES } from '../../shared/sync/signing.ts';
import type { Env } from '../env.ts';

const encoder = new TextEncoder();

export interface WrappedKey {
  ciphertext: string;
  iv: string;
  /** The KEK version that wrapped it. */
  kekVersion: number;
}

/** The KEKs of this deployment by version, and the version that wraps new keys. */
export interface KeyRing {
  current: number;
  versions: ReadonlyMap<number, string>;
}

type KekConfig = Pick<Env, 'KEY_ENCRYPTION_KEY' | 'KEY_ENCRYPTION_KEYS' | 'KEK_CURRENT_VERSION'>;

const KEK_ENTRY = /^(\d{1,6}):([A-Za-z0-9_-]+)$/;

function configError(detail: string): Error {
  return new Error(`Key-encryption keys: ${detail} (see wrangler.toml, "Secrets")`);
}

/**
 * The key ring from configuration: KEY_ENCRYPTION_KEYS ("2:<base64url>,1:<base64url>", comma or
 * space separated) and the older single KEY_ENCRYPTION_KEY, which is version 1. The current
 * version is KEK_CURRENT_VERSION, else the highest configured. A mistake fails loudly.
 */
export function keyRing(env: KekConfig): KeyRing {
  const versions = new Map<number, string>();
  if (env.KEY_ENCRYPTION_KEY) versions.set(1, env.KEY_ENCRYPTION_KEY);
  for (const entry of (env.KEY_ENCRYPTION_KEYS ?? '').split(/[\s,]+/).filter(Boolean)) {
    const match = KEK_ENTRY.exec(entry);
    if (!match) throw configError('each entry of KEY_ENCRYPTION_KEYS must be <version>:<32 bytes base64url>');
    const version = Number(match[1]);
    if (version < 1) throw configError('versions start at 1');
    if (versions.has(version) && versions.get(version) !== match[2]) {
      throw configError(`version ${version} is configured twice with different keys`);
    }
    versions.set(version, match[2]);
  }
  if (versions.size === 0) throw configError('none configured');
  const current = env.KEK_CURRENT_VERSION ? Number(env.KEK_CURRENT_VERSION) : Math.max(...versions.keys());
  if (!versions.has(current))
    throw configError(`KEK_CURRENT_VERSION ${env.KEK_CURRENT_VERSION} is not configured`);
  return { current, versions };
}

async function kekOf(ring: KeyRing, version: number): Promise<CryptoKey | null> {
  const secret = ring.versions.get(version);
  if (secret === undefined) return null;
  const bytes = base64urlDecode(secret);
  if (bytes?.length !== 32) throw configError(`version ${version} must be 32 bytes, base64url-encoded`);
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export function newRegisterKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(REGISTER_KEY_BYTES));
}

/** A register id: "reg_" and 128 random bits. */
export function newRegisterId(): string {
  return `reg_${base64urlEncode(crypto.getRandomValues(new Uint8Array(16)))}`;
}

/** Wraps `key` for `registerId` under the ring's current KEK. */
export async function wrapRegisterKey(
  ring: KeyRing,
  registerId: string,
  key: Uint8Array,
): Promise<WrappedKey> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const kek = (await kekOf(ring, ring.current))!;
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(registerId) },
    kek,
    key,
  );
  return {
    ciphertext: base64urlEncode(new Uint8Array(sealed)),
    iv: base64urlEncode(iv),
    kekVersion: ring.current,
  };
}

/** The register key, or null when the ciphertext does not belong to this register, or its
 * KEK version is no longer configured. */
export async function unwrapRegisterKey(
  ring: KeyRing,
  registerId: string,
  sealed: WrappedKey,
): Promise<Uint8Array | null> {
  const ciphertext = base64urlDecode(sealed.ciphertext);
  const iv = base64urlDecode(sealed.iv);
  const kek = await kekOf(ring, sealed.kekVersion);
  if (!ciphertext || !iv || !kek) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(registerId) },
      kek,
      ciphertext,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
