import { assignFields } from '../../../core/fill/assign';
import { formSignature, siteMapFieldsFrom } from '../../../core/fill/signature';
import type { FieldSnapshot } from '../../../core/fill/types';
import type { Cadre } from '../../../core/model/cadre';
import type { Settings } from '../../../core/model/settings';
import type { Standard } from '../../../core/model/standard';
import type { Template } from '../../../core/model/template';
import type { IsoDate } from '../../../core/model/validators/dates';
import { toRmbUpper } from '../../../core/model/validators/rmb';
import type { FillResponses } from '../../../messaging/requests/fill';
import { collectFrames, type TabApi } from './frames';
import { planFrames } from './plans';
import { countRows, reportRows } from './report';
import { originOf, type SiteMapStore } from './site-maps';
import { fillValues } from './values';

/**
 * A fill, from the click to the report: inject the engine into every frame, collect all frames
 * in parallel, assign keys tab-wide (remembered site map first, then the lexicon), render the
 * template for the cadre, plan and apply per frame in parallel, report every field, and remember
 * the assignment. Nothing of it stays in the worker: undo data is kept by each frame.
 */

export interface FillDeps {
  tab: TabApi;
  siteMaps: SiteMapStore;
  cadre(id: string): Promise<Cadre | undefined>;
  template(id: string): Promise<Template | undefined>;
  settings(): Promise<Pick<Settings, 'handlerName' | 'department'>>;
  standards(): Promise<Standard[]>;
  today(): IsoDate;
  now(): number;
}

export interface FillRequest {
  tabId: number;
  cadreId: string;
  templateId: string;
  overwrite: boolean;
}

export const COLLECT_TIMEOUT_MS = 5000;
export const APPLY_TIMEOUT_MS = 8000;
/** how long frames wait before reading the written values a second time */
export const SETTLE_MS = 150;

/** Fills a tab; never throws for a page that cannot be filled (the answer says why). */
export async function fillTab(req: FillRequest, deps: FillDeps): Promise<FillResponses['fill.start']> {
  const t0 = deps.now();
  const [cadre, template] = await Promise.all([deps.cadre(req.cadreId), deps.template(req.templateId)]);
  if (!cadre) return { ok: false, key: 'fill_err_no_cadre' };
  if (!template) return { ok: false, key: 'fill_err_no_template' };

  let frameIds: number[];
  try {
    frameIds = await deps.tab.injectEngine(req.tabId);
  } catch {
    return { ok: false, key: 'fill_err_no_access' };
  }
  const frames = (await collectFrames(deps.tab, req.tabId, frameIds, COLLECT_TIMEOUT_MS)).filter((f) => f.collection.fields.length > 0);
  if (frames.length === 0) return { ok: false, key: 'fill_err_no_fields' };

  // re-number the fields tab-wide
  let offset = 0;
  for (const f of frames) {
    f.offset = offset;
    offset += f.collection.fields.length;
  }
  const snapshots: FieldSnapshot[] = frames.flatMap((f) => f.collection.fields);
  const headings = frames.flatMap((f) => [...f.collection.headings, f.collection.title]).filter((h) => h !== '');
  const top = frames.find((f) => f.top) ?? frames[0]!;
  const origin = originOf(top.url) ?? frames.map((f) => originOf(f.url)).find((o) => o !== null) ?? null;
  const signature = formSignature(snapshots);
  const remembered = origin ? await deps.siteMaps.find(origin, signature).catch(() => undefined) : undefined;

  const assigned = assignFields(snapshots, { headings, ...(remembered ? { siteMapFields: remembered.fields } : {}) });
  const [settings, standards] = await Promise.all([deps.settings(), deps.standards()]);
  const { values, missing } = fillValues({ cadre, template, settings, standards, today: deps.today(), role: assigned.role });

  const plans = planFrames({ frames, snapshots, assignments: assigned.assignments, values, amountInWords: toRmbUpper, overwrite: req.overwrite });
  const answers = await Promise.all(
    plans.map((p) =>
      p.apply.length === 0
        ? Promise.resolve({ results: [], ms: 0 })
        : deps.tab.send(req.tabId, p.frame.frameId, 'frame.apply', { steps: p.apply, settleMs: SETTLE_MS }, APPLY_TIMEOUT_MS).catch(() => undefined),
    ),
  );
  const rows = reportRows(snapshots, plans, answers, assigned.role);

  if (origin && assigned.assignments.length > 0) {
    const fields = siteMapFieldsFrom(snapshots, assigned.assignments, assigned.ignored);
    const formName = headings.find((h) => /[表单]$/.test(h))?.slice(0, 100);
    await deps.siteMaps
      .remember({ origin, formSignature: signature, role: assigned.role, fields, ...(formName ? { formName } : {}) })
      .catch((e: unknown) => console.warn(`[CareFill] site map not saved: ${e instanceof Error ? e.name : typeof e}`));
  }

  return {
    ok: true,
    role: assigned.role,
    formSignature: signature,
    frames: frames.length,
    rows,
    counts: countRows(rows),
    usedSiteMap: assigned.assignments.some((a) => a.via === 'sitemap'),
    missing,
    ms: Math.round(deps.now() - t0),
  };
}

/** Undoes the latest fill in every frame of a tab that has one. */
export async function undoTab(tabId: number, tab: TabApi): Promise<FillResponses['fill.undo']> {
  let frameIds: number[];
  try {
    frameIds = await tab.injectEngine(tabId);
  } catch {
    return { restored: 0, frames: 0 };
  }
  const answers = await Promise.all(frameIds.map((id) => tab.send(tabId, id, 'frame.undo', {}, COLLECT_TIMEOUT_MS).catch(() => undefined)));
  const restored = answers.map((a) => (a && Number.isInteger(a.restored) ? a.restored : 0));
  return { restored: restored.reduce((s, n) => s + n, 0), frames: restored.filter((n) => n > 0).length };
}
