import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import { CareFillDB } from '../../../storage/db';

/** The permissions API fakeBrowser lacks: granted origins and the two events. */
function stubPermissions(origins: string[]) {
  const added: (() => void)[] = [];
  const removed: (() => void)[] = [];
  Object.assign(fakeBrowser.permissions, {
    getAll: vi.fn(async () => ({ origins, permissions: [] })),
    onAdded: { addListener: (l: () => void) => added.push(l) },
    onRemoved: { addListener: (l: () => void) => removed.push(l) },
  });
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () => []),
    unregisterContentScripts: vi.fn(async () => {}),
    registerContentScripts: vi.fn(async () => {}),
  };
  Object.assign(fakeBrowser.scripting, scripting);
  return { added, removed, scripting };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => new CareFillDB().delete());

describe('background wiring', () => {
  it('answers runtime messages through the guard and registers the frame agent at startup and on permission changes', async () => {
    const { added, removed, scripting } = stubPermissions(['http://127.0.0.1/*']);
    background.main();
    await vi.waitFor(() => expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1));
    expect(added).toHaveLength(1);
    expect(removed).toHaveLength(1);

    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    // a content script's sender: only the fields the guard reads
    const content = { id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8765/', tab: { id: 1 }, frameId: 0 } as unknown as Browser.runtime.MessageSender;
    const [stats] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ledger.stats', payload: {} }, page);
    expect(stats).toEqual({ cadres: 0, followUps: 0, visits: 0 });
    const [refused] = await fakeBrowser.runtime.onMessage.trigger({ type: 'cadre.search', payload: { query: 'z' } }, content);
    expect(refused).toEqual({ error: 'forbidden', key: 'err_forbidden' });

    added[0]!();
    await vi.waitFor(() => expect(scripting.getRegisteredContentScripts).toHaveBeenCalledTimes(2));
  });
});
