import { z } from 'zod';
import { contactRules } from './contact-rule';
import { money, optionalText } from './fields';

/** One annual budget: how much a 预算科目 may spend in a year, checked by expense claims. */
export const budgetEntry = z.strictObject({
  item: z.string().trim().min(1, 'err_required').max(60, 'err_too_long'),
  year: z.number().int().min(2000).max(2100),
  amount: money,
});
export type BudgetEntry = z.output<typeof budgetEntry>;

/** Office-wide settings; one record in storage. */
export const settings = z.strictObject({
  /** OA origins the person granted (`http://10.1.2.3:8080`) */
  oaOrigins: z.array(z.string().url().max(300)).max(50).default([]),
  /** OA origins where the page-world form adapter (e-cology 9 WfForm) may be used: opt-in, none by default */
  pageAdapterOrigins: z.array(z.string().url().max(300)).max(50).default([]),
  handlerName: optionalText(30),
  department: optionalText(60),
  /** months between contacts before a cadre shows as "not contacted" */
  contactIntervalMonths: z.number().int().min(1).max(24).default(3),
  /** who must be contacted more often (独居 monthly …); unset = the defaults of core/model/contact-rule.ts */
  contactRules: contactRules.optional(),
  reminders: z.strictObject({ enabled: z.boolean(), time: z.string().regex(/^\d{2}:\d{2}$/) }).default({ enabled: true, time: '09:00' }),
  /** the Lock (storage/lock) locks itself after this many minutes without a request; whether it is on is the stored vault */
  lockIdleMinutes: z.number().int().min(1).max(480).default(15),
  /** 年度预算 per 预算科目 for expense claims (issue 7); none by default */
  budgets: z.array(budgetEntry).max(200).default([]),
  updatedAt: z.number().int().nonnegative().default(0),
});
export type Settings = z.output<typeof settings>;
