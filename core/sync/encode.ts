import { toBase64 } from './base64';
import { gzipText } from './compress';
import { deriveKeys, encryptBytes, randomBytes } from './crypto';
import { CIPHER_NAME, headerBytes, KDF_NAME, SYNC_FORMAT, SYNC_FORMAT_VERSION, type SeenMark, type SyncHeader } from './header';
import { RECORD_KINDS, type ExportScopeKind, type RecordKind, type SharedSettings, type SyncRecord } from './kinds';
import { IV_BYTES, KDF_ITERATIONS, SALT_BYTES } from './limits';
import type { SyncContent } from './content';

/** What an export holds, read from storage (storage/sync-export.ts). */
export interface SyncSnapshot {
  appVersion: string;
  deviceId: string;
  exportedAt: number;
  scope: ExportScopeKind;
  seen: SeenMark[];
  records: { [K in RecordKind]: SyncRecord[] };
  settings?: SharedSettings;
}

export type EncodeOptions =
  | { encrypt: true; passphrase: string; iterations?: number }
  | { encrypt: false };

/** Random bytes; injected by tests that need a reproducible file. */
export type RandomSource = (n: number) => Uint8Array;

/**
 * Writes an export file (docs/sync-format.md): a JSON text whose header comes first. Encrypted:
 * the content JSON is gzip-compressed, then encrypted with AES-256-GCM under a PBKDF2-derived key,
 * the canonical header as additional data; the ciphertext is base64. Plain: the content as JSON.
 */
export async function encodeSyncFile(snapshot: SyncSnapshot, options: EncodeOptions, random: RandomSource = randomBytes): Promise<string> {
  const content: SyncContent = { ...snapshot.records, ...(snapshot.settings ? { settings: snapshot.settings } : {}) };
  const counts = {
    ...(Object.fromEntries(RECORD_KINDS.map((k) => [k, snapshot.records[k].length])) as Record<RecordKind, number>),
    settings: snapshot.settings ? 1 : 0,
  };
  const base = {
    format: SYNC_FORMAT,
    formatVersion: SYNC_FORMAT_VERSION,
    appVersion: snapshot.appVersion,
    exportedAt: snapshot.exportedAt,
    deviceId: snapshot.deviceId,
    scope: snapshot.scope,
    counts,
    seen: snapshot.seen,
  } as const;
  if (!options.encrypt) {
    const header: SyncHeader = { ...base, encryption: null };
    return JSON.stringify({ ...header, content });
  }
  const salt = random(SALT_BYTES);
  const iv = random(IV_BYTES);
  const iterations = options.iterations ?? KDF_ITERATIONS;
  const plaintext = await gzipText(JSON.stringify(content));
  const { key, check } = await deriveKeys(options.passphrase, salt, iterations);
  const header: SyncHeader = {
    ...base,
    encryption: {
      kdf: { name: KDF_NAME, iterations, salt: toBase64(salt) },
      cipher: { name: CIPHER_NAME, iv: toBase64(iv) },
      compression: 'gzip',
      keyCheck: toBase64(check),
    },
  };
  const ciphertext = await encryptBytes(key, iv, plaintext, headerBytes(header));
  return JSON.stringify({ ...header, ciphertext: toBase64(ciphertext) });
}

/** A file name for an export: `carefill-ledger-20261129-1030.carefill` (`.json` when plain). */
export function syncFileName(scope: ExportScopeKind, exportedAt: number, encrypted: boolean): string {
  // the office's wall clock (UTC+8, no daylight saving)
  const d = new Date(exportedAt + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
  return `carefill-${scope}-${stamp}.${encrypted ? 'carefill' : 'json'}`;
}
