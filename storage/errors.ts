/**
 * Storage failures the person must be told about in words, not as "internal error". A full disk
 * reaches us as Dexie's QuotaExceededError, or as the inner error of an AbortError (the
 * transaction it broke); https://dexie.org/docs/DexieErrors/Dexie.QuotaExceededError. Every write
 * runs in a transaction, so a quota failure leaves nothing half-written: the message can say so.
 */

/** The i18n key shown when a write failed because the browser's storage is full. */
export const STORAGE_FULL_KEY = 'err_storage_full';

/** True for a quota failure, reported directly or wrapped (Dexie `inner`, standard `cause`). */
export function isQuotaError(e: unknown): boolean {
  let err = e as { name?: unknown; inner?: unknown; cause?: unknown } | null | undefined;
  // a few levels: AbortError → inner QuotaExceededError, or our own wrappers' `cause`
  for (let depth = 0; err && typeof err === 'object' && depth < 4; depth++) {
    if (err.name === 'QuotaExceededError') return true;
    err = (err.inner ?? err.cause) as typeof err;
  }
  return false;
}
