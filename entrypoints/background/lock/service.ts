import { browser } from 'wxt/browser';
import { MIN_PASSPHRASE_LENGTH } from '../../../core/sync/limits';
import type { LockActionResult, LockStatus } from '../../../messaging/requests/lock';
import type { CareFillDB } from '../../../storage/db';
import { changePassphrase, disableLock, enableLock, unlockLock, type LockFailure } from '../../../storage/lock/operations';
import type { SessionKeyStore } from '../../../storage/lock/ring';
import type { SettingsRepo } from '../../../storage/settings-repo';

/** The storage.session key of the last request's time, so idle time survives a worker restart. */
const LAST_ACTIVITY_KEY = 'lockLastActivity';
/** Writes of the activity time are spaced out: a fill makes many requests. */
const ACTIVITY_WRITE_MS = 20_000;

const FAILURE_KEYS: Record<LockFailure, string> = {
  'wrong-passphrase': 'err_lock_wrong_passphrase',
  damaged: 'err_lock_damaged',
  'already-on': 'err_lock_already_on',
  'not-on': 'err_lock_not_on',
};

export interface LockServiceDeps {
  db: CareFillDB;
  settings: SettingsRepo;
  session: SessionKeyStore;
  now?: () => number;
}

/**
 * The background's side of the Lock: the actions of messaging/requests/lock.ts over the storage
 * operations, the data key kept in session storage while unlocked, and the idle auto-lock (our own
 * requests count as activity; the `idle` permission is not asked for).
 */
export class LockService {
  private lastActivity: number;
  private lastWritten = 0;
  private readonly now: () => number;

  constructor(private readonly deps: LockServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.lastActivity = this.now();
  }

  private get ring() {
    return this.deps.db.lockRing;
  }

  async status(): Promise<LockStatus> {
    // a read opens the database, which sets the ring from the stored vault
    const settings = await this.deps.settings.get();
    return { state: this.ring.state, idleMinutes: settings.lockIdleMinutes };
  }

  private async done(): Promise<LockActionResult> {
    return { ok: true, status: await this.status() };
  }

  async enable(passphrase: string): Promise<LockActionResult> {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { ok: false, key: 'err_lock_passphrase_short' };
    const r = await enableLock(this.deps.db, passphrase);
    if (!r.ok) return { ok: false, key: FAILURE_KEYS[r.reason] };
    await this.deps.session.set(r.dataKey);
    this.markActive(true);
    return this.done();
  }

  async unlock(passphrase: string): Promise<LockActionResult> {
    await this.status();
    const r = await unlockLock(this.deps.db, passphrase);
    if (!r.ok) return { ok: false, key: FAILURE_KEYS[r.reason] };
    await this.deps.session.set(r.dataKey);
    this.markActive(true);
    return this.done();
  }

  async lock(): Promise<LockActionResult> {
    await this.status();
    if (this.ring.state !== 'off') this.ring.lock();
    await this.deps.session.clear();
    return this.done();
  }

  async disable(passphrase: string): Promise<LockActionResult> {
    const r = await disableLock(this.deps.db, passphrase);
    if (!r.ok) return { ok: false, key: FAILURE_KEYS[r.reason] };
    await this.deps.session.clear();
    return this.done();
  }

  async change(current: string, next: string): Promise<LockActionResult> {
    if (next.length < MIN_PASSPHRASE_LENGTH) return { ok: false, key: 'err_lock_passphrase_short' };
    const r = await changePassphrase(this.deps.db, current, next);
    if (!r.ok) return { ok: false, key: FAILURE_KEYS[r.reason] };
    return this.done();
  }

  async setIdleMinutes(minutes: number): Promise<LockActionResult> {
    const r = await this.deps.settings.update({ lockIdleMinutes: minutes });
    return r.ok ? this.done() : { ok: false, key: 'err_bad_message' };
  }

  /** A request came in: the person is at work. */
  markActive(force = false): void {
    const t = this.now();
    this.lastActivity = t;
    if (force || t - this.lastWritten >= ACTIVITY_WRITE_MS) {
      this.lastWritten = t;
      void browser.storage.session.set({ [LAST_ACTIVITY_KEY]: t }).catch(() => undefined);
    }
  }

  /** Locks when unlocked and idle for longer than the setting; true when it locked. */
  async lockIfIdle(): Promise<boolean> {
    const status = await this.status();
    if (status.state !== 'unlocked') return false;
    const stored = (await browser.storage.session.get(LAST_ACTIVITY_KEY))[LAST_ACTIVITY_KEY];
    const last = Math.max(this.lastActivity, typeof stored === 'number' ? stored : 0);
    if (this.now() - last < status.idleMinutes * 60_000) return false;
    await this.lock();
    return true;
  }
}
