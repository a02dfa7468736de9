/**
 * The Lock's keys. A random 256-bit data key protects the database; the passphrase only wraps it
 * (vault.ts), so changing the passphrase re-wraps 32 bytes instead of re-encrypting the ledger.
 * From the data key, HKDF-SHA256 derives two independent keys: AES-256-GCM for sealed values and
 * HMAC-SHA256 for the keyed hashes that keep exact lookups (ID number, phone digits) working.
 * Sealing is WebCrypto. The keyed hashes are computed synchronously (@noble/hashes, audited): a
 * cadre has ~30 search terms to hash, and a WebCrypto call per term made enabling the Lock on
 * 2,000 cadres take 12 s; the same code runs in the service worker and in Node tests.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

const enc = new TextEncoder();
const INFO_SEAL = enc.encode('carefill-lock/v1/aes-256-gcm');
const INFO_HASH = enc.encode('carefill-lock/v1/hmac-sha256');

export const DATA_KEY_BYTES = 32;

/** The working keys while the database is unlocked (never stored; rebuilt from the data key). */
export interface LockKeys {
  seal: CryptoKey;
  /** HMAC-SHA256 of a message under the hashing key */
  hash: (message: Uint8Array) => Uint8Array;
}

/** A fresh random data key. */
export function newDataKey(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
}

/**
 * Derives the sealing key (a non-extractable CryptoKey) and the hashing key from the raw data key.
 * The hashing key's bytes are HKDF's output for INFO_HASH, exactly the key WebCrypto's deriveKey
 * made for HMAC before, so hashes stored by earlier versions still match. They live only in this
 * closure, like the data key they come from (which the session store already holds).
 */
export async function keysFromDataKey(dataKey: Uint8Array): Promise<LockKeys> {
  if (dataKey.length !== DATA_KEY_BYTES) throw new RangeError('data key has the wrong length');
  const subtle = globalThis.crypto.subtle;
  const hkdf = await subtle.importKey('raw', dataKey as BufferSource, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const noSalt = new Uint8Array(0);
  const seal = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: INFO_SEAL },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const hashKey = new Uint8Array(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: INFO_HASH }, hkdf, 256));
  // the key's inner and outer pads are hashed once; each message then costs two compressions
  const keyed = hmac.create(sha256, hashKey);
  hashKey.fill(0);
  return { seal, hash: (message) => keyed.clone().update(message).digest() };
}
