import { z } from 'zod';
import type { Settings } from '../model/settings';
import { contactRule, DEFAULT_CONTACT_RULES } from '../model/contact-rule';
import { CATEGORIES, FESTIVALS } from '../model/vocab';

export { DEFAULT_CONTACT_RULES, type ContactRule } from '../model/contact-rule';

/**
 * The office's policy for the home screen (今日工作): which birthdays count, which festivals make
 * a campaign, how often each kind of cadre must be contacted, and how far back an action counts.
 * It is data with defaults, shaped like the settings, so an office can change it without code.
 */

const days = (max: number) => z.number().int().min(0).max(max);

/** A festival that makes a visiting campaign, optionally narrowed (e.g. 重阳 for those 70 and over). */
const campaignFestival = z.strictObject({
  festival: z.enum(FESTIVALS),
  /** 周岁 on the festival day */
  minAge: z.number().int().min(0).max(130).optional(),
  categories: z.array(z.enum(CATEGORIES)).min(1).max(CATEGORIES.length).optional(),
});
export type CampaignFestival = z.output<typeof campaignFestival>;

export const todayPolicy = z.strictObject({
  birthdays: z
    .strictObject({
      /** birthdays from today to this many days ahead */
      daysAhead: days(366).default(30),
      /** the ages whose birthday the office marks (a visit, a call, a card) */
      ages: z.array(z.number().int().min(1).max(130)).max(130).default([80, 85, 90, 95, 100]),
      /** how ages count; unset: as the standard in force says (else 周岁) */
      ageMode: z.enum(['周岁', '虚岁']).optional(),
    })
    .default({ daysAhead: 30, ages: [80, 85, 90, 95, 100] }),
  campaigns: z
    .strictObject({
      festivals: z.array(campaignFestival).max(FESTIVALS.length).default([{ festival: '春节' }, { festival: '中秋' }, { festival: '重阳' }]),
      /** the window of a festival the standard in force gives none for */
      defaultWindow: z.strictObject({ before: days(90), after: days(60) }).default({ before: 30, after: 7 }),
    })
    .default({ festivals: [{ festival: '春节' }, { festival: '中秋' }, { festival: '重阳' }], defaultWindow: { before: 30, after: 7 } }),
  followUps: z
    .strictObject({
      /** an open follow-up due within this many days shows as due */
      dueWithinDays: days(90).default(7),
    })
    .default({ dueWithinDays: 7 }),
  hospital: z
    .strictObject({
      /** a cadre discharged this many days ago or less is due a home visit or a call */
      dischargedWithinDays: days(60).default(7),
    })
    .default({ dischargedWithinDays: 7 }),
  contact: z
    .strictObject({
      /** for cadres no rule matches (the office setting 联系间隔) */
      defaultMonths: z.number().int().min(1).max(24).default(3),
      rules: z.array(contactRule).max(20).default(DEFAULT_CONTACT_RULES),
    })
    .default({ defaultMonths: 3, rules: DEFAULT_CONTACT_RULES }),
  difficulty: z
    .strictObject({
      /** a difficulty case counts as acted upon after a 困难帮扶 visit or a follow-up this recent */
      actedWithinDays: days(730).default(365),
    })
    .default({ actedWithinDays: 365 }),
  needs: z
    .strictObject({
      /** for a need without a recorded date: a follow-up this recent counts as acting on it */
      actedWithinDays: days(730).default(90),
    })
    .default({ actedWithinDays: 90 }),
});

/** The policy the home screen computes with (every default filled). */
export type TodayPolicy = z.output<typeof todayPolicy>;
export type TodayPolicyInput = z.input<typeof todayPolicy>;

/**
 * The default policy, with the contact interval and the contact rules taken from the office
 * settings (explicit `overrides` win, for tests).
 */
export function policyFromSettings(settings: Pick<Settings, 'contactIntervalMonths'> & Partial<Pick<Settings, 'contactRules'>>, overrides: TodayPolicyInput = {}): TodayPolicy {
  const parsed = todayPolicy.parse(overrides);
  return {
    ...parsed,
    contact: {
      defaultMonths: overrides.contact?.defaultMonths ?? settings.contactIntervalMonths,
      rules: overrides.contact?.rules !== undefined ? parsed.contact.rules : (settings.contactRules ?? parsed.contact.rules),
    },
  };
}
