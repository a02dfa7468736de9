import { z } from 'zod';
import { cadreInput, recordMeta, type FieldProblem } from '../core/model';

/**
 * The message protocol between extension pages, the background and content scripts: each message
 * has a name, a zod payload schema and the kind of sender allowed to send it. The background
 * validates both before a handler runs (see messaging/guard.ts). Responses are typed per message.
 *
 * A content script runs inside somebody else's page: it may never read the ledger wholesale, so
 * only messages marked `content` accept it as sender.
 */

export type SenderKind = 'extension-page' | 'content';

const id = recordMeta.id;

export const requests = {
  /** search the ledger by name, pinyin, initials, ID digits or phone */
  'cadre.search': {
    from: ['extension-page'],
    payload: z.strictObject({ query: z.string().max(100), limit: z.number().int().min(1).max(200).default(20) }),
  },
  'cadre.get': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** create (no id) or update (id + the updatedAt the editor loaded, to detect edits elsewhere) */
  'cadre.save': {
    from: ['extension-page'],
    payload: z.strictObject({ id: id.optional(), expectedUpdatedAt: z.number().int().optional(), input: z.unknown() }),
  },
  'cadre.delete': { from: ['extension-page'], payload: z.strictObject({ ids: z.array(id).min(1).max(50_000) }) },
  /** bulk import of validated cadres (JSON ledger); preview first, then commit in one transaction */
  'ledger.import': {
    from: ['extension-page'],
    payload: z.strictObject({ rows: z.array(z.unknown()).max(100_000), commit: z.boolean() }),
  },
  'ledger.stats': { from: ['extension-page'], payload: z.strictObject({}) },
  /** erase everything CareFill stores */
  'data.wipe': { from: ['extension-page'], payload: z.strictObject({ confirm: z.literal('WIPE') }) },
  /** which frames of a tab run CareFill's content script */
  'tab.frames': { from: ['extension-page'], payload: z.strictObject({ tabId: z.number().int().nonnegative() }) },
} as const;

export type RequestName = keyof typeof requests;
export type RequestPayload<N extends RequestName> = z.input<(typeof requests)[N]['payload']>;
export type ParsedPayload<N extends RequestName> = z.output<(typeof requests)[N]['payload']>;

/** What a cadre looks like in lists and search results: no ID number in clear. */
export const cadreSummary = z.strictObject({
  id,
  name: z.string(),
  gender: z.string().optional(),
  category: z.string(),
  rank: z.string().optional(),
  originalUnit: z.string().optional(),
  birthDate: z.string().optional(),
  idMasked: z.string().optional(),
  alive: z.boolean(),
  updatedAt: z.number(),
});
export type CadreSummary = z.output<typeof cadreSummary>;

export interface FrameStatus {
  frameId: number;
  url: string;
  /** the content script answered from this frame */
  active: boolean;
}

export interface ImportPreview {
  total: number;
  toAdd: number;
  toUpdate: number;
  /** 1-based row numbers with the problems of each row */
  errors: { row: number; problems: FieldProblem[] }[];
  committed: boolean;
}

export type Problem = FieldProblem;

export interface Responses {
  'cadre.search': { items: CadreSummary[]; total: number };
  'cadre.get': { cadre: z.output<typeof cadreInput> & { id: string; updatedAt: number; createdAt: number } } | { cadre: null };
  'cadre.save': { ok: true; id: string; updatedAt: number } | { ok: false; problems: Problem[]; conflict?: boolean };
  'cadre.delete': { deleted: number };
  'ledger.import': ImportPreview;
  'ledger.stats': { cadres: number; followUps: number; visits: number };
  'data.wipe': { ok: true };
  'tab.frames': { frames: FrameStatus[] };
}

/** Every request on the wire: `{ type, payload }`. */
export interface Envelope<N extends RequestName = RequestName> {
  type: N;
  payload: RequestPayload<N>;
}

/** Failures the background reports instead of a response. */
export interface ErrorResponse {
  error: 'bad-request' | 'forbidden' | 'internal';
  /** i18n key */
  key: string;
}

/** Messages the background sends to the content script of a frame. */
export const frameRequests = {
  'frame.ping': z.strictObject({}),
} as const;
export type FrameRequestName = keyof typeof frameRequests;
export interface FrameResponses {
  'frame.ping': { url: string; title: string; top: boolean };
}
