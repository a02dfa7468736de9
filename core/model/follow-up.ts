import { z } from 'zod';
import { isoDate, optionalText, text } from './fields';
import { recordMeta } from './record';
import { FOLLOW_UP_METHODS } from './vocab';

/** 一跟进: one contact with a cadre, what was found, and what will be done by when. */
export const followUpFields = z.strictObject({
  cadreId: recordMeta.id,
  date: isoDate,
  method: z.enum(FOLLOW_UP_METHODS, 'err_choose_one'),
  found: text(2000).min(1, 'err_required'),
  action: optionalText(2000),
  owner: optionalText(30),
  dueDate: isoDate.optional(),
  doneDate: isoDate.optional(),
});

export const followUp = followUpFields
  .extend(recordMeta)
  .refine((f) => !f.dueDate || f.dueDate >= f.date, { path: ['dueDate'], message: 'err_due_before_date' });
export type FollowUp = z.output<typeof followUp>;
export type FollowUpInput = z.input<typeof followUpFields>;
