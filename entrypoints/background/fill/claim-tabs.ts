import { browser } from 'wxt/browser';
import type { OaTab } from '../../../messaging/requests/expense';

/**
 * The open tabs a claim may be filled into: http(s) pages of hosts CareFill holds the permission
 * for (the OA origins the person added). Titles and addresses only.
 */
export async function openOaTabs(): Promise<OaTab[]> {
  const tabs = await browser.tabs.query({});
  const out: OaTab[] = [];
  for (const t of tabs) {
    if (t.id === undefined || !t.url || !/^https?:/.test(t.url)) continue;
    const { protocol, hostname } = new URL(t.url);
    const granted = await browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] }).catch(() => false);
    if (granted) out.push({ tabId: t.id, title: (t.title ?? '').slice(0, 200), url: t.url.slice(0, 2000) });
  }
  return out;
}
