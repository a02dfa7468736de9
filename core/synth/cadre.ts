import type { z } from 'zod';
import { type cadreFields, type Category, type Gender, type IsoDate, type Rank } from '../model';
import {
  LIXIU_WORK_BEFORE,
  pickBirthDate,
  pickCategory,
  pickGender,
  pickPost,
  pickRank,
  pickWorkStart,
  retirementDate,
  treatmentLevel,
  type Post,
} from './career';
import { makeDifficulty, makeHobbies, makeNeeds, makeSpecialties, makeStudy, type Difficulty } from './circumstances';
import { ETHNICITIES } from './data/units';
import { CAPITAL_REGIONS, OTHER_REGIONS, type Region } from './data/regions';
import { TAG_CENTENARIAN, TAG_EMPTY_NEST, TAG_HIGH_AGE, TAG_KEY_CARE } from './data/life';
import { ageAt, maxDate, minDate, randomDate, shiftYears } from './dates';
import { makeAddress, makeElsewhereAddress, makeEmergencyContact, makePhones, makeSpouse, pickSpouseStatus } from './family';
import { makeHealth, type Health } from './health';
import { makeIdNumber } from './id-number';
import { makeName, makeSurname } from './names';
import type { Random } from './random';

/**
 * A generated cadre: a valid `CadreInput` in its parsed shape (defaults filled) with an `id`,
 * and with the fields the generator always fills typed as present.
 */
export type SynthCadre = z.output<typeof cadreFields> & {
  id: string;
  gender: Gender;
  idNumber: string;
  birthDate: IsoDate;
};

const NON_PARTY_STATUSES = ['民主党派', '无党派人士', '群众'] as const;
const NON_PARTY_WEIGHTS = [40, 20, 40];
const HOME_PROVINCE_REGIONS = OTHER_REGIONS.filter((r) => r.province === '湖北');
const ethnicityNames = ETHNICITIES.map(([e]) => e);
const ethnicityWeights = ETHNICITIES.map(([, w]) => w);

/** Deceased share by category and age: most 离休 cadres have died; the ledger keeps them. */
function deathChance(category: Category, age: number): number {
  if (category === '离休') return 0.55;
  if (category === '遗属') return 0.08;
  return age >= 90 ? 0.25 : age >= 80 ? 0.1 : 0.03;
}

/** Where the ID number was issued: mostly the capital. */
function pickRegion(rng: Random): Region {
  return rng.chance(0.75) ? rng.pick(CAPITAL_REGIONS) : rng.pick(OTHER_REGIONS);
}

export interface CadreContext {
  id: string;
  today: IsoDate;
  /** ID numbers already used, to keep them unique across the ledger */
  usedIdNumbers: Set<string>;
}

/** Generates one cadre of the ledger; the `rng` should be this cadre's own stream. */
export function generateCadre(rng: Random, ctx: CadreContext): SynthCadre {
  const { today } = ctx;
  let category = pickCategory(rng);
  let birthDate = pickBirthDate(rng, category, today);
  if (!birthDate) {
    category = '退休';
    birthDate = pickBirthDate(rng, category, today)!;
  }
  const gender = pickGender(rng, category);
  const age = ageAt(birthDate, today);
  const surname = makeSurname(rng);
  const name = makeName(rng, gender, surname);
  const region = pickRegion(rng);
  const idNumber = uniqueIdNumber(rng, region, birthDate, gender, ctx.usedIdNumbers);
  const origin = rng.chance(0.6) ? rng.pick(HOME_PROVINCE_REGIONS) : rng.pick(OTHER_REGIONS);

  const workStartDate = pickWorkStart(rng, category, birthDate);
  const partyMember = rng.chance(category === '离休' ? 0.95 : category === '退休' ? 0.8 : 0.4);
  const politicalStatus = partyMember ? '中共党员' : rng.weighted(NON_PARTY_STATUSES, NON_PARTY_WEIGHTS);
  const partyJoinDate = partyMember ? pickPartyJoin(rng, category, birthDate, workStartDate, today) : undefined;

  const rank: Rank | undefined = category === '遗属' ? undefined : pickRank(rng, category);
  const post: Post = pickPost(rng, rank ?? pickRank(rng, '退休'));
  const retired = rank ? retirementDate(birthDate, gender, rank, today) : undefined;

  const deathDate = rng.chance(deathChance(category, age)) ? pickDeathDate(rng, birthDate, retired, today) : undefined;
  const alive = deathDate === undefined;

  const spouse = makeSpouse(rng, gender);
  const spouseStatus = category === '遗属' ? '已故' : pickSpouseStatus(rng, age);
  const familySurname = gender === '男' ? surname : spouse.surname;

  const health = makeHealth(rng, age, today, deathDate);
  const difficulty = makeDifficulty(rng, health.status, spouseStatus === '已故', deathDate ?? today);
  const livesElsewhere = alive && rng.chance(0.06);
  const inHospital = health.hospitalisations.some((h) => h.dischargedOn === undefined);

  const cadre: SynthCadre = {
    id: ctx.id,
    name,
    gender,
    ethnicity: rng.weighted(ethnicityNames, ethnicityWeights),
    nativePlace: `${origin.province}${origin.city === origin.province ? '' : origin.city}`,
    idNumber,
    birthDate,
    lunarBirthday: rng.chance(age >= 80 ? 0.25 : 0.1),
    politicalStatus,
    workStartDate,
    originalUnit: post.unit,
    category,
    phones: makePhones(rng, age, alive),
    address: makeAddress(rng, region.province === '湖北' && region.city === '武汉' ? region : rng.pick(CAPITAL_REGIONS)),
    livesElsewhere,
    spouse: spouseStatus === '无' ? { status: '无' } : { name: spouse.name, status: spouseStatus },
    health,
    difficulty,
    hobbies: makeHobbies(rng),
    specialties: makeSpecialties(rng),
    study: makeStudy(rng, partyMember, age),
    needs: alive ? makeNeeds(rng, today) : [],
    alive,
    tags: [],
  };
  if (partyJoinDate) cadre.partyJoinDate = partyJoinDate;
  if (rank) {
    cadre.rank = rank;
    cadre.rankDetail = post.rankDetail;
    cadre.originalPosition = post.position;
  }
  if (retired) cadre.retirementDate = retired;
  if (rank && (category === '离休' || (rank !== '乡科级及以下' && rng.chance(0.5)))) cadre.treatmentLevel = treatmentLevel(rank);
  if (livesElsewhere) cadre.elsewhereAddress = makeElsewhereAddress(rng);
  if (rng.chance(0.85)) cadre.emergencyContact = makeEmergencyContact(rng, familySurname);
  if (deathDate) cadre.deathDate = deathDate;
  if (category === '遗属') cadre.notes = `已故干部${spouse.name}（原${post.unit}${post.position}）的配偶`;
  else if (category === '离休') cadre.notes = workStartDate < '1945-09-03' ? '抗日战争时期参加革命工作' : '解放战争时期参加革命工作';

  cadre.tags = makeTags(age, alive, health, difficulty, spouseStatus === '已故' && !livesElsewhere, inHospital, livesElsewhere);
  return cadre;
}

/** An ID number not yet used by another cadre (same region, birth date and gender collide rarely). */
function uniqueIdNumber(rng: Random, region: Region, birthDate: IsoDate, gender: Gender, used: Set<string>): string {
  let seq = rng.int(0, 499);
  for (let tries = 0; tries < 500; tries++, seq++) {
    const id = makeIdNumber(region.code, birthDate, gender, seq);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
  throw new Error(`no free ID number for ${region.code} ${birthDate}`);
}

function pickPartyJoin(rng: Random, category: Category, birthDate: IsoDate, workStart: IsoDate, today: IsoDate): IsoDate {
  if (category === '离休') return randomDate(rng, maxDate(shiftYears(birthDate, 16), workStart), shiftYears(LIXIU_WORK_BEFORE, 5));
  return randomDate(rng, shiftYears(birthDate, 20), minDate(shiftYears(birthDate, 45), today));
}

/** A death in the last six years, after retirement. */
function pickDeathDate(rng: Random, birthDate: IsoDate, retired: IsoDate | undefined, today: IsoDate): IsoDate {
  const earliest = maxDate(maxDate(shiftYears(today, -6), retired ?? birthDate), shiftYears(birthDate, 62));
  return randomDate(rng, minDate(earliest, today), today);
}

function makeTags(
  age: number,
  alive: boolean,
  health: Health,
  difficulty: Difficulty,
  widowedAtHome: boolean,
  inHospital: boolean,
  livesElsewhere: boolean,
): string[] {
  if (!alive) return [];
  const tags: string[] = [];
  if (age >= 100) tags.push(TAG_CENTENARIAN);
  else if (age >= 80) tags.push(TAG_HIGH_AGE);
  if (widowedAtHome) tags.push(TAG_EMPTY_NEST);
  if (inHospital) tags.push('住院中');
  if (livesElsewhere) tags.push('异地居住');
  if (health.status === '生活不能自理' || difficulty.has || inHospital) tags.push(TAG_KEY_CARE);
  return tags.slice(); // exact size: a pushed-to array keeps room for 17
}
