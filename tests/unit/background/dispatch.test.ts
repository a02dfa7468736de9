import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CadreStore } from '../../../storage/cadre-store';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import type { HandlerTable } from '../../../entrypoints/background/handlers/context';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, syntheticIdNumber } from '../storage/synthetic';

let repos: Repos;
let dispatch: Dispatch;
let base: string;

beforeEach(() => {
  fakeBrowser.reset();
  repos = openRepos(freshDb());
  base = fakeBrowser.runtime.getURL('/');
  dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
});
afterEach(() => repos.db.delete());

const senders = {
  popup: () => ({ id: fakeBrowser.runtime.id, url: `${base}popup.html` }),
  options: () => ({ id: fakeBrowser.runtime.id, url: `${base}options.html#ledger` }),
  content: () => ({ id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8765/forms/condolence', tab: { id: 4 }, frameId: 2 }),
  otherExtension: () => ({ id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html' }),
  // another extension that copies our URL but cannot forge our id
  forgedUrl: () => ({ id: 'abcdefghijklmnopabcdefghijklmnop', url: `${base}popup.html` }),
  noId: () => ({ url: `${base}popup.html` }),
};

describe('the background dispatcher guards every message', () => {
  it.each([
    ['a content script asking for cadre.search', senders.content, { type: 'cadre.search', payload: { query: '张' } }, 'forbidden'],
    ['a content script asking for data.wipe', senders.content, { type: 'data.wipe', payload: { confirm: 'WIPE' } }, 'forbidden'],
    ['a content script asking for ledger.import', senders.content, { type: 'ledger.import', payload: { rows: [], commit: true } }, 'forbidden'],
    ['another extension', senders.otherExtension, { type: 'cadre.search', payload: { query: '张' } }, 'forbidden'],
    ['another extension with our URL', senders.forgedUrl, { type: 'ledger.stats', payload: {} }, 'forbidden'],
    ['a sender without id', senders.noId, { type: 'ledger.stats', payload: {} }, 'forbidden'],
    ['a malformed payload', senders.popup, { type: 'cadre.search', payload: { query: 42 } }, 'bad-request'],
    ['an unexpected payload field', senders.popup, { type: 'cadre.get', payload: { id: 'cadre00001', extra: 1 } }, 'bad-request'],
    ['a wipe without confirmation', senders.options, { type: 'data.wipe', payload: { confirm: 'yes' } }, 'bad-request'],
    ['an unknown request', senders.popup, { type: 'cadre.dump', payload: {} }, 'bad-request'],
    ['a prototype key as request', senders.popup, { type: 'toString', payload: {} }, 'bad-request'],
    ['a message that is not an object', senders.popup, 'ledger.stats', 'bad-request'],
    ['no message', senders.popup, undefined, 'bad-request'],
  ])('refuses %s', async (_what, sender, message, error) => {
    const created = await repos.cadres.create({ name: '张三丰', category: '离休' });
    expect(created.ok).toBe(true);
    const answer = await dispatch(message, sender());
    expect(answer).toEqual({ error, key: error === 'forbidden' ? 'err_forbidden' : 'err_bad_message' });
    // nothing was wiped or changed
    expect(await new CadreStore(repos.db).countLive()).toBe(1);
  });

  it('serves our extension pages', async () => {
    const id = syntheticIdNumber('19470315', 123);
    const saved = await dispatch({ type: 'cadre.save', payload: { input: { name: '张三丰', category: '离休', idNumber: id } } }, senders.options());
    expect(saved).toMatchObject({ ok: true });
    const found = await dispatch({ type: 'cadre.search', payload: { query: 'zsf' } }, senders.popup());
    expect(found).toMatchObject({ total: 1, items: [{ name: '张三丰', idMasked: `${id.slice(0, 6)}********${id.slice(-4)}` }] });
    expect(JSON.stringify(found)).not.toContain(id);
    expect(await dispatch({ type: 'ledger.stats', payload: {} }, senders.options())).toEqual({ cadres: 1, followUps: 0, visits: 0 });
  });

  it('answers validation problems of cadre.save as a result, not an error', async () => {
    const answer = await dispatch({ type: 'cadre.save', payload: { input: { name: '', category: '离休' } } }, senders.options());
    expect(answer).toEqual({ ok: false, problems: [{ path: 'name', key: 'err_name_required' }] });
  });

  it('turns a failing handler into an internal error and logs no personal data', async () => {
    const secret = `张三丰 ${syntheticIdNumber('19470315', 123)}`;
    const failing: HandlerTable = {
      ...handlers,
      'cadre.get': async () => {
        throw new Error(`constraint failed for ${secret}`);
      },
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const d = createDispatcher(failing, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
    await expect(d({ type: 'cadre.get', payload: { id: 'cadre00001' } }, senders.popup())).resolves.toEqual({ error: 'internal', key: 'err_internal' });
    expect(log).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(log.mock.calls)).not.toContain('张三丰');
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/\d{17}/);
    log.mockRestore();
  });

  it('runs each request of the protocol through its own handler', async () => {
    const sender = senders.options();
    const created = await dispatch({ type: 'cadre.save', payload: { input: { name: '李秀英', category: '退休' } } }, sender);
    if (!('id' in created)) throw new Error('save failed');
    expect(await dispatch({ type: 'cadre.get', payload: { id: created.id } }, sender)).toMatchObject({ cadre: { name: '李秀英' } });
    expect(
      await dispatch({ type: 'ledger.import', payload: { rows: [{ name: '王卫东', category: '退休' }, { name: '' }], commit: false } }, sender),
    ).toEqual({ total: 2, toAdd: 1, toUpdate: 0, unchanged: 0, errors: [{ row: 2, problems: expect.any(Array) }], duplicates: [], committed: false });
    expect(await dispatch({ type: 'cadre.delete', payload: { ids: [created.id] } }, sender)).toEqual({ deleted: 1 });
    expect(await dispatch({ type: 'cadre.get', payload: { id: created.id } }, sender)).toEqual({ cadre: null });
    await fakeBrowser.storage.local.set({ leftover: 1 });
    expect(await dispatch({ type: 'data.wipe', payload: { confirm: 'WIPE' } }, sender)).toEqual({ ok: true });
    for (const t of repos.db.tables) expect(await t.count()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
