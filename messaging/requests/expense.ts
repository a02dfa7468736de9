import { z } from 'zod';
import type { Claim } from '../../core/expense/claim';
import type { Finding } from '../../core/rules/finding';
import { budgetEntry, type BudgetEntry } from '../../core/model/settings';
import type { VisitRecord } from '../../core/model/visit-record';
import { FESTIVALS, VISIT_TYPES } from '../../core/model/vocab';
import type { FillReport } from './fill';
import { recordId as id, type RequestSpec } from './spec';

/**
 * Expense claims (费用报销单, issue 7): the options page picks visit records, previews the claim
 * with its checks, fills it into an open OA tab, and marks the visits claimed; it also edits the
 * annual budgets per 预算科目. The background's message to a frame that grows a detail table
 * (`frame.grow`) is declared at the end, next to the other frame messages.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'err_date_format');

export const visitFilter = z.strictObject({
  year: z.number().int().min(1900).max(2200).optional(),
  visitType: z.enum(VISIT_TYPES).optional(),
  festival: z.enum(FESTIVALS).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  fundingSource: z.string().trim().max(60).optional(),
  unclaimedOnly: z.boolean().default(true),
});

export const claimHeader = z.strictObject({
  budgetItem: z.string().trim().max(60).optional(),
  approvalNumber: z.string().trim().max(60).optional(),
  invoiceCount: z.number().int().min(0).max(9999).optional(),
  reason: z.string().trim().max(500).optional(),
});
export type ClaimHeaderInput = z.output<typeof claimHeader>;

const visitIds = z.array(id).min(1).max(500);
const tabId = z.number().int().nonnegative();

export const expenseRequests = {
  /** visit records a claim may cover, with their cadres' names */
  'claim.visits': { from: ['extension-page'], payload: z.strictObject({ filter: visitFilter }) },
  /** the claim for some visits and its checks */
  'claim.preview': { from: ['extension-page'], payload: z.strictObject({ visitIds, header: claimHeader }) },
  /** fills the claim into an OA tab's 费用报销单 (refused while a check blocks it) */
  'claim.fill': { from: ['extension-page'], payload: z.strictObject({ tabId, visitIds, header: claimHeader, overwrite: z.boolean().default(false) }) },
  /** marks the visits claimed in `claimId` (the OA form number, or CareFill's claim id) */
  'claim.markClaimed': { from: ['extension-page'], payload: z.strictObject({ visitIds, claimId: z.string().trim().min(1).max(60), header: claimHeader }) },
  /** open tabs of the OA origins the person added, to fill into */
  'claim.tabs': { from: ['extension-page'], payload: z.strictObject({}) },
  'claim.budgets': { from: ['extension-page'], payload: z.strictObject({}) },
  'claim.budgets.save': { from: ['extension-page'], payload: z.strictObject({ budgets: z.array(budgetEntry).max(200) }) },
} as const satisfies Record<string, RequestSpec>;

/** A visit as the claims view lists it. */
export interface ClaimVisitRow {
  visit: VisitRecord;
  cadreName: string;
}

export interface ClaimPreview {
  claim: Claim;
  findings: Finding[];
  /** some finding blocks filling and marking */
  blocked: boolean;
}

export interface OaTab {
  tabId: number;
  title: string;
  url: string;
}

export type ClaimFailureKey = 'claim_err_blocked' | 'claim_err_no_visits' | 'fill_err_no_access' | 'fill_err_no_fields';

export interface ExpenseResponses {
  'claim.visits': { visits: ClaimVisitRow[] };
  'claim.preview': ClaimPreview;
  /** `formFindings`: the checks on what the OA form holds after the fill */
  'claim.fill': (FillReport & { preview: ClaimPreview; rowsAdded: number; formFindings: Finding[] }) | { ok: false; key: ClaimFailureKey; preview?: ClaimPreview };
  'claim.markClaimed': { ok: true; marked: number; claimId: string } | { ok: false; key: ClaimFailureKey; preview?: ClaimPreview };
  'claim.tabs': { tabs: OaTab[] };
  'claim.budgets': { budgets: BudgetEntry[] };
  'claim.budgets.save': { ok: true; budgets: BudgetEntry[] } | { ok: false; key: string };
}

// ---- background → engine in a frame ------------------------------------------------------------

export interface FrameGrowPayload {
  /** selectors of a control in the detail table's last row */
  selectors: string[];
  /** rows to add */
  rows: number;
}

export interface FrameGrowAnswer {
  added: number;
  /** an add-row control was found near the table */
  control: boolean;
  ms: number;
}

declare module './fill' {
  interface FrameApplyAnswer {
    /** form controls that appeared in the frame while the plan was applied (page/fill/grow.ts) */
    appeared?: number;
  }
  interface FillFrameMessages {
    /** adds rows to a detail table by clicking the page's own add-row control */
    'frame.grow': { payload: FrameGrowPayload; answer: FrameGrowAnswer };
  }
}
