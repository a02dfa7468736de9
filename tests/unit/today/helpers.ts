import { exampleStandard } from '../../../core/rules/default-standard';
import type { StandardVersion } from '../../../core/rules/standard-in-force';
import { computeToday, policyFromSettings, todayPolicy, type TodayCadre, type TodayFollowUp, type TodayInput, type TodayLists, type TodayPolicyInput, type TodayVisit } from '../../../core/today';

/** Synthetic cadres for the home screen's rules (made-up names; never a real person). */

let seq = 0;

/** A living 退休 cadre with only what the rules read; override what a test is about. */
export function cadre(overrides: Partial<TodayCadre> = {}): TodayCadre {
  seq += 1;
  return {
    id: `cadre${String(seq).padStart(4, '0')}`,
    name: `测试${seq}`,
    category: '退休',
    alive: true,
    birthDate: '1960-06-15',
    phones: [],
    health: { conditions: [], hospitalisations: [] },
    difficulty: { has: false },
    needs: [],
    tags: [],
    ...overrides,
  };
}

export function followUp(cadreId: string, date: string, overrides: Partial<TodayFollowUp> = {}): TodayFollowUp {
  return { cadreId, date, method: '电话联系', found: '电话问候', ...overrides };
}

export function visit(cadreId: string, date: string, overrides: Partial<TodayVisit> = {}): TodayVisit {
  return { cadreId, date, visitType: '节日慰问', ...overrides };
}

export interface Scenario {
  cadres: TodayCadre[];
  followUps?: TodayFollowUp[];
  visits?: TodayVisit[];
  standards?: StandardVersion[];
  policy?: TodayPolicyInput;
  contactIntervalMonths?: number;
}

/** The input of `computeToday` for a scenario (the example standard unless told otherwise). */
export function inputOf(s: Scenario): TodayInput {
  return {
    cadres: s.cadres,
    followUps: s.followUps ?? [],
    visits: s.visits ?? [],
    standards: s.standards ?? [exampleStandard()],
    policy: s.contactIntervalMonths === undefined ? todayPolicy.parse(s.policy ?? {}) : policyFromSettings({ contactIntervalMonths: s.contactIntervalMonths }, s.policy),
  };
}

/** Every list for a day. */
export function run(s: Scenario, today: string): TodayLists {
  return computeToday(inputOf(s), today);
}

/** The cadre ids of list items, in order. */
export function ids(items: readonly { cadre: { id: string } }[]): string[] {
  return items.map((i) => i.cadre.id);
}
