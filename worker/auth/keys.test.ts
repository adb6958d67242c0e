import { describe, expect, it } from 'vitest';
import { keyRing, unwrapRegisterKey, wrapRegisterKey } from './keys.ts';

const K1 = 'dGVzdC1rZXktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM';
const K2 = 'c2Vjb25kLWtleS1lbmNyeXB0aW9uLWtleS0zMi1ieXQ';

describe('the KEK configuration', () => {
  it('takes KEY_ENCRYPTION_KEY as version 1 and more versions from KEY_ENCRYPTION_KEYS; the highest is current', () => {
    const ring = keyRing({ KEY_ENCRYPTION_KEY: K1, KEY_ENCRYPTION_KEYS: `2:${K2}` });
    expect(ring.current).toBe(2);
    expect([...ring.versions.keys()].sort()).toEqual([1, 2]);
    expect(keyRing({ KEY_ENCRYPTION_KEYS: `1:${K1} 2:${K2}`, KEK_CURRENT_VERSION: '1' }).current).toBe(1);
  });

  it('fails loudly on a malformed entry, a version given twice with different keys, none, or an unknown current', () => {
    expect(() => keyRing({ KEY_ENCRYPTION_KEYS: K2 })).toThrow(/<version>:<32 bytes base64url>/);
    expect(() => keyRing({ KEY_ENCRYPTION_KEY: K1, KEY_ENCRYPTION_KEYS: `1:${K2}` })).toThrow(
      /version 1 is configured twice/,
    );
    expect(() => keyRing({})).toThrow(/none configured/);
    expect(() => keyRing({ KEY_ENCRYPTION_KEY: K1, KEK_CURRENT_VERSION: '3' })).toThrow(
      /KEK_CURRENT_VERSION 3/,
    );
  });

  it('wraps under the current version and unwraps by the recorded one, bound to the register id', async () => {
    const ring = keyRing({ KEY_ENCRYPTION_KEY: K1, KEY_ENCRYPTION_KEYS: `2:${K2}` });
    const key = new Uint8Array(32).fill(7);
    const wrapped = await wrapRegisterKey(ring, 'reg_a', key);
    expect(wrapped.kekVersion).toBe(2);
    expect(await unwrapRegisterKey(ring, 'reg_a', wrapped)).toEqual(key);
    expect(await unwrapRegisterKey(ring, 'reg_b', wrapped)).toBeNull();
    expect(await unwrapRegisterKey(ring, 'reg_a', { ...wrapped, kekVersion: 1 })).toBeNull();
    expect(await unwrapRegisterKey(keyRing({ KEY_ENCRYPTION_KEY: K1 }), 'reg_a', wrapped)).toBeNull();
  });
});
