/**
 * Bounds on what an export file may hold, checked before the work they would cause: a file comes
 * from a USB stick or a shared folder, so it may be damaged or hostile.
 */

/** A file above this is refused before it is parsed (an encrypted 20,000-cadre ledger is ~7 MB). */
export const MAX_FILE_CHARS = 40 * 1024 * 1024;

/** The decompressed content of an encrypted file may not grow beyond this many bytes (a gzip bomb stops here). */
export const MAX_CONTENT_BYTES = 256 * 1024 * 1024;

/**
 * PBKDF2-SHA256 iterations a file may ask for. We write 600,000 (OWASP, Bitwarden's default);
 * the ceiling keeps a hostile file from making the import hang (2,000,000 ≈ a second or two).
 */
export const KDF_MIN_ITERATIONS = 600_000;
export const KDF_MAX_ITERATIONS = 2_000_000;
/** what this version writes */
export const KDF_ITERATIONS = 600_000;

export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** the passphrase check value in the header (derived from the key, see crypto.ts) */
export const KEY_CHECK_BYTES = 16;

/** An export passphrase is at least this long (characters). */
export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_PASSPHRASE_LENGTH = 1024;

/** At most this many records of each kind in one file. */
export const MAX_RECORDS = {
  cadres: 100_000,
  followUps: 1_000_000,
  templates: 10_000,
  standards: 1_000,
  visits: 1_000_000,
  siteMaps: 10_000,
} as const;

/** The limits a decoder applies; tests may lower them to build small hostile files. */
export interface SyncLimits {
  maxFileChars: number;
  maxContentBytes: number;
  maxRecords: { readonly [K in keyof typeof MAX_RECORDS]: number };
}

export const DEFAULT_LIMITS: SyncLimits = {
  maxFileChars: MAX_FILE_CHARS,
  maxContentBytes: MAX_CONTENT_BYTES,
  maxRecords: MAX_RECORDS,
};
