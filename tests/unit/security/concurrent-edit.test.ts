import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher, type Dispatch } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, steppingClock } from '../storage/synthetic';

/**
 * Reliability (SECURITY.md §6): two options tabs edit the same cadre. Each `cadre.save` carries
 * the `updatedAt` its editor loaded; the second save is refused as changed elsewhere and nothing is
 * overwritten blindly — through the real dispatcher and handler, as the options page sends it.
 */

let repos: Repos;
let send: (type: string, payload: unknown) => Promise<unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  repos = openRepos(freshDb(), steppingClock());
  const base = fakeBrowser.runtime.getURL('/');
  const dispatch: Dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  send = (type, payload) => dispatch({ type, payload }, { id: fakeBrowser.runtime.id, url: `${base}options.html#ledger` });
});
afterEach(() => repos.db.delete());

type Loaded = { cadre: { id: string; updatedAt: number; notes?: string; name: string } };

describe('two editors of one cadre', () => {
  it('the second save is refused as changed elsewhere, and the first one’s edit stays', async () => {
    const created = (await send('cadre.save', { input: { name: '并发测试', category: '退休', notes: '原始' } })) as { id: string };
    const tabA = ((await send('cadre.get', { id: created.id })) as Loaded).cadre;
    const tabB = ((await send('cadre.get', { id: created.id })) as Loaded).cadre;

    const first = await send('cadre.save', { id: tabA.id, expectedUpdatedAt: tabA.updatedAt, input: { ...tabA, notes: 'A 改的' } });
    expect(first).toMatchObject({ ok: true });
    const second = await send('cadre.save', { id: tabB.id, expectedUpdatedAt: tabB.updatedAt, input: { ...tabB, notes: 'B 改的' } });
    expect(second).toEqual({ ok: false, conflict: true, problems: [{ path: '', key: 'err_edit_conflict' }] });
    expect(((await send('cadre.get', { id: created.id })) as Loaded).cadre.notes).toBe('A 改的');

    // after reloading, B's edit goes through on top of A's
    const reloaded = ((await send('cadre.get', { id: created.id })) as Loaded).cadre;
    expect(await send('cadre.save', { id: reloaded.id, expectedUpdatedAt: reloaded.updatedAt, input: { ...reloaded, notes: 'A 改的；B 补充' } })).toMatchObject({ ok: true });
  });

  it('an update without the loaded updatedAt is refused, not applied blindly', async () => {
    const created = (await send('cadre.save', { input: { name: '并发测试', category: '退休' } })) as { id: string };
    expect(await send('cadre.save', { id: created.id, input: { name: '盲写', category: '退休' } })).toMatchObject({ ok: false });
    expect(((await send('cadre.get', { id: created.id })) as Loaded).cadre.name).toBe('并发测试');
  });

  it('a save for a cadre deleted elsewhere is refused', async () => {
    const created = (await send('cadre.save', { input: { name: '并发测试', category: '退休' } })) as { id: string };
    const loaded = ((await send('cadre.get', { id: created.id })) as Loaded).cadre;
    await send('cadre.delete', { ids: [created.id] });
    expect(await send('cadre.save', { id: loaded.id, expectedUpdatedAt: loaded.updatedAt, input: loaded })).toMatchObject({ ok: false, problems: [{ key: 'err_not_found' }] });
    expect(await send('cadre.get', { id: created.id })).toEqual({ cadre: null });
  });
});
