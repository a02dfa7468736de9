import { z } from 'zod';
import { money, optionalText, text } from './fields';
import { recordMeta } from './record';
import { FESTIVALS, SUPPORT_FORMS, VISIT_TYPES, FESTIVAL_VISIT_TYPES } from './vocab';
import { FIELD_KEY_LIST, type FieldKey } from './field-keys';
import { isTierFor } from './standard';

/**
 * 慰问模板: the values a visit of one type fills into the OA form. Text values may hold
 * placeholders ({{姓名}}, {{金额大写}} ...), rendered for a cadre and an occasion at fill time
 * (core/templates). Amounts left out default from the standards in force.
 */
export const templateFields = z.strictObject({
  name: text(60).min(1, 'err_required'),
  visitType: z.enum(VISIT_TYPES, 'err_choose_one'),
  festival: z.enum(FESTIVALS, 'err_choose_one').optional(),
  /** 住院 tier (一般/手术/重大疾病), 去世 case (本人/直系亲属) or milestone age ("90") */
  tier: optionalText(20),
  form: z.enum(SUPPORT_FORMS, 'err_choose_one').optional(),
  /** 慰问金 (cash); when neither amount is set the value defaults from the standards in force */
  amount: money.optional(),
  /** 慰问品金额 (value of the goods) */
  goodsValue: money.optional(),
  goods: optionalText(200),
  fundingSource: optionalText(60),
  /** how {{称谓}} addresses the cadre, itself with placeholders; default "{{姓}}老" */
  salutation: optionalText(30),
  description: optionalText(500),
  /** field key → text with placeholders */
  values: z.partialRecord(z.enum(FIELD_KEY_LIST as [FieldKey, ...FieldKey[]]), z.string().max(2000)).default({}),
  isDefault: z.boolean().default(false),
});


function checkTemplate(t: z.output<typeof templateFields>, ctx: z.RefinementCtx): void {
  if (t.festival !== undefined && !FESTIVAL_VISIT_TYPES.includes(t.visitType))
    ctx.addIssue({ code: 'custom', path: ['festival'], message: 'err_festival_for_type' });
  if (t.tier !== undefined && !isTierFor(t.visitType, t.tier))
    ctx.addIssue({ code: 'custom', path: ['tier'], message: 'err_tier_for_type' });
  if (t.form === '慰问金' && t.goodsValue !== undefined && t.goodsValue > 0)
    ctx.addIssue({ code: 'custom', path: ['goodsValue'], message: 'err_goods_for_cash_form' });
  if (t.form === '慰问品' && t.amount !== undefined && t.amount > 0)
    ctx.addIssue({ code: 'custom', path: ['amount'], message: 'err_cash_for_goods_form' });
}

/** A template as typed in or imported (no envelope). */
export const templateInput = templateFields.superRefine(checkTemplate);
export type TemplateInput = z.input<typeof templateInput>;

export const template = templateFields.extend(recordMeta).superRefine(checkTemplate);
export type Template = z.output<typeof template>;
