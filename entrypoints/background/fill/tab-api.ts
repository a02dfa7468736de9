import { browser } from 'wxt/browser';
import type { TabApi } from './frames';

/** Built from entrypoints/oa-engine.ts. */
export const ENGINE_FILE = '/oa-engine.js';

/** Injects the engine into every frame of the tab it may script; the frame ids it reached. */
export async function injectEngineAll(tabId: number): Promise<number[]> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [ENGINE_FILE] });
  return [...new Set(results.map((r) => r.frameId))].sort((a, b) => a - b);
}

/** Sends `{ type, payload }` to the engine of one frame; undefined when it does not answer in time or failed. */
export async function sendToFrame(tabId: number, frameId: number, type: string, payload: unknown, timeoutMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const answer = await Promise.race([browser.tabs.sendMessage(tabId, { type, payload }, { frameId }), timeout]);
    // the engine answers `{ error }` when a handler failed
    return answer && typeof answer === 'object' && !('error' in answer) ? answer : undefined;
  } catch {
    return undefined; // no engine in that frame
  } finally {
    clearTimeout(timer);
  }
}

/** `TabApi` over the browser's scripting and tabs APIs. */
export const browserTabApi: TabApi = {
  injectEngine: injectEngineAll,
  async injectEngineTop(tabId) {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ENGINE_FILE] });
      return true;
    } catch {
      return false;
    }
  },
  send: (tabId, frameId, name, payload, timeoutMs) => sendToFrame(tabId, frameId, name, payload, timeoutMs) as never,
};
