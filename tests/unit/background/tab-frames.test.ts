import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listTabFrames, PING_TIMEOUT_MS } from '../../../entrypoints/background/handlers/tab';

const TOP = 'http://127.0.0.1:8765/';
const FORM = 'http://localhost:8765/forms/condolence';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function stub(executeScript: (...a: unknown[]) => unknown, sendMessage: (...a: unknown[]) => unknown) {
  const scripting = { executeScript: vi.fn(executeScript) };
  const tabs = { sendMessage: vi.fn(sendMessage) };
  Object.assign(fakeBrowser.scripting, scripting);
  Object.assign(fakeBrowser.tabs, tabs);
  return { scripting, tabs };
}

describe('tab.frames', () => {
  it('lists every frame and which answered the ping, waiting no longer than the timeout', async () => {
    const { scripting, tabs } = stub(
      async () => [
        { frameId: 0, result: TOP },
        { frameId: 7, result: 'about:blank' },
        { frameId: 5, result: FORM },
      ],
      (_tabId, _msg, opts) => {
        const { frameId } = opts as { frameId: number };
        if (frameId === 0) return Promise.resolve({ url: TOP, title: '协同办公平台', top: true });
        if (frameId === 5) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
        return new Promise(() => {}); // a frame that never answers
      },
    );
    const pending = listTabFrames({ tabId: 12 });
    await vi.advanceTimersByTimeAsync(PING_TIMEOUT_MS);
    expect(await pending).toEqual({
      frames: [
        { frameId: 0, url: TOP, active: true },
        { frameId: 5, url: FORM, active: false },
        { frameId: 7, url: 'about:blank', active: false },
      ],
    });
    expect(scripting.executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 12, allFrames: true } }));
    expect(tabs.sendMessage).toHaveBeenCalledWith(12, { type: 'frame.ping', payload: {} }, { frameId: 5 });
  });

  it('does not count a malformed answer as an active frame', async () => {
    stub(async () => [{ frameId: 0, result: TOP }], async () => ({ error: 'internal', key: 'err_internal' }));
    expect(await listTabFrames({ tabId: 1 })).toEqual({ frames: [{ frameId: 0, url: TOP, active: false }] });
  });

  it('answers no frames for a tab it may not script', async () => {
    stub(
      async () => {
        throw new Error('Cannot access contents of the page');
      },
      async () => undefined,
    );
    expect(await listTabFrames({ tabId: 3 })).toEqual({ frames: [] });
  });
});
