import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH } from '../../core/sync/limits';
import type { RequestSpec } from './spec';

/**
 * The Lock (docs/lock.md): a passphrase seals the ledger's sensitive fields at rest. Only our own
 * extension pages may ask; an OA page's content script never sees a passphrase.
 */

const passphrase = z.string().min(1).max(MAX_PASSPHRASE_LENGTH);

export const lockRequests = {
  'lock.status': { from: ['extension-page'], payload: z.strictObject({}) },
  'lock.enable': { from: ['extension-page'], payload: z.strictObject({ passphrase }) },
  'lock.unlock': { from: ['extension-page'], payload: z.strictObject({ passphrase }) },
  'lock.lock': { from: ['extension-page'], payload: z.strictObject({}) },
  'lock.disable': { from: ['extension-page'], payload: z.strictObject({ passphrase }) },
  'lock.change': { from: ['extension-page'], payload: z.strictObject({ current: passphrase, next: passphrase }) },
  'lock.idle': { from: ['extension-page'], payload: z.strictObject({ minutes: z.number().int().min(1).max(480) }) },
} as const satisfies Record<string, RequestSpec>;

/** off: no Lock; locked: on, no key in memory; unlocked: on, key in this browser session. */
export type LockStateName = 'off' | 'locked' | 'unlocked';

export interface LockStatus {
  state: LockStateName;
  idleMinutes: number;
}

/** A refused Lock action names its reason as an i18n key (`err_lock_wrong_passphrase` …). */
export type LockActionResult = { ok: true; status: LockStatus } | { ok: false; key: string };

export interface LockResponses {
  'lock.status': LockStatus;
  'lock.enable': LockActionResult;
  'lock.unlock': LockActionResult;
  'lock.lock': LockActionResult;
  'lock.disable': LockActionResult;
  'lock.change': LockActionResult;
  'lock.idle': LockActionResult;
}
