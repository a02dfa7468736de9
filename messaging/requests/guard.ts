import { z } from 'zod';
import type { AuditEvent } from '../../core/model/audit-event';
import type { Finding, Severity } from '../../core/rules/finding';
import type { GuardVerdict } from '../../core/guard/verdict';
import type { SiteMapField } from '../../core/fill/signature';
import type { RequestSpec } from './spec';

/**
 * The submit guard (issue 7): a frame holding an OA submit asks the background to check the
 * form's values (`guard.check`); the in-page panel shows the findings and sends the person's
 * decision (`guard.decide`); its 检查 button checks without submitting (`guard.run`). The
 * messages the background sends to the guard in a frame are at the end (`GuardFrameMessages`).
 */

const tabId = z.number().int().nonnegative();
const frameId = z.number().int().nonnegative();
const sessionId = z.string().min(1).max(40);
/** the values of assigned fields only: field key → text */
const values = z.record(z.string().max(80), z.string().max(2000)).refine((v) => Object.keys(v).length <= 200, 'err_too_long');

export const guardRequests = {
  /** a held submit (or a frame's read for the 检查 button): check the values */
  'guard.check': {
    from: ['content'],
    payload: z.strictObject({
      tabId,
      frameId,
      url: z.string().max(2000),
      formSignature: z.string().max(100),
      values,
      /** the frame shows the panel itself (it can host it): the background need not */
      panelHere: z.boolean().default(false),
    }),
  },
  /** the person's decision on a held submit */
  'guard.decide': {
    from: ['content', 'extension-page'],
    payload: z.strictObject({
      tabId,
      sessionId,
      action: z.enum(['confirm', 'override', 'back']),
      reason: z.string().max(2000).optional(),
    }),
  },
  /** 检查: check the tab's form now, without submitting */
  'guard.run': { from: ['content', 'extension-page'], payload: z.strictObject({ tabId }) },
  /** the held submit of a tab, if any (a panel opened later shows it) */
  'guard.session': { from: ['content', 'extension-page'], payload: z.strictObject({ tabId }) },
  /** jump to a finding's field: scroll, focus, outline */
  'guard.focus': { from: ['content', 'extension-page'], payload: z.strictObject({ tabId, frameId, key: z.string().min(1).max(80) }) },
  /** a frame let a submit through because the guard failed (shown in the panel) */
  'guard.failed': { from: ['content'], payload: z.strictObject({ tabId, key: z.string().max(60) }) },
  /**
   * what became of a submit the guard let through: its frame left for another page (`left`), or
   * the page showed the OA's success (`shown`, with the form number when it shows one)
   */
  'guard.outcome': {
    from: ['content'],
    payload: z.strictObject({
      tabId,
      pendingId: sessionId,
      outcome: z.enum(['left', 'shown']),
      /** the document the submit left from (its result page is another) */
      docId: z.string().min(1).max(40),
      formNumber: z.string().min(1).max(60).optional(),
    }),
  },
  /** an armed frame saw one of its frames load a page: arm the tab's frames again */
  'guard.frameLoaded': { from: ['content'], payload: z.strictObject({ tabId }) },
  /** the latest overrides in the audit log, newest first */
  'guard.overrides': { from: ['extension-page'], payload: z.strictObject({ limit: z.number().int().min(1).max(500).default(50) }) },
} as const satisfies Record<string, RequestSpec>;

/** A finding as the panel shows it: the rule's finding, and the frame whose fields it concerns. */
export interface GuardFinding extends Finding {
  frameId: number;
}

/** What the panel shows: a held submit, a 检查 result, or a failure of the guard. */
export type GuardPanelState =
  | { kind: 'held'; sessionId: string; findings: GuardFinding[]; severityMax: Severity | 'none'; verdict: GuardVerdict; cadreFound: boolean }
  | { kind: 'checked'; findings: GuardFinding[]; severityMax: Severity | 'none'; verdict: GuardVerdict; cadreFound: boolean }
  | { kind: 'failed'; key: string };

export interface GuardCheckAnswer {
  verdict: GuardVerdict;
  severityMax: Severity | 'none';
  findings: GuardFinding[];
  /** set when the submit is held for the person's decision */
  sessionId?: string;
  cadreFound: boolean;
  /** a visit record was written (always false now: a submit is recorded when the OA accepted it) */
  recorded: boolean;
  /** pass: the frame reports what the OA did with the submit under this id (`guard.outcome`) */
  pendingId?: string;
}

export type GuardDecideAnswer = { ok: true; recorded: boolean } | { ok: false; key: string };

export interface GuardResponses {
  'guard.check': GuardCheckAnswer;
  'guard.decide': GuardDecideAnswer;
  'guard.run': { ok: true; state: GuardPanelState } | { ok: false; key: string };
  'guard.session': { state: GuardPanelState | null };
  'guard.focus': { focused: boolean };
  'guard.failed': { shown: boolean };
  'guard.overrides': { events: AuditEvent[] };
  'guard.outcome': { recorded: boolean };
  'guard.frameLoaded': { armed: number };
}

// ---- background → guard in a frame ---------------------------------------------------------------

/** A remembered form of the frame's origin: its signature, fields and extra submit words. */
export interface GuardSiteMap {
  formSignature: string;
  fields: SiteMapField[];
  submitTexts: string[];
}

export interface GuardArmPayload {
  tabId: number;
  frameId: number;
  siteMaps: GuardSiteMap[];
}

/** What a frame reads of its form through the assignment. */
export interface GuardReadAnswer {
  url: string;
  formSignature: string;
  values: Record<string, string>;
}

/** A frame's page as the guard sees it after a submit. */
export interface GuardResultAnswer {
  /** a random id of the document (a new page, a new id) */
  docId: string;
  /** the document has loaded */
  ready: boolean;
  /** the OA's form number (单据编号) the page shows, if any */
  formNumber?: string;
}

export interface GuardFrameMessages {
  'frame.guard.arm': { payload: GuardArmPayload; answer: { armed: boolean; url: string } };
  'frame.guard.read': { payload: Record<string, never>; answer: GuardReadAnswer };
  /** `pendingId`: the frame reports the OA's answer to the replayed submit under this id */
  'frame.guard.release': { payload: { sessionId: string; pendingId?: string }; answer: { replayed: boolean } };
  'frame.guard.cancel': { payload: { sessionId: string }; answer: { cancelled: boolean } };
  'frame.guard.focus': { payload: { key: string }; answer: { focused: boolean } };
  'frame.guard.show': { payload: { tabId: number; state: GuardPanelState }; answer: { opened: boolean } };
  /** the frame's document now (a result page after a submit): its id, whether loaded, the OA's form number */
  'frame.guard.result': { payload: Record<string, never>; answer: GuardResultAnswer };
}
export type GuardFrameMessageName = keyof GuardFrameMessages;
