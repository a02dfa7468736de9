import { browser } from 'wxt/browser';
import { assignFields } from '../../../core/fill/assign';
import { formSignature, primaryLabel, type SiteMapField } from '../../../core/fill/signature';
import type { FieldSnapshot, FormRole } from '../../../core/fill/types';
import type { TeachControl, TeachFrameMessageName, TeachFrameMessages, TeachPicked } from '../../../messaging/requests/site-maps';
import type { Repos } from '../../../storage/repos';
import { collectFrames, type TabApi } from '../fill/frames';
import { COLLECT_TIMEOUT_MS } from '../fill/orchestrate';
import { reportLabel } from '../fill/report-label';
import { originOf, siteMapStore, type SiteMapStore } from '../fill/site-maps';
import { browserTabApi, sendToFrame } from '../fill/tab-api';
import type { Handler } from './context';
import { isSiteMapKey, keyForControl, withTaughtField } from './site-maps';

/**
 * Teaching in the in-page panel: a pick waits for the person's click in every frame of the tab,
 * then names the control and the form it belongs to; a save puts the taught meaning first in the
 * form's site map.
 */

/** How long frames wait for the teaching click. */
export const PICK_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 2000;

/** What teaching needs of the browser; tests pass fakes. */
export interface TeachDeps {
  tab: TabApi;
  /** a teaching message to one frame; undefined when the frame does not answer in time */
  sendTeach<N extends TeachFrameMessageName>(tabId: number, frameId: number, name: N, payload: TeachFrameMessages[N]['payload'], timeoutMs: number): Promise<TeachFrameMessages[N]['answer'] | undefined>;
  /** the URL of the tab's top frame */
  tabUrl(tabId: number): Promise<string | undefined>;
  siteMaps: SiteMapStore;
}

/** The first answer that satisfies `wanted`, or undefined once every promise has settled without one. */
function firstWanted<T>(promises: readonly Promise<T>[], wanted: (t: T) => boolean): Promise<T | undefined> {
  return new Promise((resolve) => {
    let left = promises.length;
    if (left === 0) resolve(undefined);
    for (const p of promises)
      p.then(
        (v) => (wanted(v) ? resolve(v) : --left === 0 && resolve(undefined)),
        () => --left === 0 && resolve(undefined),
      );
  });
}

/** The form of a tab as the fill sees it: every frame's fields numbered tab-wide, its signature and role. */
async function tabForm(tabId: number, frameIds: readonly number[], deps: TeachDeps) {
  const frames = (await collectFrames(deps.tab, tabId, frameIds, COLLECT_TIMEOUT_MS)).filter((f) => f.collection.fields.length > 0);
  const snapshots: FieldSnapshot[] = frames.flatMap((f) => f.collection.fields);
  const headings = frames.flatMap((f) => [...f.collection.headings, f.collection.title]).filter((h) => h !== '');
  const top = frames.find((f) => f.top) ?? frames[0];
  const origin = (top && originOf(top.url)) ?? frames.map((f) => originOf(f.url)).find((o) => o !== null) ?? null;
  return { snapshots, headings, origin, signature: formSignature(snapshots) };
}

/** Stops the pick in every frame (the highlight goes with it). */
async function stopAll(tabId: number, frameIds: readonly number[], deps: TeachDeps): Promise<number> {
  const answers = await Promise.all(frameIds.map((id) => deps.sendTeach(tabId, id, 'frame.teachStop', {}, STOP_TIMEOUT_MS).catch(() => undefined)));
  return answers.filter((a) => a?.stopped).length;
}

/** Waits for the person's click on a control of the tab and says what CareFill makes of it. */
export async function pickControl(tabId: number, deps: TeachDeps): Promise<TeachPicked | { ok: false; key: 'teach_err_cancelled' | 'teach_err_no_access' | 'teach_err_not_a_field' }> {
  let frameIds: number[];
  try {
    frameIds = await deps.tab.injectEngine(tabId);
  } catch {
    return { ok: false, key: 'teach_err_no_access' };
  }
  const waits = frameIds.map(async (frameId) => ({ frameId, answer: await deps.sendTeach(tabId, frameId, 'frame.teach', { timeoutMs: PICK_TIMEOUT_MS }, PICK_TIMEOUT_MS + 1000).catch(() => undefined) }));
  // a click in one frame, or Esc in one, ends the pick everywhere
  const first = await firstWanted(waits, (w) => w.answer?.picked === true || (w.answer?.picked === false && w.answer.reason === 'cancelled'));
  // the other frames stop waiting; the picked control keeps its outline until the save or cancel
  await stopAll(tabId, first?.answer?.picked ? frameIds.filter((id) => id !== first.frameId) : frameIds, deps);
  if (!first?.answer?.picked) return { ok: false, key: 'teach_err_cancelled' };

  const { selector } = first.answer;
  const form = await tabForm(tabId, frameIds, deps);
  const index = form.snapshots.findIndex((s) => s.frameId === first.frameId && s.selector === selector);
  const snap = form.snapshots[index];
  if (!snap || !form.origin) return { ok: false, key: 'teach_err_not_a_field' };

  const remembered = await deps.siteMaps.find(form.origin, form.signature).catch(() => undefined);
  const assigned = assignFields(form.snapshots, { headings: form.headings, ...(remembered ? { siteMapFields: remembered.fields } : {}) });
  const currentKey = assigned.ignored.includes(index) ? 'ignore' : (assigned.assignments.find((a) => a.snapshotIndex === index)?.key ?? '');
  const control: TeachControl = {
    selector: snap.selector,
    altSelectors: snap.altSelectors.slice(0, 5),
    label: primaryLabel(snap).slice(0, 200),
    framePath: snap.framePath,
    ...(snap.row !== undefined ? { row: snap.row } : {}),
  };
  return { ok: true, origin: form.origin, formSignature: form.signature, role: assigned.role, control, labelShown: reportLabel(snap, currentKey, assigned.role).slice(0, 200), currentKey };
}

/** Puts a taught meaning into the site map of the tab's origin and the form's signature. */
export async function saveTaught(
  req: { tabId: number; formSignature: string; role: FormRole; control: TeachControl; key: string },
  deps: Pick<TeachDeps, 'tabUrl'> & { repos: Pick<Repos, 'siteMaps'> },
): Promise<{ ok: true; fields: number } | { ok: false; key: string }> {
  const key = keyForControl(req.key, req.control.row);
  if (!isSiteMapKey(key)) return { ok: false, key: 'err_sitemap_key' };
  const origin = originOf((await deps.tabUrl(req.tabId).catch(() => undefined)) ?? '');
  if (!origin) return { ok: false, key: 'teach_err_no_access' };
  const entry: SiteMapField = { selector: req.control.selector, altSelectors: req.control.altSelectors, label: req.control.label, framePath: req.control.framePath, key };
  const existing = await siteMapStore(deps.repos).find(origin, req.formSignature);
  const fields = withTaughtField(existing?.fields ?? [], entry);
  const res = existing
    ? await deps.repos.siteMaps.save({ ...existing, fields }, { id: existing.id, expectedUpdatedAt: existing.updatedAt })
    : await deps.repos.siteMaps.save({ origin, formSignature: req.formSignature, role: req.role, fields });
  return res.ok ? { ok: true, fields: res.record.fields.length } : { ok: false, key: res.problems[0]?.key ?? 'err_request_failed' };
}

/** Teaching messages to a frame over the browser's tabs API. */
function browserSendTeach<N extends TeachFrameMessageName>(tabId: number, frameId: number, name: N, payload: TeachFrameMessages[N]['payload'], timeoutMs: number) {
  return sendToFrame(tabId, frameId, name, payload, timeoutMs) as Promise<TeachFrameMessages[N]['answer'] | undefined>;
}

function teachDeps(repos: Repos): TeachDeps {
  return {
    tab: browserTabApi,
    sendTeach: browserSendTeach,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    siteMaps: siteMapStore(repos),
  };
}

export const pickTeach: Handler<'teach.pick'> = async ({ tabId }, { repos }) => pickControl(tabId, teachDeps(repos));

export const cancelTeach: Handler<'teach.cancel'> = async ({ tabId }, { repos }) => {
  const deps = teachDeps(repos);
  const frameIds = await deps.tab.injectEngine(tabId).catch(() => [] as number[]);
  return { stopped: await stopAll(tabId, frameIds, deps) };
};

/** `teach.changes`: the filled text fields the person changed, from every frame of the tab. */
export const listTeachChanges: Handler<'teach.changes'> = async ({ tabId }, { repos }) => {
  const deps = teachDeps(repos);
  const frameIds = await deps.tab.injectEngine(tabId).catch(() => [] as number[]);
  const answers = await Promise.all(frameIds.map(async (frameId) => ({ frameId, answer: await deps.sendTeach(tabId, frameId, 'frame.teachChanges', {}, STOP_TIMEOUT_MS).catch(() => undefined) })));
  const changes = answers.flatMap(({ frameId, answer }) =>
    Array.isArray(answer?.changes)
      ? answer.changes.filter((c) => typeof c?.selector === 'string' && typeof c.now === 'string').slice(0, 500).map((c) => ({ frameId, selector: c.selector.slice(0, 1000), now: c.now.slice(0, 2000) }))
      : [],
  );
  return { changes };
};

/** `teach.save`: stored, and the outline of the picked control removed. */
export const saveTeach: Handler<'teach.save'> = async (req, { repos }) => {
  const deps = teachDeps(repos);
  const saved = await saveTaught(req, { tabUrl: deps.tabUrl, repos });
  const frameIds = await deps.tab.injectEngine(req.tabId).catch(() => [] as number[]);
  await stopAll(req.tabId, frameIds, deps);
  return saved;
};
