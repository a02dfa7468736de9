import { z } from 'zod';
import type { FillValue, FormRole, FrameCollection } from '../../core/fill/types';
import type { VisitType } from '../../core/model/vocab';
import type { CadreSummary } from './ledger';
import { recordId as id, type RequestSpec } from './spec';

/**
 * Filling an OA form (issue 5): the popup and the in-page panel ask the background to fill a tab
 * for a cadre with a template, to undo it, and (the panel, which runs as a content script) to
 * search cadres and list templates in the few fields it shows. The options page manages the OA
 * origins CareFill may work on. The messages the background sends to the engine in each frame
 * are at the end (`FillFrameMessages`).
 */

const tabId = z.number().int().nonnegative();
/** `http://10.1.2.3:8080`: scheme, host and port only. */
const origin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/?#\s]+$/i, 'err_origin');

export const fillRequests = {
  /** fill every frame of a tab for a cadre with a template */
  'fill.start': {
    from: ['extension-page', 'content'],
    payload: z.strictObject({ tabId, cadreId: id, templateId: id, overwrite: z.boolean().default(false) }),
  },
  /** the fill flow opened for a tab: collect its frames now, so that the click only fills */
  'fill.prepare': { from: ['extension-page', 'content'], payload: z.strictObject({ tabId }) },
  /** undo the latest fill in every frame of a tab */
  'fill.undo': { from: ['extension-page', 'content'], payload: z.strictObject({ tabId }) },
  /** cadre search for the in-page panel: few results, summaries only (ID numbers masked) */
  'fill.cadres': {
    from: ['extension-page', 'content'],
    payload: z.strictObject({ query: z.string().min(1).max(100), limit: z.number().int().min(1).max(20).default(10) }),
  },
  /** the templates to choose from (names and types only), and the one to preselect for a cadre */
  'fill.templates': { from: ['extension-page', 'content'], payload: z.strictObject({ cadreId: id.optional() }) },
  /** open the in-page panel in the top frame of a tab */
  'fill.panel': { from: ['extension-page', 'content'], payload: z.strictObject({ tabId }) },
  /** the OA origins the person added in the options page */
  'oa.origins': { from: ['extension-page'], payload: z.strictObject({}) },
  /** remember an origin whose host permission the options page was just granted */
  'oa.origin.add': { from: ['extension-page'], payload: z.strictObject({ origin }) },
  'oa.origin.remove': { from: ['extension-page'], payload: z.strictObject({ origin }) },
} as const satisfies Record<string, RequestSpec>;

/** How a field ended: written and read back, written, written but the page shows another value, or left alone. */
export type FillRowStatus = 'verified' | 'filled' | 'mismatch' | 'skipped';

export type FillSkipReason =
  | 'readonly'
  | 'disabled'
  | 'no-value'
  /** the field holds a value the person typed; kept unless they confirm overwriting */
  | 'user-typed'
  /** CareFill does not know what the field means */
  | 'unknown'
  /** never filled: captcha, password, search, login */
  | 'excluded'
  | 'no-matching-option'
  | 'invalid-value'
  | 'unsupported-widget'
  /** the control left the page between reading and writing */
  | 'gone'
  /** a component widget that did not take the value (status mismatch) */
  | 'rejected'
  /** a component widget that took the value and then went back (status mismatch) */
  | 'reverted';

/** One field of the form in the report. */
export interface FillRow {
  /** the logical key (`cadre.name`, `expense.row.amount[2]`), '' for an unknown field */
  key: string;
  /** the label as the form shows it */
  label: string;
  /** what CareFill meant to write ('' when nothing) */
  value: string;
  /** what the field shows after the fill */
  shown: string;
  status: FillRowStatus;
  reason?: FillSkipReason;
  frameId: number;
  framePath: string;
  selector: string;
  /** the control's name attribute ('' when it has none) */
  name: string;
}

export type FillCounts = Record<FillRowStatus, number>;

export interface FillReport {
  ok: true;
  role: FormRole;
  formSignature: string;
  /** frames that answered */
  frames: number;
  rows: FillRow[];
  counts: FillCounts;
  /** the remembered site map decided some fields */
  usedSiteMap: boolean;
  /** frames that had collected their fields when the fill flow opened (`fill.prepare`) */
  preparedFrames: number;
  /** placeholders of the template with nothing to put in */
  missing: string[];
  ms: number;
}

export type FillFailureKey = 'fill_err_no_access' | 'fill_err_no_fields' | 'fill_err_no_cadre' | 'fill_err_no_template';

export interface TemplateChoice {
  id: string;
  name: string;
  visitType: VisitType;
  festival?: string;
}

export interface FillResponses {
  'fill.start': FillReport | { ok: false; key: FillFailureKey };
  'fill.prepare': { frames: number; fields: number };
  'fill.undo': { restored: number; frames: number };
  'fill.cadres': { items: CadreSummary[]; total: number };
  'fill.templates': { templates: TemplateChoice[]; defaultId?: string };
  'fill.panel': { opened: boolean };
  'oa.origins': { origins: string[] };
  'oa.origin.add': { ok: true; origins: string[] } | { ok: false; key: string };
  'oa.origin.remove': { origins: string[] };
}

// ---- background → engine in a frame ------------------------------------------------------------

export interface FrameCollectAnswer {
  collection: FrameCollection;
  /** fields that still hold what CareFill wrote in an earlier fill (they may be overwritten) */
  written: number[];
  url: string;
  top: boolean;
  /** the collection was made when the fill flow opened and the page has not changed since */
  prepared: boolean;
  ms: number;
}

export interface FrameApplyStep {
  /** index of the field in the frame's last collection */
  index: number;
  selectors: string[];
  value: FillValue;
}

export type FrameStepStatus = 'verified' | 'mismatch' | 'filled' | 'gone' | 'unsupported';

export interface FrameApplyAnswer {
  /** `reason`: why a component widget is a mismatch (no-matching-option, rejected, reverted) */
  results: { index: number; status: FrameStepStatus; shown: string; reason?: string }[];
  ms: number;
}

/** What the background sends to the engine of a frame, and what each answers. */
export interface FillFrameMessages {
  'frame.collect': { payload: { frameId: number }; answer: FrameCollectAnswer };
  /** collects now and keeps it for the next frame.collect while the frame does not change */
  'frame.prepare': { payload: { frameId: number }; answer: { fields: number; ms: number } };
  /** `adapterNonce`: the page-world adapter installed for this fill (e-cology 9 WfForm, opt-in) */
  'frame.apply': { payload: { steps: FrameApplyStep[]; settleMs?: number; adapterNonce?: string }; answer: FrameApplyAnswer };
  'frame.undo': { payload: Record<string, never>; answer: { restored: number } };
  'frame.panel': { payload: { tabId: number }; answer: { opened: boolean } };
}
export type FillFrameMessageName = keyof FillFrameMessages;

// ---- OA origins ------------------------------------------------------------------------------

/** `http://10.1.2.3:8080/oa/index.jsp` → `http://10.1.2.3:8080`; null for anything but http(s). */
export function normalizeOrigin(text: string): string | null {
  const t = text.trim();
  if (!/^https?:\/\//i.test(t)) return null;
  try {
    const u = new URL(t);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The host permission to ask for an origin. Match patterns cannot name a port in Firefox (and
 * Chrome ignores it), so the pattern covers the host on every port.
 */
export function originPermissionPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
