import { LunarDay, LunarMonth, SolarDay } from 'tyme4ts';
import { dateParts, toIsoDate, type IsoDate } from '../model/validators/dates';

/**
 * The Chinese lunisolar calendar (农历), through tyme4ts. tyme4ts numbers a leap month (闰月) by
 * its negated month number (闰二月 = -2); here a leap month is a flag, so callers never meet that
 * convention.
 */

export interface LunarDate {
  /** the lunar year (it starts at 春节, so January days often belong to the year before) */
  year: number;
  /** 1–12 */
  month: number;
  /** 1–30 */
  day: number;
  /** true in a leap month (闰月) */
  leap: boolean;
}

/** Years the office can meet: a birth in 1900 up to the standards of 2200. */
const MIN_YEAR = 1850;
const MAX_YEAR = 2200;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`lunar year out of range: ${year}`);
}

function fromSolarDay(day: SolarDay): IsoDate {
  return toIsoDate(day.getYear(), day.getMonth(), day.getDay());
}

/** The lunar date of a solar (Gregorian) day. */
export function solarToLunar(date: IsoDate): LunarDate {
  const { y, m, d } = dateParts(date);
  assertYear(y);
  const lunar = SolarDay.fromYmd(y, m, d).getLunarDay();
  const month = lunar.getMonth();
  return { year: lunar.getYear(), month: Math.abs(month), day: lunar.getDay(), leap: month < 0 };
}

/**
 * The solar day of a lunar date. Throws a RangeError when the date does not exist (a leap month
 * the year lacks, or day 30 of a 29-day month).
 */
export function lunarToSolar(lunar: LunarDate): IsoDate {
  assertYear(lunar.year);
  try {
    return fromSolarDay(LunarDay.fromYmd(lunar.year, lunar.leap ? -lunar.month : lunar.month, lunar.day).getSolarDay());
  } catch (e) {
    throw new RangeError(`no such lunar date: ${JSON.stringify(lunar)} (${(e as Error).message})`, { cause: e });
  }
}

/** The number of days (29 or 30) of a lunar month, or 0 when the year has no such (leap) month. */
export function lunarMonthDays(year: number, month: number, leap = false): number {
  assertYear(year);
  try {
    return LunarMonth.fromYm(year, leap ? -month : month).getDayCount();
  } catch {
    return 0;
  }
}

/**
 * The solar day on which a lunar birthday falls in lunar year `lunarYear`. Someone born in a leap
 * month keeps the leap month in years that have it and the ordinary month otherwise; someone born
 * on day 30 keeps day 29 in a short month (the common custom).
 */
export function lunarAnniversary(birthDate: IsoDate, lunarYear: number): IsoDate {
  const born = solarToLunar(birthDate);
  const leap = born.leap && lunarMonthDays(lunarYear, born.month, true) > 0;
  const day = Math.min(born.day, lunarMonthDays(lunarYear, born.month, leap));
  return lunarToSolar({ year: lunarYear, month: born.month, day, leap });
}

/**
 * The solar days of solar year `year` on which a lunar birthday falls, in order. Usually one; a
 * birthday late in the lunar year (冬月, 腊月) can fall in early January and again in late
 * December, or skip a solar year (late December one year, early January the year after next).
 */
export function lunarBirthdaysInSolarYear(birthDate: IsoDate, year: number): IsoDate[] {
  const prefix = String(year).padStart(4, '0');
  return [year - 1, year]
    .map((lunarYear) => lunarAnniversary(birthDate, lunarYear))
    .filter((d) => d.startsWith(prefix))
    .sort();
}
