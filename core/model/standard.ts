import { z } from 'zod';
import { isoDate, money, optionalText, text } from './fields';
import { recordMeta } from './record';
import { CATEGORIES, FESTIVALS, RANKS, SUPPORT_FORMS, VISIT_TYPES } from './vocab';

/**
 * 经费标准: one version of the office's spending rules, in force from `effectiveFrom`. The rule
 * engine checks a visit against the version in force on the visit date. The detailed clause
 * vocabulary is documented in docs/standards.md.
 */

/** A limit with its reference in the office's document (第X条). */
const clause = { ref: optionalText(60) };

/** A per-visit cap for a visit type, optionally narrowed to a category, rank, festival or tier. */
const perVisitCap = z.strictObject({
  visitType: z.enum(VISIT_TYPES),
  category: z.enum(CATEGORIES).optional(),
  rank: z.enum(RANKS).optional(),
  festival: z.enum(FESTIVALS).optional(),
  /** 住院 tier (一般/手术/重大疾病), 去世 case (本人/直系亲属) or milestone age ("90") */
  tier: optionalText(20),
  cap: money,
  ...clause,
});

export const standardFields = z.strictObject({
  name: text(100).min(1, 'err_required'),
  /** the office document this version transcribes */
  document: optionalText(200),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.optional(),
  /** true for the shipped example, which every office must replace with its own figures */
  isExample: z.boolean().default(false),
  ageMode: z.enum(['周岁', '虚岁']).default('周岁'),
  milestones: z.array(z.number().int().min(1).max(130)).max(20).default([80, 90, 100]),
  perVisitCaps: z.array(perVisitCap).max(500).default([]),
  annualCaps: z
    .array(
      z.strictObject({
        /** visit types counted; empty = all */
        visitTypes: z.array(z.enum(VISIT_TYPES)).default([]),
        category: z.enum(CATEGORIES).optional(),
        cap: money,
        ...clause,
      }),
    )
    .max(50)
    .default([]),
  frequency: z
    .array(
      z.strictObject({
        visitType: z.enum(VISIT_TYPES),
        max: z.number().int().min(1).max(100),
        per: z.enum(['year', 'festival', 'hospitalisation']),
        ...clause,
      }),
    )
    .max(50)
    .default([]),
  /** festival windows in days around the festival day (lunar festivals computed per year) */
  festivalWindows: z
    .array(z.strictObject({ festival: z.enum(FESTIVALS), before: z.number().int().min(0).max(60), after: z.number().int().min(0).max(60), ...clause }))
    .max(20)
    .default([]),
  allowedForms: z
    .array(z.strictObject({ visitType: z.enum(VISIT_TYPES), forms: z.array(z.enum(SUPPORT_FORMS)), ...clause }))
    .max(20)
    .default([]),
  forbiddenItems: z
    .array(z.strictObject({ visitTypes: z.array(z.enum(VISIT_TYPES)).default([]), items: z.array(text(30)), ...clause }))
    .max(20)
    .default([]),
  approvalThresholds: z
    .array(z.strictObject({ over: money, level: text(40), ...clause }))
    .max(10)
    .default([]),
  duplicateWindowDays: z.number().int().min(0).max(366).default(30),
  warnRatio: z.number().min(0).max(1).default(0.8),
});

export const standard = standardFields.extend(recordMeta);
export type Standard = z.output<typeof standard>;
