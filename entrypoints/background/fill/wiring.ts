import { browser } from 'wxt/browser';
import { mountLauncher } from '../../../page/panel/launcher';
import { LAUNCHER_CSS } from '../../../page/panel/styles';
import { openPanel } from './panel';
import { browserTabApi } from './tab-api';

/**
 * The ways into the in-page panel besides the popup: the keyboard shortcut (manifest `commands`)
 * and the launcher button, put into the top frame of an OA page when it has loaded. Both act only
 * on pages of origins the person granted.
 */

export const OPEN_PANEL_COMMAND = 'open-fill-panel';

/** True when CareFill holds the host permission for the page's URL (an OA the person added). */
async function granted(url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:/.test(url)) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return await browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
  } catch {
    return false;
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Puts the launcher into the top frame of a granted page. */
export async function addLauncher(tabId: number, url: string | undefined): Promise<boolean> {
  if (!(await granted(url))) return false;
  const label = browser.i18n.getMessage('launcher_label' as never) || 'CareFill';
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: mountLauncher, args: [tabId, LAUNCHER_CSS, label] });
    return result?.result === true;
  } catch {
    return false;
  }
}

/** Registers the shortcut and launcher listeners (at the worker's start, synchronously). */
export function startPanelEntryPoints(): void {
  listen(() =>
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === OPEN_PANEL_COMMAND) void onShortcut(tab?.id, tab?.url).catch(() => undefined);
    }),
  );
  listen(() =>
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.status === 'complete') void addLauncher(tabId, tab.url);
    }),
  );
}

/** The shortcut opens the panel in the tab it was pressed in, when that tab is an OA page. */
export async function onShortcut(tabId: number | undefined, url: string | undefined): Promise<boolean> {
  const id = tabId ?? (await activeTabId());
  if (id === undefined || !(await granted(url ?? (await browser.tabs.get(id)).url))) return false;
  return (await openPanel(id, browserTabApi)).opened;
}

/** Some browsers (Firefox for Android) have no `commands`; the rest of the background works without it. */
function listen(add: () => void): void {
  try {
    add();
  } catch (e) {
    console.warn(`[CareFill] a panel entry point is not available: ${e instanceof Error ? e.message : typeof e}`);
  }
}
