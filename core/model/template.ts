import { z } from 'zod';
import { money, optionalText, text } from './fields';
import { recordMeta } from './record';
import { FESTIVALS, SUPPORT_FORMS, VISIT_TYPES } from './vocab';
import { FIELD_KEY_LIST, type FieldKey } from './field-keys';

/**
 * 慰问模板: the values a visit of one type fills into the OA form. Text values may hold
 * placeholders ({{姓名}}, {{金额大写}} ...), rendered for a cadre and an occasion at fill time.
 */
export const templateFields = z.strictObject({
  name: text(60).min(1, 'err_required'),
  visitType: z.enum(VISIT_TYPES, 'err_choose_one'),
  festival: z.enum(FESTIVALS, 'err_choose_one').optional(),
  form: z.enum(SUPPORT_FORMS, 'err_choose_one').optional(),
  /** fixed amount; when absent the amount defaults from the standards in force */
  amount: money.optional(),
  goods: optionalText(200),
  fundingSource: optionalText(60),
  /** field key → text with placeholders */
  values: z.partialRecord(z.enum(FIELD_KEY_LIST as [FieldKey, ...FieldKey[]]), z.string().max(2000)).default({}),
  isDefault: z.boolean().default(false),
});

export const template = templateFields.extend(recordMeta);
export type Template = z.output<typeof template>;
