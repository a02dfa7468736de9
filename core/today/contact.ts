import type { IsoDate } from '../model/validators/dates';
import type { Subject } from './cadre-ref';
import { addMonths, dayNumber, dayNumberMonthsLater, fullYearsOn } from './dates';
import { lastContact } from './history';
import { sortByKey } from './sort';
import type { ContactRule, TodayPolicy } from './policy';
import type { ContactItem, TodayCadre } from './types';

/**
 * 超期未联系: living cadres whose last contact (a follow-up or a visit) is older than their
 * interval, or who were never contacted. The interval is the strictest of the policy's matching
 * rules (monthly for those living alone ...), else the office default.
 */

export interface ContactContext {
  today: IsoDate;
  policy: TodayPolicy['contact'];
  /** the last contact day that is still on time, per interval in months */
  cutoffs: Map<number, IsoDate>;
  todayNumber: number;
}

export function contactContext(policy: TodayPolicy, today: IsoDate): ContactContext {
  return { today, policy: policy.contact, cutoffs: new Map(), todayNumber: dayNumber(today) };
}

function matches(rule: ContactRule, c: TodayCadre, age: number | undefined): boolean {
  const w = rule.when;
  if (w.minAge !== undefined && age !== undefined && age >= w.minAge) return true;
  const status = c.health?.status;
  if (w.healthStatuses && status !== undefined && w.healthStatuses.includes(status)) return true;
  const difficulty = c.difficulty;
  if (w.difficultyTypes && difficulty?.has && difficulty.type !== undefined && w.difficultyTypes.includes(difficulty.type)) return true;
  if (w.tags && c.tags && c.tags.some((t) => w.tags!.includes(t))) return true;
  return false;
}

/** The strictest rule matching a cadre, or undefined when none is stricter than the default. */
function strictestRule(c: TodayCadre, policy: TodayPolicy['contact'], today: IsoDate): ContactRule | undefined {
  const age = c.birthDate === undefined ? undefined : fullYearsOn(c.birthDate, today);
  let best: ContactRule | undefined;
  for (const rule of policy.rules)
    if (rule.months < (best?.months ?? policy.defaultMonths) && matches(rule, c, age)) best = rule;
  return best;
}

/** The interval that applies to a cadre (months) and the rule that set it (none: the default). */
export function contactInterval(c: TodayCadre, policy: TodayPolicy['contact'], today: IsoDate): { months: number; reason?: string } {
  const rule = strictestRule(c, policy, today);
  return rule ? { months: rule.months, reason: rule.label } : { months: policy.defaultMonths };
}

/** The cadre when not contacted within the interval, else undefined. */
export function overdueContact(s: Subject, ctx: ContactContext): ContactItem<TodayCadre> | undefined {
  const rule = strictestRule(s.c, ctx.policy, ctx.today);
  const months = rule ? rule.months : ctx.policy.defaultMonths;
  let cutoff = ctx.cutoffs.get(months);
  if (cutoff === undefined) {
    cutoff = addMonths(ctx.today, -months);
    ctx.cutoffs.set(months, cutoff);
  }
  const last = lastContact(s.h);
  if (last !== undefined && last >= cutoff) return undefined;
  return {
    cadre: s.c,
    lastContact: last,
    months,
    reason: rule?.label,
    daysOverdue: last === undefined ? undefined : ctx.todayNumber - dayNumberMonthsLater(last, months),
  };
}

/** Days overdue of the never contacted: before anyone (no interval reaches 300 years). */
const NEVER = 100_000;

/** Never contacted first, then the longest overdue; equal ones in ledger order. */
export function sortContacts(items: ContactItem<TodayCadre>[]): ContactItem<TodayCadre>[] {
  return sortByKey(items, (i) => NEVER - (i.daysOverdue ?? NEVER));
}
