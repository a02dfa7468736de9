import { browser } from 'wxt/browser';
import type { GuardFrameMessageName, GuardFrameMessages, GuardPanelState } from '../../../messaging/requests/guard';
import { injectEngineAll, sendToFrame } from '../fill/tab-api';

/**
 * The guard's reach into a tab: the engine (which carries the frame side of the guard) injected
 * into its frames, typed messages to one frame with a deadline, and the panel shown with a
 * guard state. Tests pass fakes.
 */
export interface GuardTabApi {
  /** injects the engine into every frame it may script; the frame ids reached */
  injectEngine(tabId: number): Promise<number[]>;
  /** the tab's address (null when unknown or not ours to see) */
  tabUrl(tabId: number): Promise<string | null>;
  send<N extends GuardFrameMessageName>(
    tabId: number,
    frameId: number,
    name: N,
    payload: GuardFrameMessages[N]['payload'],
    timeoutMs: number,
  ): Promise<GuardFrameMessages[N]['answer'] | undefined>;
}

export const GUARD_FRAME_TIMEOUT_MS = 3000;

/** `GuardTabApi` over the browser's scripting and tabs APIs (the fill's injection and frame messages). */
export const browserGuardTabApi: GuardTabApi = {
  injectEngine: injectEngineAll,
  async tabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url ?? null;
    } catch {
      return null;
    }
  },
  send: (tabId, frameId, name, payload, timeoutMs) => sendToFrame(tabId, frameId, name, payload, timeoutMs) as never,
};

/**
 * Shows a guard state in the tab's panel: the top frame first; a frameset page has no body, so
 * then the first other frame that can host the panel.
 */
export async function showInPanel(tab: GuardTabApi, tabId: number, state: GuardPanelState, frameIds?: readonly number[]): Promise<boolean> {
  const top = await tab.send(tabId, 0, 'frame.guard.show', { tabId, state }, GUARD_FRAME_TIMEOUT_MS);
  if (top?.opened) return true;
  const ids = frameIds ?? (await tab.injectEngine(tabId).catch(() => [] as number[]));
  for (const frameId of ids.filter((id) => id !== 0)) {
    const answer = await tab.send(tabId, frameId, 'frame.guard.show', { tabId, state }, GUARD_FRAME_TIMEOUT_MS);
    if (answer?.opened) return true;
  }
  return false;
}
