import { ageOn, dateParts, type IsoDate } from '../model/validators/dates';
import { lunarAnniversary, lunarBirthdaysInSolarYear, lunarToSolar, nominalAge, solarBirthdayInYear, solarToLunar, type AgeMode } from '../calendar';

/**
 * Ages as the ledger shows and filters them: counted as the standard in force says (周岁 or 虚岁),
 * and the milestone birthdays (寿辰: 80, 90, 100 ...) that fall in a year.
 *
 * A list of 20,000 cadres asks this for every cadre, and a lunar conversion costs a fraction of a
 * millisecond: the lunar year of a day is found from the date of 春节 of its year (one conversion
 * per year, kept), and a lunar anniversary is converted exactly only when it falls near the turn
 * of the solar year. Tests hold these to the exact functions of core/calendar.
 */

export interface AgeRules {
  mode: AgeMode;
  /** ages whose birthday is a milestone */
  milestones: readonly number[];
}

export const DEFAULT_AGE_RULES: AgeRules = { mode: '周岁', milestones: [80, 90, 100] };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day. */
function dayNumber(iso: IsoDate): number {
  const { y, m, d } = dateParts(iso);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const newYearDays = new Map<number, number>();
/** The day number of 春节 (正月初一) of a lunar year. */
function newYearDay(lunarYear: number): number {
  let n = newYearDays.get(lunarYear);
  if (n === undefined) {
    n = dayNumber(lunarToSolar({ year: lunarYear, month: 1, day: 1, leap: false }));
    newYearDays.set(lunarYear, n);
  }
  return n;
}

/** The lunar year a day belongs to (it starts at 春节). */
export function lunarYearOf(date: IsoDate): number {
  const { y } = dateParts(date);
  return dayNumber(date) >= newYearDay(y) ? y : y - 1;
}

/** The age on `today`, counted as `mode` (虚岁: lunar years lived in, 1 at birth). */
export function ageToday(birthDate: IsoDate, today: IsoDate, mode: AgeMode): number {
  return mode === '虚岁' ? lunarYearOf(today) - lunarYearOf(birthDate) + 1 : ageOn(birthDate, today);
}

export interface Milestone {
  /** the age the birthday celebrates */
  age: number;
  /** the day of the birthday in that year (by the lunar calendar for a lunar birthday) */
  date: IsoDate;
}

/**
 * The milestone birthday a cadre has in solar year `year`, if any. A lunar birthday falls on its
 * lunar anniversary (sometimes twice in a solar year, sometimes not at all); its 周岁 counts lunar
 * years. 虚岁 is the nominal age on the birthday. Exact, through core/calendar.
 */
export function milestoneInYear(birthDate: IsoDate, lunar: boolean, year: number, rules: AgeRules): Milestone | undefined {
  const dates = lunar ? lunarBirthdaysInSolarYear(birthDate, year) : [solarBirthdayInYear(birthDate, year)];
  for (const date of dates) {
    const age = rules.mode === '虚岁' ? nominalAge(birthDate, date) : lunar ? solarToLunar(date).year - solarToLunar(birthDate).year : dateParts(date).y - dateParts(birthDate).y;
    if (rules.milestones.includes(age)) return { age, date };
  }
  return undefined;
}

/** A lunar anniversary lies this close to where its offset into the lunar year puts it. */
const ANNIVERSARY_DRIFT_DAYS = 45;

/**
 * The age of the milestone birthday in solar year `year`, or 0: `milestoneInYear(...)?.age`,
 * without a lunar conversion per cadre.
 */
export function milestoneAgeInYear(birthDate: IsoDate, lunar: boolean, year: number, rules: AgeRules): number {
  if (!lunar) {
    const birthday = solarBirthdayInYear(birthDate, year);
    const age = rules.mode === '虚岁' ? lunarYearOf(birthday) - lunarYearOf(birthDate) + 1 : year - dateParts(birthDate).y;
    return rules.milestones.includes(age) ? age : 0;
  }
  const bornIn = lunarYearOf(birthDate);
  const intoYear = dayNumber(birthDate) - newYearDay(bornIn);
  const first = Date.UTC(year, 0, 1) / DAY_MS;
  const last = Date.UTC(year, 11, 31) / DAY_MS;
  // the anniversaries of lunar years year-1 and year are the only ones that can fall in `year`
  for (const lunarYear of [year - 1, year]) {
    const age = rules.mode === '虚岁' ? lunarYear - bornIn + 1 : lunarYear - bornIn;
    if (!rules.milestones.includes(age)) continue;
    const near = newYearDay(lunarYear) + intoYear;
    if (near > first + ANNIVERSARY_DRIFT_DAYS && near < last - ANNIVERSARY_DRIFT_DAYS) return age;
    if (near < first - ANNIVERSARY_DRIFT_DAYS || near > last + ANNIVERSARY_DRIFT_DAYS) continue;
    const exact = dayNumber(lunarAnniversary(birthDate, lunarYear));
    if (exact >= first && exact <= last) return age;
  }
  return 0;
}

/** An age band of the ledger filter: from `min` to `max` years, both inclusive, either open. */
export interface AgeBand {
  min?: number;
  max?: number;
}

/** True when `age` lies in the band. */
export function inAgeBand(age: number, band: AgeBand): boolean {
  return (band.min === undefined || age >= band.min) && (band.max === undefined || age <= band.max);
}
