import type { Gender } from '../model';
import { COMMON_SURNAMES, FEMALE_GIVEN, MALE_GIVEN, TRICKY_SURNAME_SHARE, TRICKY_SURNAMES } from './data/names';
import { WeightedList, type Random } from './random';

const surnames = new WeightedList(COMMON_SURNAMES);

/** A surname, now and then a polyphonic or compound one. */
export function makeSurname(rng: Random): string {
  return rng.chance(TRICKY_SURNAME_SHARE) ? rng.pick(TRICKY_SURNAMES) : surnames.pick(rng);
}

/** A one- or two-character given name in the style of the cadres' generation. */
export function makeGivenName(rng: Random, gender: Gender): string {
  const chars = gender === '男' ? MALE_GIVEN : FEMALE_GIVEN;
  const first = rng.pick(chars);
  if (rng.chance(0.3)) return first;
  let second = rng.pick(chars);
  // 秀秀, 国国: doubled characters exist but are rare for this generation.
  if (second === first && rng.chance(0.8)) second = rng.pick(chars);
  return first + second;
}

/** A full synthetic name; pass `surname` to keep a family name (children, siblings). */
export function makeName(rng: Random, gender: Gender, surname = makeSurname(rng)): string {
  return surname + makeGivenName(rng, gender);
}
