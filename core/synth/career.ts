import { type Category, type Gender, type IsoDate, type Rank } from '../model';
import { AGENCIES, DIVISIONS, POSITIONS, PROVINCIAL_BODIES, RANK_DETAILS, TREATMENT_LEVELS } from './data/units';
import { ageAt, dayNumber, firstOfNextMonth, maxDate, minDate, randomDate, shiftDays, shiftYears } from './dates';
import type { Random } from './random';

/** 离休 means having joined revolutionary work before the founding of the PRC. */
export const LIXIU_WORK_BEFORE: IsoDate = '1949-09-30';
const LIXIU_LATEST_BIRTH: IsoDate = '1933-12-31';
const OLDEST_AGE = 105;
const YOUNGEST_AGE = 62;

const CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['离休', 4],
  ['退休', 86],
  ['遗属', 10],
];

const MALE_SHARE: Record<Category, number> = { 离休: 0.88, 退休: 0.62, 遗属: 0.12 };

const RANK_WEIGHTS: Record<Exclude<Category, '遗属'>, readonly number[]> = {
  // 省部级, 厅局级, 县处级, 乡科级及以下
  离休: [3, 30, 50, 17],
  退休: [0.5, 10, 42, 47.5],
};
const RANK_ORDER: readonly Rank[] = ['省部级', '厅局级', '县处级', '乡科级及以下'];

/** Age bands (at `today`) with weights: retirees are many at 62-70 and few past 90. */
const AGE_BANDS: Record<'退休' | '遗属', readonly (readonly [min: number, max: number, weight: number])[]> = {
  退休: [[62, 69, 40], [70, 79, 33], [80, 89, 20], [90, 99, 7]],
  遗属: [[70, 79, 30], [80, 89, 45], [90, 100, 25]],
};

const categories = CATEGORY_WEIGHTS.map(([c]) => c);
const categoryWeights = CATEGORY_WEIGHTS.map(([, w]) => w);
const bandWeights = {
  退休: AGE_BANDS.退休.map(([, , w]) => w),
  遗属: AGE_BANDS.遗属.map(([, , w]) => w),
};

export function pickCategory(rng: Random): Category {
  return rng.weighted(categories, categoryWeights);
}

export function pickGender(rng: Random, category: Category): Gender {
  return rng.chance(MALE_SHARE[category]) ? '男' : '女';
}

/** Earliest and latest birth dates of someone aged minAge..maxAge (周岁) on `today`. */
function birthRange(today: IsoDate, minAge: number, maxAge: number): [IsoDate, IsoDate] {
  return [shiftDays(shiftYears(today, -(maxAge + 1)), 1), shiftYears(today, -minAge)];
}

/**
 * A birth date for the category; 离休 cadres are born before 1934 (they worked before October
 * 1949). Returns undefined when `today` is so late that no 离休 cadre can still be at most 105.
 */
export function pickBirthDate(rng: Random, category: Category, today: IsoDate): IsoDate | undefined {
  if (category === '离休') {
    const [from, to] = birthRange(today, YOUNGEST_AGE, OLDEST_AGE);
    const latest = minDate(to, LIXIU_LATEST_BIRTH);
    if (latest < from) return undefined;
    // skew towards the younger end: there are more survivors born around 1930
    const u = 1 - (1 - rng.next()) ** 2;
    return shiftDays(from, Math.floor(u * (dayNumber(latest) - dayNumber(from))));
  }
  const bands = AGE_BANDS[category];
  const band = rng.weighted(bands, bandWeights[category]);
  const [from, to] = birthRange(today, band[0], Math.min(band[1], OLDEST_AGE));
  return randomDate(rng, from, to);
}

/** Date work started: before October 1949 for 离休, at 17-24 otherwise. */
export function pickWorkStart(rng: Random, category: Category, birthDate: IsoDate): IsoDate {
  if (category === '离休') {
    const from = maxDate(shiftYears(birthDate, 14), '1937-07-07');
    return randomDate(rng, minDate(from, LIXIU_WORK_BEFORE), LIXIU_WORK_BEFORE);
  }
  return randomDate(rng, shiftYears(birthDate, 17), shiftYears(birthDate, 24));
}

export function pickRank(rng: Random, category: Exclude<Category, '遗属'>): Rank {
  return rng.weighted(RANK_ORDER, RANK_WEIGHTS[category]);
}

export interface Post {
  unit: string;
  position: string;
  rankDetail: string;
}

/** Former unit, position and grade consistent with the rank. */
export function pickPost(rng: Random, rank: Rank): Post {
  const rankDetail = rng.pick(RANK_DETAILS[rank]);
  if (rank === '省部级') {
    const [unit, position] = rng.pick(PROVINCIAL_BODIES);
    return { unit, position, rankDetail };
  }
  const position = rng.pick(POSITIONS[rank]).replace('{d}', rng.pick(DIVISIONS));
  return { unit: rng.pick(AGENCIES), position, rankDetail };
}

/**
 * Retirement takes effect the month after the statutory age: 60 for men and for women of
 * 处级 and above, 55 for other women; 省部级 at 65 when that has already passed.
 */
export function retirementDate(birthDate: IsoDate, gender: Gender, rank: Rank, today: IsoDate): IsoDate {
  const seniorWoman = rank !== '乡科级及以下';
  let age = gender === '男' || seniorWoman ? 60 : 55;
  if (rank === '省部级' && ageAt(birthDate, today) >= 66) age = 65;
  return firstOfNextMonth(shiftYears(birthDate, age));
}

export function treatmentLevel(rank: Rank): string {
  return TREATMENT_LEVELS[rank];
}
