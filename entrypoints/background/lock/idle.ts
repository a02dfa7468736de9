import { browser } from 'wxt/browser';
import type { Repos } from '../../../storage/repos';
import { sessionKeyStore } from '../../../storage/lock/session-key';
import { lockServiceOf } from './registry';

export const LOCK_IDLE_ALARM = 'carefill-lock-idle';

/**
 * Lock wiring of the background: the session key is tried when the database opens (a worker
 * restart stays unlocked), and a one-minute alarm locks an idle session.
 */
export function wireLock<R extends Pick<Repos, 'db' | 'settings'>>(repos: R): R {
  const ring = repos.db.lockRing;
  ring.keySource = () => sessionKeyStore.get();
  // the vault went away (erase everything): the session's key has nothing left to open
  const announce = ring.onChange;
  ring.onChange = (state) => {
    announce?.(state);
    if (state === 'off') void sessionKeyStore.clear().catch(() => undefined);
  };
  void browser.alarms.create(LOCK_IDLE_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LOCK_IDLE_ALARM) void lockServiceOf(repos).lockIfIdle().catch(() => undefined);
  });
  return repos;
}
