import type { AssignFieldsResult } from '../../../core/fill/assign';
import { lastRowFields, rowGrowth } from '../../../core/fill/rows';
import { formSignature } from '../../../core/fill/signature';
import type { FieldSnapshot } from '../../../core/fill/types';
import { toRmbUpper } from '../../../core/model/validators/rmb';
import type { FillRow, FrameApplyAnswer } from '../../../messaging/requests/fill';
import { collectFrames, type FrameFields, type TabApi } from './frames';
import { planFrames, type FramePlan } from './plans';
import { reportRows } from './report';
import { originOf } from './site-maps';

/**
 * The rounds every fill runs once keys are assigned, shared by template fills (orchestrate.ts) and
 * claim fills (claim-fill.ts): when the values have more detail rows than the form, the frame of
 * the table adds them with the page's own add-row control and the tab is collected again; then the
 * plan is applied; then fields that appeared while it was written are collected and filled, in up
 * to two more rounds.
 */

export const COLLECT_TIMEOUT_MS = 5000;
export const APPLY_TIMEOUT_MS = 8000;
/** how long frames wait before reading the written values a second time */
export const SETTLE_MS = 150;
/** Time for the page to build each added row, and the most a grow may take in all. */
const GROW_MS_PER_ROW = 2500;
const GROW_MAX_MS = 120_000;
/** At most this many extra collect-and-fill rounds for fields that appeared during a fill. */
export const MAX_APPEAR_ROUNDS = 2;

/** The tab's form as collected: frames, fields numbered tab-wide, and the keys assigned. */
export interface TabForm {
  frames: FrameFields[];
  snapshots: FieldSnapshot[];
  headings: string[];
  origin: string | null;
  signature: string;
  assigned: AssignFieldsResult;
}

/** Assigns keys to a collected form (each fill has its own role and site-map rules). */
export type AssignForm = (form: Omit<TabForm, 'assigned'>) => Promise<AssignFieldsResult>;

/** Collects every frame, numbers the fields tab-wide and assigns keys; null when no frame has fields. */
export async function collectForm(tab: TabApi, tabId: number, frameIds: readonly number[], assign: AssignForm): Promise<TabForm | null> {
  const frames = (await collectFrames(tab, tabId, frameIds, COLLECT_TIMEOUT_MS)).filter((f) => f.collection.fields.length > 0);
  if (frames.length === 0) return null;
  let offset = 0;
  for (const f of frames) {
    f.offset = offset;
    offset += f.collection.fields.length;
  }
  const snapshots = frames.flatMap((f) => f.collection.fields);
  const headings = frames.flatMap((f) => [...f.collection.headings, f.collection.title]).filter((h) => h !== '');
  const top = frames.find((f) => f.top) ?? frames[0]!;
  const origin = originOf(top.url) ?? frames.map((f) => originOf(f.url)).find((o) => o !== null) ?? null;
  const form = { frames, snapshots, headings, origin, signature: formSignature(snapshots) };
  return { ...form, assigned: await assign(form) };
}

/** Asks the frame of the detail table to add `rows` rows; the rows it added. */
async function growTable(tab: TabApi, tabId: number, form: TabForm, rows: number): Promise<number> {
  const anchorIndex = lastRowFields(form.assigned.assignments)[0];
  if (anchorIndex === undefined) return 0;
  const snap = form.snapshots[anchorIndex]!;
  const frame = form.frames.find((f) => anchorIndex >= f.offset && anchorIndex < f.offset + f.collection.fields.length);
  if (!frame) return 0;
  const timeout = Math.min(rows * GROW_MS_PER_ROW + 1000, GROW_MAX_MS);
  const answer = await tab.send(tabId, frame.frameId, 'frame.grow', { selectors: [snap.selector, ...snap.altSelectors], rows }, timeout).catch(() => undefined);
  return answer && Number.isInteger(answer.added) ? answer.added : 0;
}

/**
 * Installs the page-world adapter for one frame's part of a fill (e-cology 9 `WfForm`, where the
 * person enabled it for the OA origin): the nonce the frame sends the values with, or null.
 */
export type PageAdapterInstaller = (frame: Pick<FrameFields, 'frameId' | 'url'>) => Promise<string | null>;

/** Sends every frame its part of the plan; the frames' answers in the plans' order. */
async function applyPlans(tab: TabApi, tabId: number, plans: FramePlan[], pageAdapter?: PageAdapterInstaller): Promise<(FrameApplyAnswer | undefined)[]> {
  return Promise.all(
    plans.map(async (p) => {
      if (p.apply.length === 0) return { results: [], ms: 0 };
      const nonce = pageAdapter ? await pageAdapter(p.frame).catch(() => null) : null;
      const payload = { steps: p.apply, settleMs: SETTLE_MS, ...(nonce ? { adapterNonce: nonce } : {}) };
      return tab.send(tabId, p.frame.frameId, 'frame.apply', payload, APPLY_TIMEOUT_MS).catch(() => undefined);
    }),
  );
}

/** A field across collections: its frame and selector. */
const fieldId = (frameId: number | undefined, selector: string) => `${frameId ?? 0}|${selector}`;

/** The frames the engine reaches now (frames may have been added), or the earlier ones. */
const reinject = (tab: TabApi, tabId: number, frameIds: number[]) => tab.injectEngine(tabId).catch(() => frameIds);

export interface FillRoundsInput {
  tab: TabApi;
  tabId: number;
  frameIds: number[];
  /** the form as first collected, keys assigned */
  form: TabForm;
  values: Readonly<Record<string, string>>;
  overwrite: boolean;
  assign: AssignForm;
  /** the page's own form API for the frames where the person enabled it */
  pageAdapter?: PageAdapterInstaller;
}

export interface FillRoundsResult {
  /** the form as last collected (with added rows and appeared fields) */
  form: TabForm;
  /** every field of the report, appeared ones after the first round's */
  rows: FillRow[];
  /** rows the page added for the values */
  rowsAdded: number;
  /** extra rounds run for fields that appeared */
  appearRounds: number;
}

/**
 * Grows the detail table when the values need more rows, applies the plan, and fills fields that
 * appeared while it was written (at most MAX_APPEAR_ROUNDS more rounds). Never throws for a frame
 * that does not answer: its fields are reported as not filled.
 */
export async function fillWithRounds(input: FillRoundsInput): Promise<FillRoundsResult> {
  const { tab, tabId, values, overwrite, assign, pageAdapter } = input;
  let form = input.form;
  let frameIds = input.frameIds;

  let rowsAdded = 0;
  const growth = rowGrowth(form.assigned.assignments, values);
  if (growth.add > 0) {
    rowsAdded = await growTable(tab, tabId, form, growth.add);
    // the new rows are new fields: collect again
    if (rowsAdded > 0) {
      frameIds = await reinject(tab, tabId, frameIds);
      form = (await collectForm(tab, tabId, frameIds, assign)) ?? form;
    }
  }

  const plans = planFrames({ frames: form.frames, snapshots: form.snapshots, assignments: form.assigned.assignments, values, amountInWords: toRmbUpper, overwrite });
  let answers = await applyPlans(tab, tabId, plans, pageAdapter);
  const rows = reportRows(form.snapshots, plans, answers, form.assigned.role);

  // fields that appeared while values were written (a choice that reveals more of the form)
  let appearRounds = 0;
  while (appearRounds < MAX_APPEAR_ROUNDS && answers.some((a) => (a?.appeared ?? 0) > 0)) {
    appearRounds++;
    frameIds = await reinject(tab, tabId, frameIds);
    const next = await collectForm(tab, tabId, frameIds, assign);
    if (!next) break;
    const known = new Set(form.snapshots.map((s) => fieldId(s.frameId, s.selector)));
    // a key already given to a field stays there: a copy a widget adds (a picker's panel) gets nothing
    const placed = new Set(form.assigned.assignments.map((a) => a.key));
    const isNew = (i: number) => !known.has(fieldId(next.snapshots[i]!.frameId, next.snapshots[i]!.selector));
    const fresh = next.assigned.assignments.filter((a) => isNew(a.snapshotIndex) && !placed.has(a.key));
    form = next;
    if (fresh.length === 0) break;
    const freshPlans = planFrames({ frames: next.frames, snapshots: next.snapshots, assignments: fresh, values, amountInWords: toRmbUpper, overwrite });
    answers = await applyPlans(tab, tabId, freshPlans, pageAdapter);
    rows.push(...reportRows(next.snapshots, freshPlans, answers, next.assigned.role).filter((r) => !known.has(fieldId(r.frameId, r.selector))));
  }
  return { form, rows, rowsAdded, appearRounds };
}
