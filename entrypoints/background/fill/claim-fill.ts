import { assignFields } from '../../../core/fill/assign';
import { unplacedRowKeys } from '../../../core/fill/rows';
import type { FillReport } from '../../../messaging/requests/fill';
import type { TabApi } from './frames';
import { collectForm, fillWithRounds, type AssignForm } from './grow-rounds';
import { countRows } from './report';
import type { SiteMapStore } from './site-maps';

/**
 * Filling a 费用报销单 with a claim's values: like a visit fill (collect every frame, assign
 * keys, plan, apply, report), plus the detail rows. When the claim has more rows than the form,
 * the frame holding the table is asked to add them with the page's own add-row control, and the
 * tab is collected again so the new rows' fields are filled too. Fields that appear while the values
 * are written (frames report them) are collected and filled in up to two more rounds
 * (grow-rounds.ts, shared with template fills).
 */

export interface ClaimFillDeps {
  tab: TabApi;
  siteMaps: SiteMapStore;
  now(): number;
  /** installs the page's own form API for a frame of this tab, where enabled (adapter.ts) */
  pageAdapter?(tabId: number, frame: { frameId: number; url: string }): Promise<string | null>;
}

/** Keys for a claim: the form is a claim whatever it looks like; a remembered visit map does not apply. */
function claimAssigner(siteMaps: SiteMapStore): AssignForm {
  return async ({ snapshots, headings, origin, signature }) => {
    const remembered = origin ? await siteMaps.find(origin, signature).catch(() => undefined) : undefined;
    const siteMapFields = remembered && remembered.role === 'expense' ? remembered.fields : undefined;
    return assignFields(snapshots, { role: 'expense', headings, ...(siteMapFields ? { siteMapFields } : {}) });
  };
}

/** Fills the claim's values into a tab; never throws for a page that cannot be filled. */
export async function fillClaimTab(
  tabId: number,
  values: Readonly<Record<string, string>>,
  overwrite: boolean,
  deps: ClaimFillDeps,
): Promise<(FillReport & { rowsAdded: number }) | { ok: false; key: 'fill_err_no_access' | 'fill_err_no_fields' }> {
  const t0 = deps.now();
  let frameIds: number[];
  try {
    frameIds = await deps.tab.injectEngine(tabId);
  } catch {
    return { ok: false, key: 'fill_err_no_access' };
  }
  const assign = claimAssigner(deps.siteMaps);
  const first = await collectForm(deps.tab, tabId, frameIds, assign);
  if (!first) return { ok: false, key: 'fill_err_no_fields' };

  const pageAdapter = deps.pageAdapter ? (frame: { frameId: number; url: string }) => deps.pageAdapter!(tabId, { frameId: frame.frameId, url: frame.url }) : undefined;
  const { form, rows, rowsAdded } = await fillWithRounds({ tab: deps.tab, tabId, frameIds, form: first, values, overwrite, assign, ...(pageAdapter ? { pageAdapter } : {}) });
  return {
    ok: true,
    role: form.assigned.role,
    formSignature: form.signature,
    frames: form.frames.length,
    rows,
    counts: countRows(rows),
    usedSiteMap: form.assigned.assignments.some((a) => a.via === 'sitemap'),
    preparedFrames: first.frames.filter((f) => f.prepared).length,
    missing: unplacedRowKeys(form.assigned.assignments, values),
    ms: Math.round(deps.now() - t0),
    rowsAdded,
  };
}
