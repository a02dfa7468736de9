import type { RecordKind } from './kinds';

/**
 * Why a file was refused. Each reason has its own message (public/_locales, `err_sync_*`), so the
 * person learns whether to retype the passphrase, export again, or upgrade CareFill.
 */
export const SYNC_ERROR_KEYS = {
  'too-large': 'err_sync_too_large',
  empty: 'err_sync_empty',
  'not-carefill': 'err_sync_not_carefill',
  truncated: 'err_sync_truncated',
  'newer-version': 'err_sync_newer_version',
  'header-invalid': 'err_sync_header_invalid',
  'kdf-bounds': 'err_sync_kdf_bounds',
  'passphrase-required': 'err_sync_passphrase_required',
  'wrong-passphrase': 'err_sync_wrong_passphrase',
  tampered: 'err_sync_tampered',
  damaged: 'err_sync_damaged',
  'forbidden-key': 'err_sync_forbidden_key',
  'invalid-content': 'err_sync_invalid_content',
  'too-many': 'err_sync_too_many',
  'duplicate-id': 'err_sync_duplicate_id',
  'counts-mismatch': 'err_sync_counts_mismatch',
  'invalid-record': 'err_sync_invalid_record',
  'storage-full': 'err_sync_storage_full',
  'write-failed': 'err_sync_write_failed',
} as const;
export type SyncErrorCode = keyof typeof SYNC_ERROR_KEYS;

/** One invalid field of one record: which kind, which record (1-based position and id), which field, why. */
export interface RecordProblem {
  kind: RecordKind | 'settings';
  /** 1-based position of the record in its list */
  index: number;
  id?: string;
  /** dotted field path inside the record ('' for the record itself) */
  path: string;
  /** i18n key of the reason (the record schemas' `err_*` keys) */
  key: string;
}

export interface SyncFailure {
  code: SyncErrorCode;
  /** i18n key of the message */
  key: string;
  /** substitutions for the message ($1, $2 ...) */
  subs?: string[];
  /** for invalid records: the first problems found */
  problems?: RecordProblem[];
}

/** A failure with its message key. */
export function syncFailure(code: SyncErrorCode, subs?: (string | number)[], problems?: RecordProblem[]): SyncFailure {
  return {
    code,
    key: SYNC_ERROR_KEYS[code],
    ...(subs ? { subs: subs.map(String) } : {}),
    ...(problems ? { problems } : {}),
  };
}

export type SyncResult<T> = { ok: true; value: T } | { ok: false; error: SyncFailure };

export const ok = <T>(value: T): SyncResult<T> => ({ ok: true, value });
export const fail = <T = never>(code: SyncErrorCode, subs?: (string | number)[], problems?: RecordProblem[]): SyncResult<T> => ({
  ok: false,
  error: syncFailure(code, subs, problems),
});
