import { NEED_CATEGORIES, type HealthStatus, type IsoDate } from '../model';
import { DIFFICULTY_TEXTS, HOBBIES, NEEDS, SPECIALTIES, STUDY_ACTIVITIES } from './data/life';
import { PARTY_BRANCHES, SENIOR_UNIVERSITIES } from './data/units';
import { randomDate, shiftDays, shiftYears } from './dates';
import type { Random } from './random';

type DifficultyType = keyof typeof DIFFICULTY_TEXTS;
type NeedCategory = (typeof NEED_CATEGORIES)[number];

const OTHER_DIFFICULTIES = ['特困', '重病', '低保', '其他'] as const;
const HOBBY_COUNTS = [0, 1, 2, 3];
const HOBBY_COUNT_WEIGHTS = [15, 35, 35, 15];

export interface Difficulty {
  has: boolean;
  type?: DifficultyType;
  description?: string;
  recognisedOn?: IsoDate;
}

/**
 * About one cadre in ten has a recognised living difficulty, more among the frail and widowed.
 * `lastDay` is today, or the death date of a deceased cadre.
 */
export function makeDifficulty(rng: Random, health: HealthStatus, widowed: boolean, lastDay: IsoDate): Difficulty {
  const p = health === '生活不能自理' ? 0.3 : widowed ? 0.14 : health === '长年有病' ? 0.1 : 0.05;
  if (!rng.chance(p)) return { has: false };
  const type: DifficultyType =
    health === '生活不能自理' ? '失能' : widowed && rng.chance(0.5) ? '独居' : rng.pick(OTHER_DIFFICULTIES);
  return { has: true, type, description: DIFFICULTY_TEXTS[type], recognisedOn: randomDate(rng, shiftYears(lastDay, -4), shiftDays(lastDay, -30)) };
}

export function makeHobbies(rng: Random): string[] {
  return rng.sample(HOBBIES, rng.weighted(HOBBY_COUNTS, HOBBY_COUNT_WEIGHTS));
}

export function makeSpecialties(rng: Random): string[] {
  return rng.chance(0.3) ? rng.sample(SPECIALTIES, rng.int(1, 2)) : [];
}

export interface Study {
  partyBranch?: string;
  activities?: string;
  seniorUniversity?: string;
}

/** Party branch for members, study activities, and a senior university for some younger ones. */
export function makeStudy(rng: Random, partyMember: boolean, age: number): Study {
  const study: Study = {};
  if (partyMember) study.partyBranch = rng.pick(PARTY_BRANCHES);
  if (partyMember || rng.chance(0.3)) study.activities = rng.pick(STUDY_ACTIVITIES);
  if (age < 80 && rng.chance(0.15)) study.seniorUniversity = rng.pick(SENIOR_UNIVERSITIES);
  return study;
}

export interface Need {
  category: NeedCategory;
  text: string;
  recordedOn?: IsoDate;
}

/** Current needs (当前需求) of about a third of the living cadres. */
export function makeNeeds(rng: Random, today: IsoDate): Need[] {
  if (!rng.chance(0.35)) return [];
  const categories = rng.sample(NEED_CATEGORIES, rng.int(1, 2));
  return categories.map((category) => ({
    category,
    text: rng.pick(NEEDS[category]),
    recordedOn: randomDate(rng, shiftYears(today, -1), today),
  }));
}
