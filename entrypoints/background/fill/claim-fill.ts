import { assignFields, type AssignFieldsResult } from '../../../core/fill/assign';
import { lastRowFields, rowGrowth, unplacedRowKeys } from '../../../core/fill/rows';
import { formSignature } from '../../../core/fill/signature';
import type { FieldSnapshot } from '../../../core/fill/types';
import { toRmbUpper } from '../../../core/model/validators/rmb';
import type { FillReport, FrameApplyAnswer } from '../../../messaging/requests/fill';
import { collectFrames, type FrameFields, type TabApi } from './frames';
import { APPLY_TIMEOUT_MS, COLLECT_TIMEOUT_MS, SETTLE_MS } from './orchestrate';
import { planFrames, type FramePlan } from './plans';
import { countRows, reportRows } from './report';
import { originOf, type SiteMapStore } from './site-maps';

/**
 * Filling a 费用报销单 with a claim's values: like a visit fill (collect every frame, assign
 * keys, plan, apply, report), plus the detail rows. When the claim has more rows than the form,
 * the frame holding the table is asked to add them with the page's own add-row control, and the
 * tab is collected again so the new rows' fields are filled too. Fields that appear while the values
 * are written (frames report them) are collected and filled in up to two more rounds.
 */

export interface ClaimFillDeps {
  tab: TabApi;
  siteMaps: SiteMapStore;
  now(): number;
}

/** Time for the page to build each added row, and the most a grow may take in all. */
const GROW_MS_PER_ROW = 2500;
const GROW_MAX_MS = 120_000;

interface Collected {
  frames: FrameFields[];
  snapshots: FieldSnapshot[];
  assigned: AssignFieldsResult;
  signature: string;
}

async function collectAndAssign(tabId: number, frameIds: number[], deps: ClaimFillDeps): Promise<Collected | null> {
  const frames = (await collectFrames(deps.tab, tabId, frameIds, COLLECT_TIMEOUT_MS)).filter((f) => f.collection.fields.length > 0);
  if (frames.length === 0) return null;
  let offset = 0;
  for (const f of frames) {
    f.offset = offset;
    offset += f.collection.fields.length;
  }
  const snapshots = frames.flatMap((f) => f.collection.fields);
  const headings = frames.flatMap((f) => [...f.collection.headings, f.collection.title]).filter((h) => h !== '');
  const top = frames.find((f) => f.top) ?? frames[0]!;
  const origin = originOf(top.url);
  const signature = formSignature(snapshots);
  const remembered = origin ? await deps.siteMaps.find(origin, signature).catch(() => undefined) : undefined;
  // a remembered map of a visit form does not apply: this is a claim
  const siteMapFields = remembered && remembered.role === 'expense' ? remembered.fields : undefined;
  const assigned = assignFields(snapshots, { role: 'expense', headings, ...(siteMapFields ? { siteMapFields } : {}) });
  return { frames, snapshots, assigned, signature };
}

/** Asks the frame of the detail table to add `rows` rows; the rows it added. */
async function growTable(tabId: number, c: Collected, rows: number, deps: ClaimFillDeps): Promise<number> {
  const anchorIndex = lastRowFields(c.assigned.assignments)[0];
  if (anchorIndex === undefined) return 0;
  const snap = c.snapshots[anchorIndex]!;
  const frame = c.frames.find((f) => anchorIndex >= f.offset && anchorIndex < f.offset + f.collection.fields.length);
  if (!frame) return 0;
  const timeout = Math.min(rows * GROW_MS_PER_ROW + 1000, GROW_MAX_MS);
  const answer = await deps.tab.send(tabId, frame.frameId, 'frame.grow', { selectors: [snap.selector, ...snap.altSelectors], rows }, timeout).catch(() => undefined);
  return answer && Number.isInteger(answer.added) ? answer.added : 0;
}

/** At most this many extra collect-and-fill rounds for fields that appeared during a fill. */
const MAX_APPEAR_ROUNDS = 2;

/** A field across collections: its frame and selector. */
const fieldKey = (s: FieldSnapshot) => `${s.frameId ?? 0}|${s.selector}`;

/** Sends every frame its part of the plan; the frames' answers in the plans' order. */
async function applyPlans(tabId: number, plans: FramePlan[], deps: ClaimFillDeps): Promise<{ plans: FramePlan[]; answers: (FrameApplyAnswer | undefined)[] }> {
  const answers = await Promise.all(
    plans.map((p) =>
      p.apply.length === 0
        ? Promise.resolve<FrameApplyAnswer>({ results: [], ms: 0 })
        : deps.tab.send(tabId, p.frame.frameId, 'frame.apply', { steps: p.apply, settleMs: SETTLE_MS }, APPLY_TIMEOUT_MS).catch(() => undefined),
    ),
  );
  return { plans, answers };
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
  let c = await collectAndAssign(tabId, frameIds, deps);
  if (!c) return { ok: false, key: 'fill_err_no_fields' };

  let rowsAdded = 0;
  const growth = rowGrowth(c.assigned.assignments, values);
  if (growth.add > 0) {
    rowsAdded = await growTable(tabId, c, growth.add, deps);
    // the new rows are new fields: collect again (frames may have been added, too)
    if (rowsAdded > 0) c = (await collectAndAssign(tabId, await deps.tab.injectEngine(tabId).catch(() => frameIds), deps)) ?? c;
  }

  let answers = await applyPlans(tabId, planFrames({ frames: c.frames, snapshots: c.snapshots, assignments: c.assigned.assignments, values, amountInWords: toRmbUpper, overwrite }), deps);
  const rows = reportRows(c.snapshots, answers.plans, answers.answers, c.assigned.role);

  // fields that appeared while values were written (a choice that reveals more of the form)
  for (let round = 0; round < MAX_APPEAR_ROUNDS && answers.answers.some((a) => (a?.appeared ?? 0) > 0); round++) {
    const next = await collectAndAssign(tabId, frameIds, deps);
    if (!next) break;
    const known = new Set(c.snapshots.map(fieldKey));
    const fresh = next.assigned.assignments.filter((a) => !known.has(fieldKey(next.snapshots[a.snapshotIndex]!)));
    c = next;
    if (fresh.length === 0) break;
    answers = await applyPlans(tabId, planFrames({ frames: next.frames, snapshots: next.snapshots, assignments: fresh, values, amountInWords: toRmbUpper, overwrite }), deps);
    rows.push(...reportRows(next.snapshots, answers.plans, answers.answers, next.assigned.role).filter((r) => !known.has(`${r.frameId}|${r.selector}`)));
  }

  const missing = unplacedRowKeys(c.assigned.assignments, values);
  return {
    ok: true,
    role: c.assigned.role,
    formSignature: c.signature,
    frames: c.frames.length,
    rows,
    counts: countRows(rows),
    usedSiteMap: c.assigned.assignments.some((a) => a.via === 'sitemap'),
    missing,
    ms: Math.round(deps.now() - t0),
    rowsAdded,
  };
}
