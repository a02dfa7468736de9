import { z } from 'zod';
import { isoDate, money, optionalText } from './fields';
import { recordMeta } from './record';
import { FESTIVALS, SUPPORT_FORMS, VISIT_TYPES } from './vocab';

/** 慰问记录: a visit that was made (submitted in the OA, or entered by hand). Caps count these. */
export const visitRecordFields = z.strictObject({
  cadreId: recordMeta.id,
  visitType: z.enum(VISIT_TYPES, 'err_choose_one'),
  festival: z.enum(FESTIVALS).optional(),
  /** 住院 tier, 去世 case or milestone age */
  tier: optionalText(20),
  date: isoDate,
  amount: money.default(0),
  goodsValue: money.default(0),
  form: z.enum(SUPPORT_FORMS).optional(),
  goods: optionalText(200),
  fundingSource: optionalText(60),
  source: z.enum(['oa', 'manual', 'import']),
  oaUrl: optionalText(2000),
  oaFormNumber: optionalText(60),
  /** the OA form's signature (core/fill), set by the submit guard to recognise a repeated submit */
  formSignature: optionalText(100),
  /** set when an expense claim covers this visit */
  claimedIn: optionalText(60),
  /** the 预算科目 the claim paid this visit from (its annual budget counts it) */
  claimedBudgetItem: optionalText(60),
  /** when the claim was marked as submitted */
  claimedOn: isoDate.optional(),
  note: optionalText(1000),
});

export const visitRecord = visitRecordFields.extend(recordMeta);
export type VisitRecord = z.output<typeof visitRecord>;
