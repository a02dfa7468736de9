import type { FillResponses } from '../../../messaging/requests/fill';
import { askEveryFrame, type TabApi } from './frames';
import { COLLECT_TIMEOUT_MS } from './grow-rounds';

/**
 * The fill flow opened for a tab (the popup, or the panel in the page): the engine goes into every
 * frame and each collects its fields now, while the person picks a cadre and a template, and
 * keeps them until the click as long as its page does not change (page/fill/prepared.ts). On a
 * tab CareFill may not script nothing happens.
 */
export async function prepareTab(tabId: number, tab: TabApi): Promise<FillResponses['fill.prepare']> {
  const answers = await askEveryFrame(tab, tabId, 'frame.prepare', (frameId) => ({ frameId }), COLLECT_TIMEOUT_MS);
  if (!answers) return { frames: 0, fields: 0 };
  const counts = answers.map((a) => (a && Number.isInteger(a.fields) && a.fields >= 0 ? a.fields : -1)).filter((n) => n >= 0);
  return { frames: counts.length, fields: counts.reduce((s, n) => s + n, 0) };
}
