import type { IsoDate } from '../model/validators/dates';
import type { Subject } from './cadre-ref';
import { addMonths, dayKey, dayNumber, dayNumberMonthsLater, fullYearsOn } from './dates';
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
  /** the policy's rules, their lists made sets once per computation */
  rules: readonly CompiledRule[];
  /** the `dayKey` of the last contact day still on time, per interval in months */
  cutoffs: Map<number, number>;
  todayNumber: number;
}

/** A contact rule with its lists as sets: asked of 20,000 cadres, `includes` compared strings one by one. */
interface CompiledRule {
  rule: ContactRule;
  months: number;
  minAge: number | undefined;
  healthStatuses: ReadonlySet<string> | undefined;
  difficultyTypes: ReadonlySet<string> | undefined;
  tags: ReadonlySet<string> | undefined;
}

function compile(rule: ContactRule): CompiledRule {
  const w = rule.when;
  const set = (list: readonly string[] | undefined) => (list ? new Set(list) : undefined);
  return { rule, months: rule.months, minAge: w.minAge, healthStatuses: set(w.healthStatuses), difficultyTypes: set(w.difficultyTypes), tags: set(w.tags) };
}

export function contactContext(policy: TodayPolicy, today: IsoDate): ContactContext {
  return { today, policy: policy.contact, rules: policy.contact.rules.map(compile), cutoffs: new Map(), todayNumber: dayNumber(today) };
}

function matches(rule: CompiledRule, c: TodayCadre, age: number | undefined): boolean {
  if (rule.minAge !== undefined && age !== undefined && age >= rule.minAge) return true;
  const status = c.health?.status;
  if (rule.healthStatuses && status !== undefined && rule.healthStatuses.has(status)) return true;
  const difficulty = c.difficulty;
  if (rule.difficultyTypes && difficulty?.has && difficulty.type !== undefined && rule.difficultyTypes.has(difficulty.type)) return true;
  // a loop, not `some` with a closure: this runs for every cadre, and a closure is garbage
  const wanted = rule.tags;
  const tags = c.tags;
  if (wanted && tags) for (let i = 0; i < tags.length; i++) if (wanted.has(tags[i]!)) return true;
  return false;
}

/** The strictest rule matching a cadre, or undefined when none is stricter than the default. */
function strictestRule(c: TodayCadre, rules: readonly CompiledRule[], defaultMonths: number, today: IsoDate): ContactRule | undefined {
  const age = c.birthDate === undefined ? undefined : fullYearsOn(c.birthDate, today);
  let best: ContactRule | undefined;
  let months = defaultMonths;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (rule.months < months && matches(rule, c, age)) {
      best = rule.rule;
      months = rule.months;
    }
  }
  return best;
}

/** The interval that applies to a cadre (months) and the rule that set it (none: the default). */
export function contactInterval(c: TodayCadre, policy: TodayPolicy['contact'], today: IsoDate): { months: number; reason?: string } {
  const rule = strictestRule(c, policy.rules.map(compile), policy.defaultMonths, today);
  return rule ? { months: rule.months, reason: rule.label } : { months: policy.defaultMonths };
}

/** The cadre when not contacted within the interval, else undefined. */
export function overdueContact(s: Subject, ctx: ContactContext): ContactItem<TodayCadre> | undefined {
  const rule = strictestRule(s.c, ctx.rules, ctx.policy.defaultMonths, ctx.today);
  const months = rule ? rule.months : ctx.policy.defaultMonths;
  let cutoff = ctx.cutoffs.get(months);
  if (cutoff === undefined) {
    cutoff = dayKey(addMonths(ctx.today, -months));
    ctx.cutoffs.set(months, cutoff);
  }
  // no contact: key 0, before any cutoff
  if (s.h.lastContactKey >= cutoff) return undefined;
  const last = s.h.lastContact;
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
