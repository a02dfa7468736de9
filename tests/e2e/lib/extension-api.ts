import type { Page } from '@playwright/test';

/**
 * The few extension APIs the tests call from inside an extension page (chrome-extension:// or
 * moz-extension://). Typed here because the project does not load the `chrome` global types.
 */
export interface ExtensionApis {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  scripting?: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
}

export interface LedgerStats {
  cadres: number;
  followUps: number;
  visits: number;
}

/** Asks the background for the ledger counts, as the options page would. */
export async function ledgerStats(extPage: Page): Promise<LedgerStats> {
  return extPage.evaluate(async () => {
    const g = globalThis as unknown as { chrome: ExtensionApis };
    const res = (await g.chrome.runtime.sendMessage({ type: 'ledger.stats', payload: {} })) as LedgerStats;
    if (!res || typeof res.cadres !== 'number') throw new Error(`ledger.stats answered ${JSON.stringify(res)}`);
    return res;
  });
}

/** The tab id of the first tab whose URL starts with `prefix`. */
export async function tabIdOf(extPage: Page, prefix: string): Promise<number> {
  const id = await extPage.evaluate(async (p) => {
    const g = globalThis as unknown as { chrome: ExtensionApis };
    const tabs = await g.chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(p))?.id ?? null;
  }, prefix);
  if (id === null) throw new Error(`No tab open at ${prefix}`);
  return id;
}

/** Asks the background to open the in-page panel of the tab at `prefix` (what the launcher and the shortcut do). */
export async function openPanelOf(extPage: Page, prefix: string): Promise<boolean> {
  const tabId = await tabIdOf(extPage, prefix);
  const answer = await extPage.evaluate(async (id) => {
    const g = globalThis as unknown as { chrome: ExtensionApis };
    return g.chrome.runtime.sendMessage({ type: 'fill.panel', payload: { tabId: id } });
  }, tabId);
  return (answer as { opened?: boolean } | undefined)?.opened === true;
}

/**
 * Waits until the background has registered the OA content script, so that pages opened next
 * get it. Returns false after `timeoutMs` instead of throwing: the caller's own assertion says
 * what is wrong.
 */
export async function waitForContentScriptRegistration(extPage: Page, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const count = await extPage.evaluate(async () => {
      const g = globalThis as unknown as { chrome: ExtensionApis };
      return (await g.chrome.scripting?.getRegisteredContentScripts())?.length ?? 0;
    });
    if (count > 0) return true;
    await extPage.waitForTimeout(100);
  }
  return false;
}
