import { daysBetween, daysInMonth, dateParts, toIsoDate, type IsoDate } from '../model/validators/dates';
import { lunarAnniversary } from './lunar';

/** Birthdays by the solar calendar, or by the lunar one for cadres who keep a lunar birthday. */

/** The solar birthday in a year; 29 February becomes 28 February in common years. */
export function solarBirthdayInYear(birthDate: IsoDate, year: number): IsoDate {
  const { m, d } = dateParts(birthDate);
  return toIsoDate(year, m, Math.min(d, daysInMonth(year, m)));
}

/**
 * The birthday occurrence nearest to a date (the one a birthday visit on that date is for),
 * by the lunar calendar when `lunar` is true.
 */
export function nearestBirthday(birthDate: IsoDate, date: IsoDate, lunar = false): IsoDate {
  const { y } = dateParts(date);
  const years = lunar ? [y - 2, y - 1, y, y + 1] : [y - 1, y, y + 1];
  const candidates = years.map((year) => (lunar ? lunarAnniversary(birthDate, year) : solarBirthdayInYear(birthDate, year)));
  return candidates.reduce((best, c) => (Math.abs(daysBetween(date, c)) < Math.abs(daysBetween(date, best)) ? c : best));
}
