import { originOf } from '../fill/site-maps';
import type { GuardSiteMap } from '../../../messaging/requests/guard';
import type { Repos } from '../../../storage/repos';
import { GUARD_FRAME_TIMEOUT_MS, type GuardTabApi } from './frames';

/**
 * Arming a tab: the engine goes into its frames and each frame's guard starts watching the
 * submit buttons, with the remembered forms of the tab's origin (their field assignments and
 * extra submit words). Only tabs of an origin with a remembered form, or a tab just filled, are
 * armed: elsewhere nothing is watched.
 */

/** The remembered forms of an origin, as the frames need them. */
export async function guardSiteMaps(repos: Pick<Repos, 'siteMaps'>, origin: string): Promise<GuardSiteMap[]> {
  const maps = await repos.siteMaps.listBy('origin', origin);
  return maps.map((m) => ({ formSignature: m.formSignature, fields: m.fields, submitTexts: m.submitTexts }));
}

/** Arms every frame of a tab; the frame ids that armed. */
export async function armTab(tabId: number, tab: GuardTabApi, repos: Pick<Repos, 'siteMaps'>): Promise<number[]> {
  const url = await tab.tabUrl(tabId);
  const origin = url ? originOf(url) : null;
  const siteMaps = origin ? await guardSiteMaps(repos, origin) : [];
  const frameIds = await tab.injectEngine(tabId);
  const answers = await Promise.all(frameIds.map((frameId) => tab.send(tabId, frameId, 'frame.guard.arm', { tabId, frameId, siteMaps }, GUARD_FRAME_TIMEOUT_MS)));
  return frameIds.filter((_, i) => answers[i]?.armed === true);
}

/** At page load: arms the tab when its origin has a remembered form. */
export async function armOnLoad(tabId: number, url: string | undefined, tab: GuardTabApi, repos: Pick<Repos, 'siteMaps'>): Promise<boolean> {
  const origin = url ? originOf(url) : null;
  if (!origin) return false;
  if ((await repos.siteMaps.listBy('origin', origin)).length === 0) return false;
  return (await armTab(tabId, tab, repos)).length > 0;
}
