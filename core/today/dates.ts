import { daysInMonth, toIsoDate, type IsoDate } from '../model/validators/dates';

/**
 * Calendar arithmetic the lists need beyond core/model's (months, day numbers). These run for
 * thousands of cadres per computation, so they read the digits of `YYYY-MM-DD` in place instead
 * of splitting or slicing the string (no garbage per call).
 */

const DAY_MS = 86_400_000;
const ZERO = 48;

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + (s.charCodeAt(i) - ZERO);
  return n;
}

/** The year of a `YYYY-MM-DD` day. */
export function yearOf(iso: IsoDate): number {
  return digits(iso, 0, 4);
}

/** The month and day of a `YYYY-MM-DD` day as one number (12-31 → 1231). */
export function monthDayOf(iso: IsoDate): number {
  return digits(iso, 5, 2) * 100 + digits(iso, 8, 2);
}

/** 周岁 on a day: whole years since birth. */
export function fullYearsOn(birthDate: IsoDate, on: IsoDate): number {
  const years = yearOf(on) - yearOf(birthDate);
  return monthDayOf(on) < monthDayOf(birthDate) ? years - 1 : years;
}

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(iso: IsoDate): number {
  return Date.UTC(digits(iso, 0, 4), digits(iso, 5, 2) - 1, digits(iso, 8, 2)) / DAY_MS;
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): IsoDate {
  const t = new Date(n * DAY_MS);
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Days from a to b (b − a). */
export function daysFromTo(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Year, month and day `months` months after (or before) a day, the day clamped to the month's end. */
function monthsLater(iso: IsoDate, months: number): [number, number, number] {
  const index = yearOf(iso) * 12 + (digits(iso, 5, 2) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return [year, month, Math.min(digits(iso, 8, 2), daysInMonth(year, month))];
}

/**
 * The day `months` months after (or before, if negative) a day; the day of month is kept, or
 * clamped to the month's last day (31 May − 3 months = 28 or 29 February).
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = monthsLater(iso, months);
  return toIsoDate(y, m, d);
}

/** The day number of `addMonths(iso, months)`, without building the string. */
export function dayNumberMonthsLater(iso: IsoDate, months: number): number {
  const index = yearOf(iso) * 12 + (digits(iso, 5, 2) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return Date.UTC(year, month - 1, Math.min(digits(iso, 8, 2), daysInMonth(year, month))) / DAY_MS;
}
