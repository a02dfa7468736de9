import { z } from 'zod';
import type { FieldProblem, FollowUp } from '../../core/model';
import { recordId as id, type RequestSpec } from './spec';

/** 一跟进: the follow-up log of each cadre and the office's list of follow-ups due. */
export const followUpRequests = {
  /** a cadre's follow-ups, the latest first */
  'followUp.list': { from: ['extension-page'], payload: z.strictObject({ cadreId: id }) },
  /** create (no id) or update (id + the updatedAt loaded); marking done is an update with `doneDate` */
  'followUp.save': {
    from: ['extension-page'],
    payload: z.strictObject({ id: id.optional(), expectedUpdatedAt: z.number().int().optional(), input: z.unknown() }),
  },
  'followUp.delete': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** open follow-ups due within `withinDays` (overdue ones included), the earliest first */
  'followUp.due': { from: ['extension-page'], payload: z.strictObject({ withinDays: z.number().int().min(0).max(366).default(7) }) },
} as const satisfies Record<string, RequestSpec>;

/** An open follow-up and the cadre it is about (no ID number). */
export interface DueFollowUpItem {
  followUp: FollowUp;
  cadre: { id: string; name: string; category: string; originalUnit?: string; phone?: string };
}

export interface FollowUpResponses {
  'followUp.list': { items: FollowUp[] };
  'followUp.save': { ok: true; followUp: FollowUp } | { ok: false; problems: FieldProblem[]; conflict?: boolean };
  'followUp.delete': { deleted: boolean };
  'followUp.due': { items: DueFollowUpItem[]; today: string };
}
