import { HEALTH_STATUSES, type HealthStatus, type IsoDate } from '../model';
import { CARE_NEEDS, CONDITIONS, DIAGNOSES, HOSPITALS } from './data/health';
import { minDate, randomDate, shiftDays, shiftYears } from './dates';
import type { Random } from './random';

export interface Hospitalisation {
  admittedOn: IsoDate;
  dischargedOn?: IsoDate;
  hospital: string;
  department?: string;
  diagnosis?: string;
}

export interface Health {
  status: HealthStatus;
  conditions: string[];
  hospitalisations: Hospitalisation[];
  careNeeds?: string;
}

/** Weights of 健康/一般/长年有病/生活不能自理 by age band. */
const STATUS_WEIGHTS: readonly (readonly number[])[] = [
  [45, 35, 17, 3], // under 70
  [25, 40, 28, 7], // 70-79
  [12, 35, 38, 15], // 80-89
  [5, 25, 40, 30], // 90 and over
];
function statusWeights(age: number): readonly number[] {
  return STATUS_WEIGHTS[Math.min(3, Math.max(0, Math.floor((age - 60) / 10)))]!;
}

const CONDITION_COUNT: Record<HealthStatus, readonly [number, number]> = {
  健康: [0, 1],
  一般: [0, 2],
  长年有病: [1, 4],
  生活不能自理: [2, 4],
};

/** How often a cadre is admitted over five years, by health status. */
const ADMISSIONS: Record<HealthStatus, readonly [number, number]> = {
  健康: [0, 1],
  一般: [0, 2],
  长年有病: [0, 3],
  生活不能自理: [1, 4],
};

/** Share of living cadres who are in hospital on `today`. */
const IN_HOSPITAL_NOW = 0.03;

/**
 * Health status, conditions and up to five years of hospital stays; no stay begins after the
 * death date or `today`. A few living cadres are in hospital now (no discharge date).
 */
export function makeHealth(rng: Random, age: number, today: IsoDate, deathDate: IsoDate | undefined): Health {
  const status = rng.weighted(HEALTH_STATUSES, statusWeights(age));
  const [cMin, cMax] = CONDITION_COUNT[status];
  const conditions = rng.sample(CONDITIONS, rng.int(cMin, cMax));
  const lastDay = deathDate ?? today;
  let hospitalisations = makeStays(rng, status, shiftYears(lastDay, -5), lastDay, deathDate === undefined);
  if (!deathDate && rng.chance(IN_HOSPITAL_NOW)) {
    const last = hospitalisations[hospitalisations.length - 1];
    const admittedOn = shiftDays(today, -rng.int(0, 20));
    if (!last || (last.dischargedOn !== undefined && last.dischargedOn < admittedOn)) {
      hospitalisations.push(stay(rng, admittedOn, undefined));
    }
  }
  hospitalisations = hospitalisations.slice(); // exact size: a pushed-to array keeps room for 17
  const careNeeds = status === '生活不能自理' || (status === '长年有病' && rng.chance(0.2)) ? rng.pick(CARE_NEEDS) : undefined;
  return careNeeds ? { status, conditions, hospitalisations, careNeeds } : { status, conditions, hospitalisations };
}

function stay(rng: Random, admittedOn: IsoDate, dischargedOn: IsoDate | undefined): Hospitalisation {
  const [diagnosis, department] = rng.pick(DIAGNOSES);
  const h: Hospitalisation = { admittedOn, hospital: rng.pick(HOSPITALS), department, diagnosis };
  if (dischargedOn) h.dischargedOn = dischargedOn;
  return h;
}

/** Non-overlapping past stays between `from` and `to`, in date order. */
function makeStays(rng: Random, status: HealthStatus, from: IsoDate, to: IsoDate, alive: boolean): Hospitalisation[] {
  const [aMin, aMax] = ADMISSIONS[status];
  const n = rng.int(aMin, aMax);
  const admissions: IsoDate[] = [];
  for (let i = 0; i < n; i++) admissions.push(randomDate(rng, from, shiftDays(to, -30)));
  admissions.sort();
  const stays: Hospitalisation[] = [];
  let free = from;
  for (const admittedOn of admissions) {
    if (admittedOn < free) continue;
    const dischargedOn = minDate(shiftDays(admittedOn, rng.int(3, 21)), alive ? shiftDays(to, -1) : to);
    if (dischargedOn < admittedOn) continue;
    stays.push(stay(rng, admittedOn, dischargedOn));
    free = shiftDays(dischargedOn, 1);
  }
  return stays;
}

const TIER_BY_DIAGNOSIS = new Map<string, string>(DIAGNOSES.map(([d, , t]) => [d, t]));

/** The 住院 tier (一般/手术/重大疾病) the standards use for a stay. */
export function hospitalTier(h: Hospitalisation): string {
  return (h.diagnosis && TIER_BY_DIAGNOSIS.get(h.diagnosis)) || '一般';
}
