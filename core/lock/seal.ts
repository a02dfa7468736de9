import { fromBase64, toBase64 } from '../sync/base64';
import { decryptBytes, encryptBytes, randomBytes } from '../sync/crypto';
import { IV_BYTES } from '../sync/limits';
import type { LockKeys } from './keys';

/**
 * Sealing: the sensitive fields of one record become one AES-256-GCM ciphertext with a random IV,
 * bound (as additional data) to the table and the record id, so a sealed value copied onto another
 * record does not open. Hashing: an exact-match keyed hash (HMAC-SHA256, 128 bits kept) of a term.
 */

const SEALED_PREFIX = 'L1.';
const HASH_PREFIX = 'H1.';
const HASH_BYTES = 16;
const enc = new TextEncoder();
const dec = new TextDecoder();

/** True for a value sealSensitive wrote. */
export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/** True for a term hashTerm wrote. */
export function isHashedTerm(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(HASH_PREFIX);
}

function binding(table: string, id: string): Uint8Array {
  return enc.encode(`carefill-lock/v1/${table}/${id}`);
}

/** Seals a JSON value for record `id` of `table`. */
export async function sealValue(keys: LockKeys, table: string, id: string, value: unknown): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const ct = await encryptBytes(keys.seal, iv, enc.encode(JSON.stringify(value)), binding(table, id));
  const out = new Uint8Array(iv.length + ct.length);
  out.set(iv);
  out.set(ct, iv.length);
  return SEALED_PREFIX + toBase64(out);
}

/** The value sealed for record `id` of `table`, or undefined when it does not open (other key, other record, damaged). */
export async function openValue(keys: LockKeys, table: string, id: string, sealed: string): Promise<unknown> {
  if (!isSealed(sealed)) return undefined;
  const bytes = fromBase64(sealed.slice(SEALED_PREFIX.length));
  if (!bytes || bytes.length <= IV_BYTES) return undefined;
  const plain = await decryptBytes(keys.seal, bytes.subarray(0, IV_BYTES), bytes.subarray(IV_BYTES), binding(table, id));
  if (!plain) return undefined;
  try {
    return JSON.parse(dec.decode(plain)) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether a hashed term stands for the whole value (`=`) or for a prefix of it (`^`). */
export type TermKind = '=' | '^';

/**
 * The keyed hash of a search term. The index name and the kind are hashed in, so a phone's hash
 * never equals an ID number's, and "starts with 1381" never equals "is 1381".
 */
export function hashTerm(keys: LockKeys, index: string, kind: TermKind, term: string): string {
  const mac = keys.hash(enc.encode(`${index}\u0000${kind}\u0000${term}`));
  return HASH_PREFIX + toBase64(mac.subarray(0, HASH_BYTES));
}
