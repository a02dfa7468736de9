import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import { withLockGate } from '../../../entrypoints/background/lock/gate';
import { lockServiceOf } from '../../../entrypoints/background/lock/registry';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, syntheticIdNumber } from '../storage/synthetic';

/** five passphrase KDFs (600,000 PBKDF2 iterations each): seconds on a busy machine */
const KDF_HEAVY_MS = 30_000;

const PASS = 'synthetic-pass-一二三四';
const ID = syntheticIdNumber('19470315', 123);
let repos: Repos;
let dispatch: Dispatch;
let base: string;
let clock = Date.UTC(2026, 10, 29, 2);

beforeEach(() => {
  fakeBrowser.reset();
  repos = openRepos(freshDb());
  base = fakeBrowser.runtime.getURL('/');
  dispatch = createDispatcher(withLockGate(handlers), { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
});
afterEach(() => repos.db.delete());

const options = () => ({ id: fakeBrowser.runtime.id, url: `${base}options.html#settings` });
const content = () => ({ id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8765/forms/condolence', tab: { id: 4 }, frameId: 0 });
const send = (type: string, payload: unknown = {}, sender = options()) => dispatch({ type, payload }, sender) as Promise<Record<string, unknown>>;

describe('lock requests through the dispatcher', () => {
  it('enable → the key is in session storage only; lock → requests needing it answer err_locked; unlock → they work', async () => {
    const saved = await send('cadre.save', { input: { name: '张三丰', category: '离休', idNumber: ID, phones: ['13912345678'] } });
    expect(saved.ok).toBe(true);
    expect(await send('lock.status')).toEqual({ state: 'off', idleMinutes: 15 });
    expect(await send('lock.enable', { passphrase: 'short' })).toEqual({ ok: false, key: 'err_lock_passphrase_short' });
    expect(await send('lock.enable', { passphrase: PASS })).toMatchObject({ ok: true, status: { state: 'unlocked' } });
    expect(Object.keys(await fakeBrowser.storage.session.get())).toContain('lockDataKey');
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain(ID);

    expect(await send('lock.lock')).toMatchObject({ ok: true, status: { state: 'locked' } });
    expect(await fakeBrowser.storage.session.get('lockDataKey')).toEqual({});
    expect(await send('cadre.get', { id: saved.id })).toEqual({ error: 'locked', key: 'err_locked' });
    expect(await send('sync.export', { scope: { kind: 'everything' }, encrypt: true, passphrase: 'export-pass-1234' })).toMatchObject({ key: 'err_locked' });
    expect(await send('cadre.search', { query: ID })).toEqual({ error: 'locked', key: 'err_locked' });
    expect(await send('cadre.save', { input: { name: '李四', category: '退休' } })).toEqual({ error: 'locked', key: 'err_locked' });
    // names still list while locked
    expect(JSON.stringify(await send('cadre.search', { query: '张三' }))).toContain('张三丰');

    expect(await send('lock.unlock', { passphrase: 'wrong-passphrase' })).toEqual({ ok: false, key: 'err_lock_wrong_passphrase' });
    expect(await send('lock.unlock', { passphrase: PASS })).toMatchObject({ ok: true, status: { state: 'unlocked' } });
    expect(await send('cadre.get', { id: saved.id })).toMatchObject({ cadre: { idNumber: ID } });
    expect(JSON.stringify(await send('cadre.search', { query: ID.slice(-4) }))).toContain('张三丰');
  });

  it('an OA page content script may not ask for lock actions', async () => {
    for (const type of ['lock.status', 'lock.unlock', 'lock.disable', 'lock.enable']) {
      expect(await send(type, type === 'lock.status' ? {} : { passphrase: PASS }, content())).toMatchObject({ error: 'forbidden' });
    }
  });

  it('locks itself after the idle minutes without requests', async () => {
    await send('lock.idle', { minutes: 5 });
    await send('lock.enable', { passphrase: PASS });
    const service = lockServiceOf(repos);
    // the service reads time through its clock: move it forward
    (service as unknown as { now: () => number }).now = () => clock;
    service.markActive(true);
    clock += 4 * 60_000;
    expect(await service.lockIfIdle()).toBe(false);
    await send('ledger.stats');
    clock += 4 * 60_000;
    expect(await service.lockIfIdle()).toBe(false);
    clock += 2 * 60_000;
    expect(await service.lockIfIdle()).toBe(true);
    expect((await send('lock.status')).state).toBe('locked');
  });

  it('change passphrase and disable', async () => {
    await send('lock.enable', { passphrase: PASS });
    expect(await send('lock.change', { current: 'nope-nope', next: 'new-pass-5678' })).toEqual({ ok: false, key: 'err_lock_wrong_passphrase' });
    expect(await send('lock.change', { current: PASS, next: 'new-pass-5678' })).toMatchObject({ ok: true });
    expect(await send('lock.disable', { passphrase: PASS })).toEqual({ ok: false, key: 'err_lock_wrong_passphrase' });
    expect(await send('lock.disable', { passphrase: 'new-pass-5678' })).toMatchObject({ ok: true, status: { state: 'off' } });
    expect(await fakeBrowser.storage.session.get('lockDataKey')).toEqual({});
  }, KDF_HEAVY_MS);
});
