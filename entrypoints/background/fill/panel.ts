import type { TabApi } from './frames';

/**
 * Opening the in-page panel: the engine goes into the top frame, which mounts the panel. A
 * frameset page has no body to show it in; then the first frame that can show it does.
 */
export async function openPanel(tabId: number, tab: TabApi): Promise<{ opened: boolean }> {
  const PANEL_TIMEOUT_MS = 3000;
  if (await tab.injectEngineTop(tabId)) {
    const top = await tab.send(tabId, 0, 'frame.panel', { tabId }, PANEL_TIMEOUT_MS);
    if (top?.opened) return { opened: true };
  }
  let frameIds: number[];
  try {
    frameIds = await tab.injectEngine(tabId);
  } catch {
    return { opened: false };
  }
  for (const frameId of frameIds.filter((id) => id !== 0)) {
    const answer = await tab.send(tabId, frameId, 'frame.panel', { tabId }, PANEL_TIMEOUT_MS);
    if (answer?.opened) return { opened: true };
  }
  return { opened: false };
}
