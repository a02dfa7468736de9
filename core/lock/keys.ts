/**
 * The Lock's keys. A random 256-bit data key protects the database; the passphrase only wraps it
 * (vault.ts), so changing the passphrase re-wraps 32 bytes instead of re-encrypting the ledger.
 * From the data key, HKDF-SHA256 derives two independent keys: AES-256-GCM for sealed values and
 * HMAC-SHA256 for the keyed hashes that keep exact lookups (ID number, phone digits) working.
 * WebCrypto only: the same code runs in the service worker and in Node tests.
 */

const enc = new TextEncoder();
const INFO_SEAL = enc.encode('carefill-lock/v1/aes-256-gcm');
const INFO_HASH = enc.encode('carefill-lock/v1/hmac-sha256');

export const DATA_KEY_BYTES = 32;

/** The working keys while the database is unlocked (never stored; rebuilt from the data key). */
export interface LockKeys {
  seal: CryptoKey;
  hash: CryptoKey;
}

/** A fresh random data key. */
export function newDataKey(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
}

/** Derives the sealing and hashing keys from the raw data key (both non-extractable). */
export async function keysFromDataKey(dataKey: Uint8Array): Promise<LockKeys> {
  if (dataKey.length !== DATA_KEY_BYTES) throw new RangeError('data key has the wrong length');
  const subtle = globalThis.crypto.subtle;
  const hkdf = await subtle.importKey('raw', dataKey as BufferSource, 'HKDF', false, ['deriveKey']);
  const noSalt = new Uint8Array(0);
  const seal = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: INFO_SEAL },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const hash = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: INFO_HASH },
    hkdf,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { seal, hash };
}
