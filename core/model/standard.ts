import { z } from 'zod';
import { isoDate, money, optionalText, text } from './fields';
import { FIELD_KEY_LIST, type FieldKey } from './field-keys';
import { recordMeta } from './record';
import { BEREAVEMENT_CASES, CATEGORIES, FESTIVALS, HOSPITAL_TIERS, RANKS, SUPPORT_FORMS, VISIT_TYPES, FESTIVAL_VISIT_TYPES } from './vocab';
import type { VisitType } from './vocab';

/**
 * 经费标准: one version of the office's spending rules, in force from `effectiveFrom` (to
 * `effectiveTo`, inclusive, when set). The rule engine checks a visit against the version in force
 * on the visit date. Every clause carries `ref`, its place in the office's document (第X条), which
 * findings quote. The format, field by field, is documented in docs/standards.md.
 */

/** The version of this schema; a standards file says which one it was written for. */
export const STANDARD_SCHEMA_VERSION = 1;

/** A limit with its reference in the office's document (《管理办法》第八条). */
const clause = { ref: optionalText(60) };

const visitType = z.enum(VISIT_TYPES, 'err_choose_one');
const fieldKey = z.enum(FIELD_KEY_LIST as [FieldKey, ...FieldKey[]], 'err_unknown_field');


/** The tiers a visit type knows: 住院 tiers, 去世 cases, milestone ages (digits) for birthdays. */
export function isTierFor(type: VisitType, tier: string): boolean {
  if (type === '住院看望') return (HOSPITAL_TIERS as readonly string[]).includes(tier);
  if (type === '去世吊唁') return (BEREAVEMENT_CASES as readonly string[]).includes(tier);
  if (type === '生日寿辰') return /^\d{1,3}$/.test(tier);
  return false;
}

/** What a per-visit cap measures: the whole value (合计), the cash only or the goods only. */
export const CAP_MEASURES = ['合计', '慰问金', '慰问品'] as const;
export type CapMeasure = (typeof CAP_MEASURES)[number];

/** A per-visit cap for a visit type, optionally narrowed to a category, rank, festival or tier. */
const perVisitCap = z
  .strictObject({
    visitType,
    category: z.enum(CATEGORIES, 'err_choose_one').optional(),
    rank: z.enum(RANKS, 'err_choose_one').optional(),
    festival: z.enum(FESTIVALS, 'err_choose_one').optional(),
    /** 住院 tier (一般/手术/重大疾病), 去世 case (本人/直系亲属) or milestone age ("90") */
    tier: optionalText(20),
    measure: z.enum(CAP_MEASURES, 'err_choose_one').default('合计'),
    cap: money,
    ...clause,
  })
  .superRefine((c, ctx) => {
    if (c.tier !== undefined && !isTierFor(c.visitType, c.tier))
      ctx.addIssue({ code: 'custom', path: ['tier'], message: 'err_tier_for_type' });
    if (c.festival !== undefined && !FESTIVAL_VISIT_TYPES.includes(c.visitType))
      ctx.addIssue({ code: 'custom', path: ['festival'], message: 'err_festival_for_type' });
  });

/** A cap on what one person may receive in a calendar year, over all visit types or some. */
const annualCap = z.strictObject({
  /** visit types counted; empty = all */
  visitTypes: z.array(visitType).max(VISIT_TYPES.length).default([]),
  category: z.enum(CATEGORIES, 'err_choose_one').optional(),
  cap: money,
  ...clause,
});

/** At most `max` visits of a type per calendar year, per festival, or per hospitalisation. */
const frequencyLimit = z
  .strictObject({
    visitType,
    /** only visits for this festival count (with per = 'year' or 'festival') */
    festival: z.enum(FESTIVALS, 'err_choose_one').optional(),
    max: z.number().int().min(1).max(100),
    per: z.enum(['year', 'festival', 'hospitalisation'], 'err_choose_one'),
    ...clause,
  })
  .superRefine((f, ctx) => {
    if (f.per === 'hospitalisation' && f.visitType !== '住院看望')
      ctx.addIssue({ code: 'custom', path: ['per'], message: 'err_per_for_type' });
    if (f.per === 'festival' && !FESTIVAL_VISIT_TYPES.includes(f.visitType))
      ctx.addIssue({ code: 'custom', path: ['per'], message: 'err_per_for_type' });
    if (f.festival !== undefined && !FESTIVAL_VISIT_TYPES.includes(f.visitType))
      ctx.addIssue({ code: 'custom', path: ['festival'], message: 'err_festival_for_type' });
  });

/** Days around a day (a festival, a birthday) in which a visit for it is expected. */
const window = {
  before: z.number().int().min(0).max(60),
  after: z.number().int().min(0).max(60),
};

/** The festivals' days are computed per year (lunar ones by the lunar calendar). */
const festivalWindow = z.strictObject({ festival: z.enum(FESTIVALS, 'err_choose_one'), ...window, ...clause });

const allowedForms = z.strictObject({
  visitType,
  forms: z.array(z.enum(SUPPORT_FORMS, 'err_choose_one')).min(1, 'err_required').max(SUPPORT_FORMS.length),
  ...clause,
});

/** Words that must not appear in the goods, the form of support or the detail rows (现金, 购物卡 ...). */
const forbiddenItems = z.strictObject({
  /** visit types concerned; empty = all */
  visitTypes: z.array(visitType).max(VISIT_TYPES.length).default([]),
  items: z.array(text(30).min(1, 'err_required')).min(1, 'err_required').max(50),
  ...clause,
});

/** Form fields a visit of these types must fill (住院: 所在医院, 入院日期 ...). */
const requiredFields = z.strictObject({
  /** visit types concerned; empty = all */
  visitTypes: z.array(visitType).max(VISIT_TYPES.length).default([]),
  fields: z.array(fieldKey).min(1, 'err_required').max(40),
  ...clause,
});

/** Date fields that may not lie after today (the visit date itself may be planned ahead). */
export const DEFAULT_NO_FUTURE_FIELDS: FieldKey[] = [
  'visit.applyDate',
  'visit.admissionDate',
  'visit.deathDate',
  'cadre.birthDate',
  'cadre.retirementDate',
  'expense.date',
];

const dateRules = z.strictObject({
  /** types that may be visited before the form is approved (filed afterwards) */
  emergencyVisitTypes: z.array(visitType).max(VISIT_TYPES.length).default(['住院看望', '去世吊唁']),
  noFutureFields: z.array(fieldKey).max(40).default(DEFAULT_NO_FUTURE_FIELDS),
  ...clause,
});

/** Above `over` yuan (合计), the form needs approval at `level` (分管领导, 集体研究 ...). */
const approvalThreshold = z.strictObject({ over: money, level: text(40).min(1, 'err_required'), ...clause });

export const standardFields = z.strictObject({
  schemaVersion: z.literal(STANDARD_SCHEMA_VERSION, 'err_schema_version').default(STANDARD_SCHEMA_VERSION),
  name: text(100).min(1, 'err_required'),
  /** the office document this version transcribes */
  document: optionalText(200),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.optional(),
  /** true for the shipped example, which every office must replace with its own figures */
  isExample: z.boolean().default(false),
  notes: optionalText(2000),
  /** how the age of a birthday visit is counted */
  ageMode: z.enum(['周岁', '虚岁'], 'err_choose_one').default('周岁'),
  /** ages whose birthday may be celebrated with a visit (生日寿辰) */
  milestones: z.array(z.number().int().min(1).max(130)).max(20).default([80, 90, 100]),
  milestoneRef: optionalText(60),
  /** a birthday visit falls within these days of the birthday (lunar for lunar birthdays) */
  birthdayWindow: z.strictObject({ ...window, ...clause }).optional(),
  perVisitCaps: z.array(perVisitCap).max(500).default([]),
  annualCaps: z.array(annualCap).max(50).default([]),
  frequency: z.array(frequencyLimit).max(50).default([]),
  festivalWindows: z.array(festivalWindow).max(20).default([]),
  allowedForms: z.array(allowedForms).max(20).default([]),
  forbiddenItems: z.array(forbiddenItems).max(20).default([]),
  requiredFields: z.array(requiredFields).max(20).default([]),
  dateRules: dateRules.default({ emergencyVisitTypes: ['住院看望', '去世吊唁'], noFutureFields: DEFAULT_NO_FUTURE_FIELDS }),
  approvalThresholds: z.array(approvalThreshold).max(10).default([]),
  /** two visits to one cadre of one type within this many days look like a duplicate */
  duplicateWindowDays: z.number().int().min(0).max(366).default(30),
  duplicateRef: optionalText(60),
  /** a value from this share of a cap on draws a warning */
  warnRatio: z.number().min(0).max(1).default(0.8),
});

type StandardFieldsOut = z.output<typeof standardFields>;

/** Cross-field rules of a version. */
function checkStandard(s: StandardFieldsOut, ctx: z.RefinementCtx): void {
  if (s.effectiveTo !== undefined && s.effectiveTo < s.effectiveFrom)
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'err_effective_range' });
  const windows = new Set<string>();
  s.festivalWindows.forEach((w, i) => {
    if (windows.has(w.festival)) ctx.addIssue({ code: 'custom', path: ['festivalWindows', i, 'festival'], message: 'err_duplicate' });
    windows.add(w.festival);
  });
}

/** A version as typed in or imported (no envelope). */
export const standardInput = standardFields.superRefine(checkStandard);
export type StandardInput = z.input<typeof standardInput>;
/** A version's rules, with or without the stored envelope: what the rule engine reads. */
export type StandardRules = StandardFieldsOut;

export const standard = standardFields.extend(recordMeta).superRefine(checkStandard);

/** A version in a standards file (core/rules/standards-file): the rules and, optionally, its id. */
export const standardFileEntry = standardFields.extend({ id: recordMeta.id.optional() }).superRefine(checkStandard);
export type Standard = z.output<typeof standard>;
