import type { Gender } from '../model';
import { EMERGENCY_RELATIONS } from './data/life';
import { COMPOUNDS, ELSEWHERE_PLACES, STREETS, type Region } from './data/regions';
import { makeName, makeSurname } from './names';
import { makeLandline, makeMobile } from './phones';
import type { Random } from './random';

type SpouseStatus = '健在' | '已故' | '离异' | '无';

const other = (g: Gender): Gender => (g === '男' ? '女' : '男');

/** Whether the spouse is alive, by the cadre's age. */
export function pickSpouseStatus(rng: Random, age: number): SpouseStatus {
  const aliveShare = age < 75 ? 0.85 : age < 85 ? 0.65 : 0.4;
  const r = rng.next();
  if (r < 0.02) return '离异';
  if (r < 0.03) return '无';
  return rng.chance(aliveShare) ? '健在' : '已故';
}

/** A spouse of the other gender; the surname is returned too, for the children's names. */
export function makeSpouse(rng: Random, gender: Gender): { name: string; surname: string } {
  const surname = makeSurname(rng);
  return { name: makeName(rng, other(gender), surname), surname };
}

const RELATION_GENDER: Record<string, Gender> = { 儿子: '男', 女儿: '女', 儿媳: '女', 女婿: '男', 侄子: '男', 保姆: '女' };

/** A son, daughter, in-law, nephew or carer to call in an emergency. */
export function makeEmergencyContact(rng: Random, familySurname: string): { name: string; relation: string; phone: string } {
  const [relation, sameSurname] = rng.pick(EMERGENCY_RELATIONS);
  const gender = RELATION_GENDER[relation] ?? '女';
  const name = sameSurname ? makeName(rng, gender, familySurname) : makeName(rng, gender);
  return { name, relation, phone: makeMobile(rng) };
}

/** 0-3 phones: older cadres more often have only a landline. */
export function makePhones(rng: Random, age: number, alive: boolean): string[] {
  const phones: string[] = [];
  if (rng.chance(alive ? 0.55 : 0.4)) phones.push(makeLandline(rng));
  if (rng.chance(age < 85 ? 0.85 : 0.5)) phones.push(makeMobile(rng));
  if (phones.length > 0 && rng.chance(0.12)) phones.push(makeMobile(rng));
  return phones.slice(); // exact size: a pushed-to array keeps room for 17
}

/** A home address in the capital, often in an agency's housing compound. */
export function makeAddress(rng: Random, region: Region): string {
  // joined in one go: a template literal would keep a tree of a dozen string pieces per address
  return [
    region.city, '市', region.district, rng.pick(STREETS), rng.int(1, 300), '号', rng.pick(COMPOUNDS),
    rng.int(1, 12), '栋', rng.int(1, 4), '单元', rng.int(1, 7), '0', rng.int(1, 4), '室',
  ].join('');
}

/** Where a cadre living with children elsewhere stays. */
export function makeElsewhereAddress(rng: Random): string {
  return `${rng.pick(ELSEWHERE_PLACES)}${rng.pick(['幸福路', '学院路', '滨江路', '人民路', '建设路'])}${rng.int(1, 200)}号（随子女居住）`;
}
