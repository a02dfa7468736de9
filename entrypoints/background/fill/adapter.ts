import { browser } from 'wxt/browser';
import type { Settings } from '../../../core/model/settings';
import { normalizeOrigin } from '../../../messaging/requests/fill';
import { installWfFormAdapter } from '../../../page/adapter/wfform-main';
import { ADAPTER_EVENT } from '../../../page/adapter/protocol';

/**
 * The opt-in page-world adapter for OA pages with their own form API (e-cology 9
 * `window.WfForm.changeFieldValue`), background side. Off unless the person enabled it for the
 * OA origin (settings.pageAdapterOrigins, which must also be a granted OA origin). For one fill it
 * installs the one-shot listener of page/adapter/wfform-main.ts in a frame's page world with a
 * fresh random nonce; the frame engine then sends the values with page/adapter/bridge.ts.
 * Chrome: `scripting.executeScript({ world: 'MAIN' })`. Firefox supports `world: 'MAIN'` from
 * version 128; where the browser refuses it the adapter is simply unavailable and fields are
 * written through the DOM as usual.
 */

/** How long an installed listener waits for its one request. */
export const ADAPTER_LIFETIME_MS = 10_000;

/** The slice of `browser.scripting` the adapter needs (tests pass a fake). */
export interface PageWorldScripting {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    world: 'MAIN';
    func: (nonce: string, eventName: string, lifetimeMs: number) => boolean;
    args: [string, string, number];
  }): Promise<{ frameId: number; result?: unknown }[]>;
}

/** Whether the person enabled the adapter for the origin of `url` (and it is a granted OA origin). */
export function adapterEnabledFor(settings: Pick<Settings, 'oaOrigins' | 'pageAdapterOrigins'>, url: string): boolean {
  const origin = normalizeOrigin(url);
  return origin !== null && settings.oaOrigins.includes(origin) && settings.pageAdapterOrigins.includes(origin);
}

/** 128 random bits, hex: the page cannot guess it before CareFill sends it. */
export function newAdapterNonce(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Installs the adapter for one fill in one frame when enabled for its URL; the nonce to send the
 * values with, or null (not enabled, no `WfForm` on the page, or the browser has no page world).
 */
export async function installPageAdapter(
  scripting: PageWorldScripting,
  settings: Pick<Settings, 'oaOrigins' | 'pageAdapterOrigins'>,
  target: { tabId: number; frameId: number; url: string },
): Promise<string | null> {
  if (!adapterEnabledFor(settings, target.url)) return null;
  const nonce = newAdapterNonce();
  try {
    const [answer] = await scripting.executeScript({
      target: { tabId: target.tabId, frameIds: [target.frameId] },
      world: 'MAIN',
      func: installWfFormAdapter,
      args: [nonce, ADAPTER_EVENT, ADAPTER_LIFETIME_MS],
    });
    return answer?.result === true ? nonce : null;
  } catch {
    return null;
  }
}

/** `PageWorldScripting` over the browser's scripting API. */
export const browserPageWorld: PageWorldScripting = {
  executeScript: async (injection) => (await browser.scripting.executeScript(injection)).map((r) => ({ frameId: r.frameId, result: r.result as unknown })),
};
