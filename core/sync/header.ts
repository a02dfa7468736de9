import { z } from 'zod';
import { recordMeta } from '../model/record';
import { canonicalJson } from './canonical';
import { EXPORT_SCOPES, RECORD_KINDS, type RecordKind } from './kinds';
import { IV_BYTES, KDF_MAX_ITERATIONS, KDF_MIN_ITERATIONS, KEY_CHECK_BYTES, SALT_BYTES } from './limits';

/** The file's format name and the newest version this code reads and writes. */
export const SYNC_FORMAT = 'carefill-sync';
export const SYNC_FORMAT_VERSION = 1;

export const KDF_NAME = 'PBKDF2-SHA256';
export const CIPHER_NAME = 'AES-256-GCM';

/** Canonical base64 of exactly `bytes` bytes. */
const base64Of = (bytes: number) =>
  z
    .string()
    .length(4 * Math.ceil(bytes / 3))
    .regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** bounded by the decoder (limits.ts MAX_RECORDS), which says "too many" rather than "bad header" */
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const counts = z.strictObject({
  ...(Object.fromEntries(RECORD_KINDS.map((k) => [k, count])) as { [K in RecordKind]: typeof count }),
  settings: z.number().int().min(0).max(1),
});

export const kdfParams = z.strictObject({
  name: z.literal(KDF_NAME),
  iterations: z.number().int().min(KDF_MIN_ITERATIONS).max(KDF_MAX_ITERATIONS),
  salt: base64Of(SALT_BYTES),
});

const encryption = z.strictObject({
  kdf: kdfParams,
  cipher: z.strictObject({ name: z.literal(CIPHER_NAME), iv: base64Of(IV_BYTES) }),
  /** the content is gzip-compressed before it is encrypted */
  compression: z.literal('gzip'),
  /** derived from the key (crypto.ts): tells a wrong passphrase from a damaged file */
  keyCheck: base64Of(KEY_CHECK_BYTES),
});

/**
 * The header: everything in the file but the content. For an encrypted file it is bound to the
 * ciphertext as AES-GCM additional data (`headerBytes`), so no field of it can be changed.
 */
export const syncHeader = z.strictObject({
  format: z.literal(SYNC_FORMAT),
  formatVersion: z.literal(SYNC_FORMAT_VERSION),
  /** the CareFill version that wrote the file */
  appVersion: z.string().min(1).max(30).regex(/^[0-9A-Za-z.+-]+$/),
  /** epoch milliseconds on the exporting device's clock */
  exportedAt: z.number().int().nonnegative(),
  /** the exporting browser profile (storage/sync-device.ts) */
  deviceId: recordMeta.id,
  scope: z.enum(EXPORT_SCOPES),
  counts,
  /** the last file the exporting device imported from each other device (merge.ts: conflicts) */
  seen: z.array(z.strictObject({ deviceId: recordMeta.id, exportedAt: z.number().int().nonnegative() })).max(100),
  /** null for a plain (unencrypted) export */
  encryption: encryption.nullable(),
});
export type SyncHeader = z.output<typeof syncHeader>;
export type SyncCounts = SyncHeader['counts'];
export type SeenMark = SyncHeader['seen'][number];

/** The header's canonical UTF-8 bytes: the additional data of the AES-GCM encryption. */
export function headerBytes(header: SyncHeader): Uint8Array {
  return new TextEncoder().encode(canonicalJson(header));
}
