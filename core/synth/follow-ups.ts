import type { z } from 'zod';
import type { followUpFields, IsoDate } from '../model';
import { OFFICE_STAFF } from './data/names';
import { FOLLOW_UP_METHOD_WEIGHTS, FOLLOW_UP_NOTES } from './data/life';
import { dayNumber, minDate, randomDate, shiftDays, shiftYears } from './dates';
import type { SynthCadre } from './cadre';
import type { Random } from './random';

/** A follow-up without envelope fields. */
export type SynthFollowUp = z.output<typeof followUpFields>;

const COUNTS = [0, 1, 2, 3, 4];
const COUNT_WEIGHTS = [20, 30, 25, 15, 10];
const methods = FOLLOW_UP_METHOD_WEIGHTS.map(([m]) => m);
const methodWeights = FOLLOW_UP_METHOD_WEIGHTS.map(([, w]) => w);

/**
 * 一跟进 records of the past year for one cadre: most with a due date, most older ones done,
 * some open or overdue. Contacts with a deceased cadre stop at the death date.
 */
export function generateFollowUps(rng: Random, cadre: SynthCadre, today: IsoDate): SynthFollowUp[] {
  const lastDay = cadre.deathDate ? shiftDays(cadre.deathDate, -1) : today;
  const from = shiftYears(today, -1);
  if (lastDay < from) return [];
  const n = rng.weighted(COUNTS, COUNT_WEIGHTS);
  const dates: IsoDate[] = [];
  for (let i = 0; i < n; i++) dates.push(randomDate(rng, from, lastDay));
  dates.sort();
  return dates.map((date) => followUp(rng, cadre.id, date, today));
}

function followUp(rng: Random, cadreId: string, date: IsoDate, today: IsoDate): SynthFollowUp {
  const [found, action] = rng.pick(FOLLOW_UP_NOTES);
  const f: SynthFollowUp = { cadreId, date, method: rng.weighted(methods, methodWeights), found, owner: rng.pick(OFFICE_STAFF) };
  if (rng.chance(0.2)) return { ...f, doneDate: date }; // settled on the spot
  f.action = action;
  if (!rng.chance(0.75)) return f;
  const dueDate = shiftDays(date, rng.int(7, 30));
  f.dueDate = dueDate;
  const daysAgo = dayNumber(today) - dayNumber(date);
  if (rng.chance(daysAgo > 45 ? 0.85 : 0.4)) f.doneDate = randomDate(rng, date, minDate(shiftDays(dueDate, 5), today));
  return f;
}
