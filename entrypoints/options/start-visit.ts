import { browser } from 'wxt/browser';

/**
 * 开始慰问 from the home screen: the fill flow (popup.html) opens in a small window of its own,
 * aimed at the OA tab the person used last, with the cadre and template chosen. Tabs whose URL
 * the extension can see are those of granted OA origins, so "the last http(s) tab we can see" is
 * the OA tab. Returns false when no OA page is open (the home screen then says to open one).
 */
export async function startVisit(cadreId: string, templateId: string): Promise<boolean> {
  const tabs = await browser.tabs.query({});
  const oaTabs = tabs.filter((t) => t.id !== undefined && /^https?:/.test(t.url ?? ''));
  const target = oaTabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (target?.id === undefined) return false;
  const params = new URLSearchParams({ tab: String(target.id), cadre: cadreId, template: templateId });
  await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?${params}`), type: 'popup', width: 420, height: 680 });
  return true;
}
