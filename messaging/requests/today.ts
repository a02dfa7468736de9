import { z } from 'zod';
import type { ContactRule, FieldProblem, Settings } from '../../core/model';
import { isoDate } from '../../core/model/fields';
import type { TodayResult, VisitListSheet } from '../../core/today';
import type { RequestSpec } from './spec';

/**
 * 今日工作: the home screen's lists, the campaign's visit list (走访名单) and the daily reminder.
 * `today` is the office day to compute for; the background uses today in Asia/Shanghai when it
 * is left out (test builds pass a fixed day from the page).
 */
export const todayRequests = {
  /** every list, each cut to its first `limit` items (counts are whole) */
  'today.compute': {
    from: ['extension-page'],
    payload: z.strictObject({ today: isoDate.optional(), limit: z.number().int().min(0).max(1000).default(30) }),
  },
  /** the next campaign's visit list as a sheet (all eligible cadres), or null without a campaign */
  'today.visitList': { from: ['extension-page'], payload: z.strictObject({ today: isoDate.optional() }) },
  /** turns the daily reminder on or off and sets its time (HH:MM, office time) */
  'today.reminders': {
    from: ['extension-page'],
    payload: z.strictObject({ enabled: z.boolean(), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }),
  },
  /** stores the office's contact rules (validated by the settings schema); null restores the defaults */
  'today.contactRules': { from: ['extension-page'], payload: z.strictObject({ rules: z.unknown().nullable() }) },
} as const satisfies Record<string, RequestSpec>;

/** The contact rules in force and whether the office changed them from the defaults. */
export interface ContactRulesState {
  rules: ContactRule[];
  custom: boolean;
}

export type ReminderSettings = Settings['reminders'];

export interface TodayResponses {
  'today.compute': TodayResult & { reminders: ReminderSettings; contactRules: ContactRulesState };
  'today.visitList': { sheet: VisitListSheet | null };
  'today.reminders': { ok: true; reminders: ReminderSettings } | { ok: false; problems: FieldProblem[] };
  'today.contactRules': ({ ok: true } & ContactRulesState) | { ok: false; problems: FieldProblem[] };
}
