import { assignFields } from '../../../core/fill/assign';
import { siteMapFieldsFrom } from '../../../core/fill/signature';
import type { Cadre } from '../../../core/model/cadre';
import type { Settings } from '../../../core/model/settings';
import type { Standard } from '../../../core/model/standard';
import type { Template } from '../../../core/model/template';
import type { IsoDate } from '../../../core/model/validators/dates';
import type { FillResponses } from '../../../messaging/requests/fill';
import { askEveryFrame, type TabApi } from './frames';
import { APPLY_TIMEOUT_MS, collectForm, fillWithRounds, type AssignForm } from './grow-rounds';
import { countRows } from './report';
import type { SiteMapStore } from './site-maps';
import { fillValues } from './values';

/**
 * A fill, from the click to the report: inject the engine into every frame, collect all frames
 * in parallel, assign keys tab-wide (remembered site map first, then the lexicon), render the
 * template for the cadre, plan and apply per frame in parallel, report every field, and remember
 * the assignment. Like a claim fill (grow-rounds.ts), detail rows the values have and the form
 * lacks are added by the page's own add-row control, and fields that appear while the values are
 * written are filled too. Nothing of it stays in the worker: undo data is kept by each frame.
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
  /** installs the page's own form API for a frame of this tab, where enabled (adapter.ts) */
  pageAdapter?(tabId: number, frame: { frameId: number; url: string }): Promise<string | null>;
}

export interface FillRequest {
  tabId: number;
  cadreId: string;
  templateId: string;
  overwrite: boolean;
}

export { APPLY_TIMEOUT_MS, COLLECT_TIMEOUT_MS, SETTLE_MS } from './grow-rounds';

/** Keys for a template fill: the remembered site map first, then the lexicon (the role as the form says). */
function templateAssigner(siteMaps: SiteMapStore): AssignForm {
  return async ({ snapshots, headings, origin, signature }) => {
    const remembered = origin ? await siteMaps.find(origin, signature).catch(() => undefined) : undefined;
    return assignFields(snapshots, { headings, ...(remembered ? { siteMapFields: remembered.fields } : {}) });
  };
}

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
  const assign = templateAssigner(deps.siteMaps);
  const first = await collectForm(deps.tab, req.tabId, frameIds, assign);
  if (!first) return { ok: false, key: 'fill_err_no_fields' };
  const { assigned, origin, signature, snapshots, headings } = first;

  const [settings, standards] = await Promise.all([deps.settings(), deps.standards()]);
  const { values, missing } = fillValues({ cadre, template, settings, standards, today: deps.today(), role: assigned.role });
  // more detail rows than the form has are added by the page; fields that appear are filled too
  const pageAdapter = deps.pageAdapter ? (frame: { frameId: number; url: string }) => deps.pageAdapter!(req.tabId, { frameId: frame.frameId, url: frame.url }) : undefined;
  const { form, rows } = await fillWithRounds({
    tab: deps.tab,
    tabId: req.tabId,
    frameIds,
    form: first,
    values,
    overwrite: req.overwrite,
    assign,
    ...(pageAdapter ? { pageAdapter } : {}),
  });

  // the map is of the form as it opens (before rows were added): that is what the next fill finds
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
    frames: form.frames.length,
    rows,
    counts: countRows(rows),
    usedSiteMap: assigned.assignments.some((a) => a.via === 'sitemap'),
    preparedFrames: first.frames.filter((f) => f.prepared).length,
    missing,
    ms: Math.round(deps.now() - t0),
  };
}

/** Undoes the latest fill in every frame of a tab that has one. */
export async function undoTab(tabId: number, tab: TabApi): Promise<FillResponses['fill.undo']> {
  // undo opens the dropdowns of component widgets again: it may take as long as applying
  const answers = await askEveryFrame(tab, tabId, 'frame.undo', () => ({}), APPLY_TIMEOUT_MS);
  if (!answers) return { restored: 0, frames: 0 };
  const restored = answers.map((a) => (a && Number.isInteger(a.restored) ? a.restored : 0));
  return { restored: restored.reduce((s, n) => s + n, 0), frames: restored.filter((n) => n > 0).length };
}
