import { daysInMonth, toIsoDate, type IsoDate } from '../model/validators/dates';

/**
 * Calendar arithmetic the lists need beyond core/model's (months, day numbers). These run for
 * thousands of cadres per computation, so they read the digits of `YYYY-MM-DD` in place, written
 * out (no loop, no split, no slice: no garbage per call). Each digit's character code carries 48
 * ('0'), taken off once per number: 48 × 1111 for four digits, 48 × 11 for two.
 */

const DAY_MS = 86_400_000;
const ZERO_4 = 48 * 1111;
const ZERO_2 = 48 * 11;

function year4(s: string): number {
  return s.charCodeAt(0) * 1000 + s.charCodeAt(1) * 100 + s.charCodeAt(2) * 10 + s.charCodeAt(3) - ZERO_4;
}

function month2(s: string): number {
  return s.charCodeAt(5) * 10 + s.charCodeAt(6) - ZERO_2;
}

function day2(s: string): number {
  return s.charCodeAt(8) * 10 + s.charCodeAt(9) - ZERO_2;
}

/** The year of a `YYYY-MM-DD` day. */
export function yearOf(iso: IsoDate): number {
  return year4(iso);
}

/**
 * A day as the number YYYYMMDD (2026-11-29 → 20261129): ordered as the strings are, compared
 * without reading two strings, and kept in typed arrays.
 */
export function dayKey(iso: IsoDate): number {
  return year4(iso) * 10_000 + month2(iso) * 100 + day2(iso);
}

/** The month and day of a `YYYY-MM-DD` day as one number (12-31 → 1231). */
export function monthDayOf(iso: IsoDate): number {
  return month2(iso) * 100 + day2(iso);
}

/** 周岁 on a day: whole years since birth. */
export function fullYearsOn(birthDate: IsoDate, on: IsoDate): number {
  const years = year4(on) - year4(birthDate);
  return monthDayOf(on) < monthDayOf(birthDate) ? years - 1 : years;
}

/**
 * Days since 1970-01-01 of year y, month m (1–12), day d of the Gregorian calendar, by integer
 * arithmetic (a year counted from March, so the leap day falls last): `Date.UTC` costs a call
 * into the runtime, and this runs for thousands of list items. Same as Date.UTC from year 100 on.
 */
function civilDayNumber(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(iso: IsoDate): number {
  return civilDayNumber(year4(iso), month2(iso), day2(iso));
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
  const index = year4(iso) * 12 + (month2(iso) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return [year, month, Math.min(day2(iso), daysInMonth(year, month))];
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
  const index = year4(iso) * 12 + (month2(iso) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return civilDayNumber(year, month, Math.min(day2(iso), daysInMonth(year, month)));
}
