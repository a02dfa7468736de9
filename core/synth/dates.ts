import { daysInMonth, toIsoDate, type IsoDate } from '../model';
import type { Random } from './random';

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01) with integer maths only: the
 * generator does hundreds of thousands of these, so it avoids allocating Date objects.
 */

/** The number written in iso[from, to) (digits only; no substring allocated). */
function digitsAt(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + iso.charCodeAt(i) - 48;
  return n;
}

const yearOf = (iso: IsoDate) => digitsAt(iso, 0, 4);
const monthOf = (iso: IsoDate) => digitsAt(iso, 5, 7);
const dayOf = (iso: IsoDate) => digitsAt(iso, 8, 10);

/**
 * One string per calendar day: a ledger holds hundreds of thousands of dates over about a
 * century, and sharing the strings saves both the formatting and the memory.
 */
const CACHE_FROM_YEAR = 1800;
const CACHE_TO_YEAR = 2200;
const isoCache: (IsoDate | undefined)[] = [];
function isoOf(y: number, m: number, d: number): IsoDate {
  if (y < CACHE_FROM_YEAR || y > CACHE_TO_YEAR) return toIsoDate(y, m, d);
  const key = ((y - CACHE_FROM_YEAR) * 13 + m) * 32 + d;
  let iso = isoCache[key];
  if (iso === undefined) {
    iso = toIsoDate(y, m, d);
    isoCache[key] = iso;
  }
  return iso;
}

/** Day number of a `YYYY-MM-DD` date (Howard Hinnant's days_from_civil). */
export function dayNumber(iso: IsoDate): number {
  let y = yearOf(iso);
  const m = monthOf(iso);
  const d = dayOf(iso);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` date of a day number (civil_from_days). */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function shiftDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

/** The same day `years` later (negative: earlier); 29 February becomes 28 February. */
export function shiftYears(iso: IsoDate, years: number): IsoDate {
  const y = yearOf(iso) + years;
  const m = monthOf(iso);
  const d = Math.min(dayOf(iso), daysInMonth(y, m));
  return isoOf(y, m, d);
}

/** The first day of the month after `iso` (retirement takes effect the month after the birthday). */
export function firstOfNextMonth(iso: IsoDate): IsoDate {
  const y = yearOf(iso);
  const m = monthOf(iso);
  return m === 12 ? isoOf(y + 1, 1, 1) : isoOf(y, m + 1, 1);
}

/** Whole years from birth to `on` (周岁), the same as core/model's ageOn without allocations. */
export function ageAt(birth: IsoDate, on: IsoDate): number {
  const age = yearOf(on) - yearOf(birth);
  const bm = monthOf(birth);
  const om = monthOf(on);
  return om < bm || (om === bm && dayOf(on) < dayOf(birth)) ? age - 1 : age;
}

/** A uniformly random date in [from, to]; `to` before `from` yields `from`. */
export function randomDate(rng: Random, from: IsoDate, to: IsoDate): IsoDate {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return b <= a ? from : fromDayNumber(rng.int(a, b));
}

/** Dates as `YYYY-MM-DD` compare correctly as strings. */
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
