import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../../core/sync/base64';
import { DATA_KEY_BYTES } from '../../core/lock/keys';
import type { SessionKeyStore } from './ring';

const SESSION_KEY = 'lockDataKey';

/**
 * The unlocked data key in `browser.storage.session`: in memory only, kept across service-worker
 * restarts, gone when the browser closes, and (by default) out of reach of content scripts.
 * Never storage.local, never IndexedDB.
 */
export const sessionKeyStore: SessionKeyStore = {
  async get() {
    const got = (await browser.storage.session.get(SESSION_KEY)) as Record<string, unknown>;
    const raw = got[SESSION_KEY];
    const bytes = typeof raw === 'string' ? fromBase64(raw) : null;
    return bytes && bytes.length === DATA_KEY_BYTES ? bytes : null;
  },
  async set(dataKey) {
    await browser.storage.session.set({ [SESSION_KEY]: toBase64(dataKey) });
  },
  async clear() {
    await browser.storage.session.remove(SESSION_KEY);
  },
};
