import { z } from 'zod';
import { fromBase64, toBase64 } from '../sync/base64';
import { decryptBytes, deriveKeys, encryptBytes, randomBytes, sameBytes } from '../sync/crypto';
import { IV_BYTES, KDF_ITERATIONS, KDF_MAX_ITERATIONS, KDF_MIN_ITERATIONS, SALT_BYTES } from '../sync/limits';
import { DATA_KEY_BYTES } from './keys';

/**
 * The vault: the data key wrapped by the passphrase, stored in the clear settings table. The
 * passphrase goes through the export file's KDF (core/sync/crypto.ts: PBKDF2-SHA256, 600,000
 * iterations, random salt → HKDF → AES-256-GCM key + check value). The check value tells a wrong
 * passphrase from a damaged vault; both cost a guesser the full PBKDF2.
 */
export const lockVault = z.strictObject({
  v: z.literal(1),
  salt: z.string().max(64),
  iterations: z.number().int().min(KDF_MIN_ITERATIONS).max(KDF_MAX_ITERATIONS),
  check: z.string().max(64),
  iv: z.string().max(64),
  wrapped: z.string().max(128),
});
export type LockVault = z.output<typeof lockVault>;

const AAD = new TextEncoder().encode('carefill-lock/v1/vault');

/** Wraps `dataKey` under `passphrase` with a fresh salt and IV. */
export async function wrapDataKey(passphrase: string, dataKey: Uint8Array): Promise<LockVault> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const { key, check } = await deriveKeys(passphrase, salt, KDF_ITERATIONS);
  const wrapped = await encryptBytes(key, iv, dataKey, AAD);
  return { v: 1, salt: toBase64(salt), iterations: KDF_ITERATIONS, check: toBase64(check), iv: toBase64(iv), wrapped: toBase64(wrapped) };
}

export type UnwrapResult = { ok: true; dataKey: Uint8Array } | { ok: false; reason: 'wrong-passphrase' | 'damaged' };

/** The data key, or why not: a wrong passphrase, or a vault that does not decrypt. */
export async function unwrapDataKey(passphrase: string, raw: unknown): Promise<UnwrapResult> {
  const parsed = lockVault.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  const vault = parsed.data;
  const salt = fromBase64(vault.salt);
  const check = fromBase64(vault.check);
  const iv = fromBase64(vault.iv);
  const wrapped = fromBase64(vault.wrapped);
  if (!salt || !check || !iv || !wrapped) return { ok: false, reason: 'damaged' };
  const derived = await deriveKeys(passphrase, salt, vault.iterations);
  if (!sameBytes(derived.check, check)) return { ok: false, reason: 'wrong-passphrase' };
  const dataKey = await decryptBytes(derived.key, iv, wrapped, AAD);
  if (!dataKey || dataKey.length !== DATA_KEY_BYTES) return { ok: false, reason: 'damaged' };
  return { ok: true, dataKey };
}
