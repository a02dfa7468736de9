import { z } from 'zod';
import { DIFFICULTY_TYPES, HEALTH_STATUSES } from './vocab';

/**
 * A contact rule of the office (联系频次): cadres matching ANY of the listed criteria must be
 * contacted at least every `months` months. When several rules match a cadre, the strictest
 * (fewest months) applies; a cadre no rule matches uses the office's contact interval. Kept in
 * the settings, edited on the home screen, used by core/today.
 */
export const contactRule = z
  .strictObject({
  /** what the home screen shows as the reason (独居, 生活不能自理, 80岁以上 ...) */
  label: z.string().trim().min(1, 'err_required').max(30, 'err_too_long'),
  months: z.number('err_interval_range').int('err_interval_range').min(1, 'err_interval_range').max(24, 'err_interval_range'),
  when: z.strictObject({
    /** 周岁 on the day of the check */
    minAge: z.number('err_age_range').int('err_age_range').min(0, 'err_age_range').max(130, 'err_age_range').optional(),
    healthStatuses: z.array(z.enum(HEALTH_STATUSES)).max(HEALTH_STATUSES.length).optional(),
    difficultyTypes: z.array(z.enum(DIFFICULTY_TYPES)).max(DIFFICULTY_TYPES.length).optional(),
    tags: z.array(z.string().trim().min(1).max(20, 'err_too_long')).max(20).optional(),
  }),
  })
  // a rule matching nobody would silently do nothing
  .refine((r) => hasCriterion(r), { path: ['when'], message: 'err_contact_rule_empty' });
export type ContactRule = z.output<typeof contactRule>;

/** At most this many rules: the home screen shows each as a reason. */
export const MAX_CONTACT_RULES = 20;
export const contactRules = z.array(contactRule).max(MAX_CONTACT_RULES, 'err_too_many');

export const DEFAULT_CONTACT_RULES: ContactRule[] = [
  { label: '独居', months: 1, when: { difficultyTypes: ['独居'], tags: ['独居', '空巢'] } },
  { label: '生活不能自理', months: 1, when: { healthStatuses: ['生活不能自理'], difficultyTypes: ['失能'] } },
  { label: '80岁以上', months: 3, when: { minAge: 80 } },
];

/** True when a rule names at least one criterion. */
export function hasCriterion(rule: { when: { minAge?: number; healthStatuses?: readonly string[]; difficultyTypes?: readonly string[]; tags?: readonly string[] } }): boolean {
  const w = rule.when;
  return w.minAge !== undefined || !!w.healthStatuses?.length || !!w.difficultyTypes?.length || !!w.tags?.length;
}
