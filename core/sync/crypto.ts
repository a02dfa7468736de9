import { KDF_MAX_ITERATIONS, KDF_MIN_ITERATIONS, KEY_CHECK_BYTES } from './limits';

/**
 * The file's cryptography, with WebCrypto only (browsers and Node 20):
 * passphrase → PBKDF2-SHA256 (salt, iterations from the header) → 256-bit master secret →
 * HKDF-SHA256 → an AES-256-GCM key and a separate check value. The check value, stored in the
 * header, tells a wrong passphrase from a damaged file (GCM alone fails the same way for both);
 * it gives a guesser nothing the GCM tag would not, as both cost the full PBKDF2.
 */

const enc = new TextEncoder();
const INFO_KEY = enc.encode('carefill-sync/v1/aes-256-gcm');
const INFO_CHECK = enc.encode('carefill-sync/v1/key-check');

export interface DerivedKeys {
  key: CryptoKey;
  /** KEY_CHECK_BYTES bytes stored in the header */
  check: Uint8Array;
}

/** The same passphrase typed on another system (another IME) gives the same key. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/**
 * Derives the file key and check value. Callers bound `iterations` first (decode.ts); this
 * refuses out-of-range values too, so no code path can be made to run an unbounded KDF.
 */
export async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<DerivedKeys> {
  if (!Number.isInteger(iterations) || iterations < KDF_MIN_ITERATIONS || iterations > KDF_MAX_ITERATIONS)
    throw new RangeError('KDF iterations out of bounds');
  const subtle = globalThis.crypto.subtle;
  const pass = await subtle.importKey('raw', enc.encode(normalizePassphrase(passphrase)), 'PBKDF2', false, ['deriveBits']);
  const master = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, pass, 256);
  const hkdf = await subtle.importKey('raw', master, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const noSalt = new Uint8Array(0);
  const key = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: INFO_KEY },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const check = new Uint8Array(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: INFO_CHECK }, hkdf, KEY_CHECK_BYTES * 8));
  return { key, check };
}

export async function encryptBytes(key: CryptoKey, iv: Uint8Array, plaintext: Uint8Array, additionalData: Uint8Array): Promise<Uint8Array> {
  const params = { name: 'AES-GCM', iv: iv as BufferSource, additionalData: additionalData as BufferSource, tagLength: 128 };
  return new Uint8Array(await globalThis.crypto.subtle.encrypt(params, key, plaintext as BufferSource));
}

/** The plaintext, or null when the tag does not verify (altered ciphertext or header, or another key). */
export async function decryptBytes(key: CryptoKey, iv: Uint8Array, ciphertext: Uint8Array, additionalData: Uint8Array): Promise<Uint8Array | null> {
  try {
    const params = { name: 'AES-GCM', iv: iv as BufferSource, additionalData: additionalData as BufferSource, tagLength: 128 };
    return new Uint8Array(await globalThis.crypto.subtle.decrypt(params, key, ciphertext as BufferSource));
  } catch {
    return null;
  }
}

/** Compares two byte strings in time that depends only on their length. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
