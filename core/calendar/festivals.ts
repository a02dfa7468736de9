import { SolarTerm } from 'tyme4ts';
import type { Festival } from '../model/vocab';
import { addDays, daysBetween, dateParts, toIsoDate, type IsoDate } from '../model/validators/dates';
import { lunarToSolar } from './lunar';

/**
 * The days of the festivals the office visits on, for any year: lunar ones (春节 正月初一, 端午
 * 五月初五, 中秋 八月十五, 重阳 九月初九) through the lunar calendar, 清明 by its solar term, and
 * the fixed ones (元旦, 七一, 国庆).
 */

const LUNAR: Partial<Record<Festival, [month: number, day: number]>> = {
  春节: [1, 1],
  端午: [5, 5],
  中秋: [8, 15],
  重阳: [9, 9],
};
const FIXED: Partial<Record<Festival, [month: number, day: number]>> = {
  元旦: [1, 1],
  七一: [7, 1],
  国庆: [10, 1],
};

// Lunar and solar-term days cost a few astronomy steps each; a check asks for the same few often.
const cache = new Map<string, IsoDate>();

function compute(festival: Festival, year: number): IsoDate {
  const fixed = FIXED[festival];
  if (fixed) return toIsoDate(year, fixed[0], fixed[1]);
  const lunar = LUNAR[festival];
  // Each lunar festival of lunar year Y falls in solar year Y (春节 is never before 21 January).
  if (lunar) return lunarToSolar({ year, month: lunar[0], day: lunar[1], leap: false });
  const day = SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay();
  return toIsoDate(day.getYear(), day.getMonth(), day.getDay());
}

/** The day of a festival in a (solar) year. Throws a RangeError outside 1850–2200. */
export function festivalDate(festival: Festival, year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1850 || year > 2200) throw new RangeError(`year out of range: ${year}`);
  const key = `${festival}${year}`;
  let date = cache.get(key);
  if (date === undefined) {
    date = compute(festival, year);
    cache.set(key, date);
  }
  return date;
}

/** A festival's days around a date: its occurrences in the year before, the same year and the next. */
export function festivalDatesAround(festival: Festival, date: IsoDate): IsoDate[] {
  const { y } = dateParts(date);
  return [y - 1, y, y + 1].filter((year) => year >= 1850 && year <= 2200).map((year) => festivalDate(festival, year));
}

/** The occurrence of a festival nearest to a date (the one a visit on that date is for). */
export function nearestFestivalDate(festival: Festival, date: IsoDate): IsoDate {
  let best = festivalDate(festival, dateParts(date).y);
  for (const candidate of festivalDatesAround(festival, date))
    if (Math.abs(daysBetween(date, candidate)) < Math.abs(daysBetween(date, best))) best = candidate;
  return best;
}

/** A festival window: from `before` days ahead of the festival to `after` days past it. */
export interface FestivalWindow {
  festival: Festival;
  day: IsoDate;
  from: IsoDate;
  to: IsoDate;
}

/**
 * The window of the festival occurrence that a date belongs to: the one whose window contains
 * the date, else the nearest occurrence (whose window then does not contain it).
 */
export function festivalWindowFor(festival: Festival, date: IsoDate, before: number, after: number): FestivalWindow {
  const windows = festivalDatesAround(festival, date).map((day) => ({
    festival,
    day,
    from: addDays(day, -before),
    to: addDays(day, after),
  }));
  const containing = windows.find((w) => w.from <= date && date <= w.to);
  if (containing) return containing;
  const nearest = nearestFestivalDate(festival, date);
  return windows.find((w) => w.day === nearest) ?? { festival, day: nearest, from: addDays(nearest, -before), to: addDays(nearest, after) };
}
