import { browser } from 'wxt/browser';

/**
 * The tab the popup reports on: `popup.html?tab=<id>` names one (tests, or a popup opened as a
 * page); otherwise the active tab of the current window.
 */
export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
