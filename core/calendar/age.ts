import { ageOn, dateParts, type IsoDate } from '../model/validators/dates';
import { solarToLunar } from './lunar';

/**
 * Ages as the office counts them. 周岁 is whole years since birth. 虚岁 counts the lunar years one
 * has lived in: 1 at birth, one more at each 春节.
 */

export type AgeMode = '周岁' | '虚岁';

/** 虚岁 on a day: lunar year of the day − lunar year of birth + 1. */
export function nominalAge(birthDate: IsoDate, on: IsoDate): number {
  return solarToLunar(on).year - solarToLunar(birthDate).year + 1;
}

/** The age on a day, counted as 周岁 or 虚岁. */
export function ageInMode(birthDate: IsoDate, on: IsoDate, mode: AgeMode): number {
  return mode === '虚岁' ? nominalAge(birthDate, on) : ageOn(birthDate, on);
}

/**
 * The age a birthday visit on `visitDate` celebrates. 周岁: the age reached on the birthday of the
 * visit's year (a visit a few days before the 90th birthday celebrates 90). 虚岁: the 虚岁 on the
 * visit day (it already counts the birthday year).
 */
export function birthdayAge(birthDate: IsoDate, visitDate: IsoDate, mode: AgeMode): number {
  if (mode === '虚岁') return nominalAge(birthDate, visitDate);
  return dateParts(visitDate).y - dateParts(birthDate).y;
}
