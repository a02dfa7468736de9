/**
 * Thrown when an operation needs the sealed fields while the Lock is locked (no key in memory).
 * The background answers such requests with the i18n key `err_locked`; the UI asks for the passphrase.
 */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('locked');
  }
}

/** True when `e`, or the error inside a Dexie abort, is a LockedError. */
export function isLockedError(e: unknown): boolean {
  const err = e as { name?: unknown; inner?: { name?: unknown } } | null;
  return !!err && (err.name === 'LockedError' || err.inner?.name === 'LockedError');
}
