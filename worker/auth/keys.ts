// Register keys: 32 random bytes handed out once (base64url) at enrolment and kept at rest
// only encrypted, with AES-GCM under the deployment's KEY_ENCRYPTION_KEY. The register id is
// the additional authenticated data, so a ciphertext copied onto another register's row
// does not decrypt.

import { base64urlDecode, base64urlEncode, REGISTER_KEY_BYTES } from '../../shared/sync/signing.ts';

const encoder = new TextEncoder();

export interface EncryptedKey {
  ciphertext: string;
  iv: string;
}

async function keyEncryptionKey(secret: string): Promise<CryptoKey> {
  const bytes = base64urlDecode(secret ?? '');
  if (bytes?.length !== 32) {
    throw new Error('KEY_ENCRYPTION_KEY must be 32 bytes, base64url-encoded (see wrangler.toml)');
  }
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export function newRegisterKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(REGISTER_KEY_BYTES));
}

/** A register id: "reg_" and 128 random bits. */
export function newRegisterId(): string {
  return `reg_${base64urlEncode(crypto.getRandomValues(new Uint8Array(16)))}`;
}

export async function encryptRegisterKey(
  secret: string,
  registerId: string,
  key: Uint8Array,
): Promise<EncryptedKey> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(registerId) },
    await keyEncryptionKey(secret),
    key,
  );
  return { ciphertext: base64urlEncode(new Uint8Array(sealed)), iv: base64urlEncode(iv) };
}

/** The register key, or null when the ciphertext does not belong to this register or key. */
export async function decryptRegisterKey(
  secret: string,
  registerId: string,
  sealed: EncryptedKey,
): Promise<Uint8Array | null> {
  const ciphertext = base64urlDecode(sealed.ciphertext);
  const iv = base64urlDecode(sealed.iv);
  if (!ciphertext || !iv) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(registerId) },
      await keyEncryptionKey(secret),
      ciphertext,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
