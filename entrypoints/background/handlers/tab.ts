import { browser } from 'wxt/browser';
import type { FrameRequestName, FrameStatus } from '../../../messaging/protocol';

/** How long a frame has to answer a ping: the agent answers at once when it is there. */
export const PING_TIMEOUT_MS = 1000;

const PING: { type: FrameRequestName; payload: Record<string, never> } = { type: 'frame.ping', payload: {} };

/**
 * `tab.frames`: the frames of a tab and whether CareFill's frame agent answers in each. Frames
 * are listed by running `location.href` in all of them (frames of origins we may not script are
 * absent); a tab we cannot script at all (a browser page) has no frames for us.
 */
export async function listTabFrames({ tabId }: { tabId: number }): Promise<{ frames: FrameStatus[] }> {
  let injected: { frameId: number; result?: unknown }[];
  try {
    injected = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => location.href });
  } catch {
    return { frames: [] };
  }
  const unique = [...new Map(injected.map((r) => [r.frameId, r])).values()].sort((a, b) => a.frameId - b.frameId);
  const frames = await Promise.all(
    unique.map(async (r) => ({
      frameId: r.frameId,
      url: typeof r.result === 'string' ? r.result : '',
      active: await pingFrame(tabId, r.frameId),
    })),
  );
  return { frames };
}

/** True when the frame's agent answered a ping in time with a well-formed answer. */
async function pingFrame(tabId: number, frameId: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), PING_TIMEOUT_MS);
  });
  try {
    const answer: unknown = await Promise.race([browser.tabs.sendMessage(tabId, PING, { frameId }), timeout]);
    return isPingAnswer(answer);
  } catch {
    return false; // no agent in that frame ("Receiving end does not exist")
  } finally {
    clearTimeout(timer);
  }
}

function isPingAnswer(a: unknown): boolean {
  return !!a && typeof a === 'object' && typeof (a as { url?: unknown }).url === 'string' && typeof (a as { top?: unknown }).top === 'boolean';
}
