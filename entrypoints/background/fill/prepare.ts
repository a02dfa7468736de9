import type { FillResponses } from '../../../messaging/requests/fill';
import type { TabApi } from './frames';
import { COLLECT_TIMEOUT_MS } from './grow-rounds';

/**
 * The fill flow opened for a tab (the popup, or the panel in the page): the engine goes into every
 * frame and each collects its fields now, while the person picks a cadre and a template, and
 * keeps them until the click as long as its page does not change (page/fill/prepared.ts). On a
 * tab CareFill may not script nothing happens.
 */
export async function prepareTab(tabId: number, tab: TabApi): Promise<FillResponses['fill.prepare']> {
  let frameIds: number[];
  try {
    frameIds = await tab.injectEngine(tabId);
  } catch {
    return { frames: 0, fields: 0 };
  }
  const answers = await Promise.all(frameIds.map((frameId) => tab.send(tabId, frameId, 'frame.prepare', { frameId }, COLLECT_TIMEOUT_MS).catch(() => undefined)));
  const counts = answers.map((a) => (a && Number.isInteger(a.fields) && a.fields >= 0 ? a.fields : -1)).filter((n) => n >= 0);
  return { frames: counts.length, fields: counts.reduce((s, n) => s + n, 0) };
}
