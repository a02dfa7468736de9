import { GUARD_FRAME_TIMEOUT_MS, type GuardTabApi } from './frames';

/**
 * The OA's form number on the page a submit left for: the frame's next document is waited for
 * (its engine injected when it has none yet) and asked what number it shows.
 */

export const RESULT_WAIT_MS = 6000;
const RESULT_POLL_MS = 250;
const INJECT_EVERY_MS = 1000;

/** The form number on the frame's page after `leftDocId`; undefined when none shows in time. */
export async function resultFormNumber(tab: GuardTabApi, tabId: number, frameId: number, leftDocId: string, waitMs = RESULT_WAIT_MS): Promise<string | undefined> {
  const deadline = Date.now() + waitMs;
  let injectedAt = 0;
  while (Date.now() < deadline) {
    const answer = await tab.send(tabId, frameId, 'frame.guard.result', {}, Math.min(GUARD_FRAME_TIMEOUT_MS, Math.max(1, deadline - Date.now())));
    if (answer && answer.docId !== leftDocId && answer.ready) return answer.formNumber;
    // the result page has no engine until it is armed or injected: inject (not too often)
    if (!answer && Date.now() - injectedAt >= INJECT_EVERY_MS) {
      injectedAt = Date.now();
      await tab.injectEngine(tabId).catch(() => []);
    }
    await new Promise((r) => setTimeout(r, RESULT_POLL_MS));
  }
  return undefined;
}
