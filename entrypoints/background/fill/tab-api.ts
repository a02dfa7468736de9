import { browser } from 'wxt/browser';
import type { TabApi } from './frames';

/** Built from entrypoints/oa-engine.ts. */
export const ENGINE_FILE = '/oa-engine.js';

/** `TabApi` over the browser's scripting and tabs APIs. */
export const browserTabApi: TabApi = {
  async injectEngine(tabId) {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [ENGINE_FILE] });
    return [...new Set(results.map((r) => r.frameId))].sort((a, b) => a - b);
  },
  async injectEngineTop(tabId) {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ENGINE_FILE] });
      return true;
    } catch {
      return false;
    }
  },
  async send(tabId, frameId, name, payload, timeoutMs) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    try {
      const answer = await Promise.race([browser.tabs.sendMessage(tabId, { type: name, payload }, { frameId }), timeout]);
      // the engine answers `{ error }` when a handler failed
      return answer && typeof answer === 'object' && !('error' in answer) ? (answer as never) : undefined;
    } catch {
      return undefined; // no engine in that frame
    } finally {
      clearTimeout(timer);
    }
  },
};
