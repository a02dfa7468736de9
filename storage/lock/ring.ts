import { keysFromDataKey, type LockKeys } from '../../core/lock/keys';

/**
 * off: no Lock, rows are stored as they are.
 * locked: the Lock is on and no key is in memory: sealed fields read as absent, writes of live
 *         records to sealed tables are refused.
 * unlocked: the key is in memory: writes are sealed, reads are opened.
 */
export type LockState = 'off' | 'locked' | 'unlocked';

/** Where the raw data key of an unlocked session is kept between service-worker restarts. */
export interface SessionKeyStore {
  get(): Promise<Uint8Array | null>;
  set(dataKey: Uint8Array): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The Lock state of one open database, in memory. The storage middleware reads it on every
 * operation; the background's lock service changes it. It starts as `off` and is set from the
 * stored vault when the database opens (storage/lock/install.ts), before any other operation.
 */
export class LockRing {
  private current: LockState = 'off';
  private working: LockKeys | null = null;
  /** tried when the database opens with the Lock on: a key kept by this browser session */
  keySource: (() => Promise<Uint8Array | null>) | null = null;
  /** told whenever the state changes (caches of sealed data must reload) */
  onChange: ((state: LockState) => void) | null = null;

  private set(state: LockState, keys: LockKeys | null): void {
    const changed = state !== this.current || keys !== this.working;
    this.current = state;
    this.working = keys;
    if (changed) this.onChange?.(state);
  }

  get state(): LockState {
    return this.current;
  }

  /** The working keys, or null unless unlocked. */
  get keys(): LockKeys | null {
    return this.current === 'unlocked' ? this.working : null;
  }

  /** The Lock is on: keep the data key's working keys in memory. */
  async unlockWith(dataKey: Uint8Array): Promise<void> {
    this.set('unlocked', await keysFromDataKey(dataKey));
  }

  /** The Lock is on: use keys derived already (synchronous, so it can happen inside a transaction). */
  useKeys(keys: LockKeys): void {
    this.set('unlocked', keys);
  }

  /** The Lock is on; forget the keys. */
  lock(): void {
    this.set('locked', null);
  }

  /** No Lock. */
  turnOff(): void {
    this.set('off', null);
  }
}
