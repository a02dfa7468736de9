import { z } from 'zod';
import type { FormRole } from '../../core/fill/types';
import type { SiteMap } from '../../core/model/site-map';
import { recordId as id, type RequestSpec } from './spec';
import type { SaveResponse } from './standards';

/**
 * Site maps (issue 6, teaching): the options page lists, edits and deletes the remembered OA
 * forms; the in-page panel teaches one field by a click (`teach.pick`, then `teach.save`). The messages the
 * background sends to the engine in each frame are at the end (`TeachFrameMessages`).
 */

const tabId = z.number().int().nonnegative();
const formSignature = z.string().min(1).max(100);
/** A field key, a row key (`expense.row.amount[2]`) or 'ignore'; checked against the vocabulary by the handler. */
const mapKey = z.string().min(1).max(80);

/** The control a taught entry names, as the pick answered it. */
const taughtControl = z.strictObject({
  selector: z.string().min(1).max(1000),
  altSelectors: z.array(z.string().max(1000)).max(5).default([]),
  label: z.string().max(200).default(''),
  framePath: z.string().max(1000).default(''),
  /** the detail-table row of the control, if it is in one */
  row: z.number().int().nonnegative().max(999).optional(),
});

export const siteMapRequests = {
  /** every remembered form, summarised */
  'siteMap.list': { from: ['extension-page'], payload: z.strictObject({}) },
  'siteMap.get': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** update with the `updatedAt` the editor loaded (or create without an id) */
  'siteMap.save': {
    from: ['extension-page'],
    payload: z.strictObject({ id: id.optional(), expectedUpdatedAt: z.number().int().optional(), input: z.unknown() }),
  },
  'siteMap.delete': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** the next click on a control of the tab, in any frame; answers when clicked or cancelled (Esc) */
  'teach.pick': { from: ['extension-page', 'content'], payload: z.strictObject({ tabId }) },
  /** stops a pick still waiting in the frames of the tab */
  'teach.cancel': { from: ['extension-page', 'content'], payload: z.strictObject({ tabId }) },
  /** remembers what the picked control means, for the tab's origin and the form's signature */
  'teach.save': {
    from: ['extension-page', 'content'],
    payload: z.strictObject({ tabId, formSignature, role: z.enum(['visit', 'expense']), control: taughtControl, key: mapKey }),
  },
  /** text fields the person changed after the latest fill, in every frame of the tab */
  'teach.changes': { from: ['extension-page', 'content'], payload: z.strictObject({ tabId }) },
} as const satisfies Record<string, RequestSpec>;

/** One remembered form in the options page's list. */
export interface SiteMapSummary {
  id: string;
  origin: string;
  formSignature: string;
  formName?: string;
  role: SiteMap['role'];
  /** entries that mean a field (not 'ignore') */
  fields: number;
  ignored: number;
  updatedAt: number;
}

export type TeachControl = z.output<typeof taughtControl>;

/** What a click taught: the control, the form it belongs to, and what CareFill thinks it means now. */
export interface TeachPicked {
  ok: true;
  origin: string;
  formSignature: string;
  role: FormRole;
  control: TeachControl;
  /** the label as the form shows it ('' when it has none) */
  labelShown: string;
  /** the key CareFill would fill it as now ('' unknown, 'ignore') */
  currentKey: string;
}

export type TeachPickFailureKey = 'teach_err_cancelled' | 'teach_err_no_access' | 'teach_err_not_a_field';

/** A field of the latest fill whose value the person replaced. */
export interface TeachChange {
  selector: string;
  /** what it holds now */
  now: string;
}

export interface SiteMapResponses {
  'siteMap.list': { siteMaps: SiteMapSummary[] };
  'siteMap.get': { siteMap: SiteMap | null };
  'siteMap.save': SaveResponse<SiteMap>;
  'siteMap.delete': { deleted: boolean };
  'teach.pick': TeachPicked | { ok: false; key: TeachPickFailureKey };
  'teach.cancel': { stopped: number };
  'teach.save': { ok: true; fields: number } | { ok: false; key: string };
  'teach.changes': { changes: (TeachChange & { frameId: number })[] };
}

// ---- background → engine in a frame ------------------------------------------------------------

/** A frame's answer to `frame.teach`: the control clicked, or why there is none. */
export type FrameTeachAnswer =
  | { picked: true; selector: string }
  | { picked: false; reason: 'cancelled' | 'stopped' | 'timeout' | 'busy' };

export interface TeachFrameMessages {
  /** captures the next click on a control of this frame */
  'frame.teach': { payload: { timeoutMs?: number }; answer: FrameTeachAnswer };
  /** ends a waiting capture and removes the highlight */
  'frame.teachStop': { payload: Record<string, never>; answer: { stopped: boolean } };
  /** the text fields of the latest fill the person changed since */
  'frame.teachChanges': { payload: Record<string, never>; answer: { changes: TeachChange[] } };
}
export type TeachFrameMessageName = keyof TeachFrameMessages;
