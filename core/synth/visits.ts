import type { z } from 'zod';
import type { Festival, IsoDate, Rank, SupportForm, VisitType, visitRecordFields } from '../model';
import { lunarFestivalDate } from './data/festivals';
import { FUNDING_SOURCES, VISIT_GOODS } from './data/life';
import { ageAt, minDate, shiftDays, shiftYears } from './dates';
import { hospitalTier } from './health';
import type { SynthCadre } from './cadre';
import type { Random } from './random';

/** A visit record without envelope fields, in its parsed shape (defaults filled). */
export type SynthVisit = z.output<typeof visitRecordFields>;

/** Illustrative amounts (元); the office's real figures live in its standards, not here. */
const FESTIVAL_AMOUNT: Record<'离休' | '退休', Record<Rank, number>> = {
  离休: { 省部级: 2000, 厅局级: 1500, 县处级: 1200, 乡科级及以下: 1000 },
  退休: { 省部级: 1000, 厅局级: 800, 县处级: 600, 乡科级及以下: 500 },
};
const HOSPITAL_AMOUNT: Record<string, number> = { 一般: 500, 手术: 800, 重大疾病: 1000 };
const MILESTONE_AMOUNT: Record<number, number> = { 80: 500, 90: 1000, 100: 2000 };
const MILESTONES = [80, 90, 100] as const;
const HARDSHIP_AMOUNT: Record<string, number> = { 特困: 3000, 重病: 2000, 低保: 2000, 独居: 1000, 失能: 2000, 其他: 1000 };
const SURVIVOR_AMOUNT = 500;

const HOSPITAL_GOODS = ['鲜花、水果', 300] as const;
const BIRTHDAY_GOODS = ['生日蛋糕、鲜花', 300] as const;
const MOONCAKES = ['月饼', 200] as const;
const WREATH = ['花圈', 300] as const;

const SOURCES = ['oa', 'manual', 'import'] as const;
const SOURCE_WEIGHTS = [85, 10, 5];
const fundingNames = FUNDING_SOURCES.map(([s]) => s);
const fundingWeights = FUNDING_SOURCES.map(([, w]) => w);

type Goods = readonly [name: string, value: number];

interface Occasion {
  visitType: VisitType;
  date: IsoDate;
  festival?: Festival;
  tier?: string;
  note?: string;
}

/** Collects one cadre's visits inside the window. */
class CadreVisits {
  readonly visits: SynthVisit[] = [];

  constructor(
    private readonly rng: Random,
    private readonly cadre: SynthCadre,
    readonly from: IsoDate,
    readonly today: IsoDate,
  ) {}

  /** In the window, and the cadre still alive that day. */
  possibleOn(date: IsoDate): boolean {
    return date >= this.from && date <= this.today && (this.cadre.deathDate === undefined || date < this.cadre.deathDate);
  }

  /**
   * Adds a visit of money, goods, or both: goods with probability pGoods, both with pBoth.
   * `goods` fixes what is brought (otherwise a random gift).
   */
  add(o: Occasion, amount: number, pGoods: number, pBoth: number, goods?: Goods): void {
    const r = this.rng.next();
    let form: SupportForm = '慰问金';
    let gift: Goods | undefined;
    if (r < pGoods + pBoth) {
      gift = goods ?? this.rng.pick(VISIT_GOODS);
      form = r < pGoods ? '慰问品' : '慰问金和慰问品';
    }
    const v: SynthVisit = {
      cadreId: this.cadre.id,
      visitType: o.visitType,
      date: o.date,
      form,
      amount: form === '慰问品' ? 0 : amount,
      goodsValue: gift ? gift[1] : 0,
      fundingSource: this.rng.weighted(fundingNames, fundingWeights),
      source: this.rng.weighted(SOURCES, SOURCE_WEIGHTS),
    };
    if (gift) v.goods = gift[0];
    if (o.festival) v.festival = o.festival;
    if (o.tier) v.tier = o.tier;
    if (o.note) v.note = o.note;
    this.visits.push(v);
  }
}

export interface VisitWindow {
  from: IsoDate;
  today: IsoDate;
}

/**
 * The visits of the past three years for one cadre: festivals (春节, 中秋, 重阳; 遗属 get a
 * 遗属慰问), hardship aid, hospital stays, milestone birthdays (80/90/100) and the condolence
 * call after a death. Visits only happen while the cadre lives, except that last one.
 */
export function generateVisits(rng: Random, cadre: SynthCadre, window: VisitWindow): SynthVisit[] {
  const out = new CadreVisits(rng, cadre, window.from, window.today);
  const lastYear = Number(window.today.slice(0, 4));
  for (let year = Number(window.from.slice(0, 4)); year <= lastYear; year++) {
    festivalVisits(rng, cadre, year, out);
    hardshipVisit(rng, cadre, year, out);
  }
  hospitalVisits(rng, cadre, out);
  birthdayVisits(rng, cadre, out);
  condolenceVisit(rng, cadre, out);
  out.visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out.visits;
}

function festivalAmount(cadre: SynthCadre): number {
  return cadre.category === '遗属' ? SURVIVOR_AMOUNT : FESTIVAL_AMOUNT[cadre.category][cadre.rank ?? '乡科级及以下'];
}

/** 春节 for nearly everyone, 中秋 for the 离休 and those over 80, 重阳 for those over 70. */
function festivalVisits(rng: Random, cadre: SynthCadre, year: number, out: CadreVisits): void {
  const visitType: VisitType = cadre.category === '遗属' ? '遗属慰问' : '节日慰问';
  const lixiu = cadre.category === '离休';
  const base = festivalAmount(cadre);

  const spring = lunarFestivalDate('春节', year);
  if (spring && rng.chance(0.92)) {
    const date = shiftDays(spring, -rng.int(3, 20));
    if (out.possibleOn(date)) out.add({ visitType, festival: '春节', date }, base, 0.1, 0.1);
  }
  const midAutumn = lunarFestivalDate('中秋', year);
  if (midAutumn && (lixiu || ageAt(cadre.birthDate, midAutumn) >= 80) && rng.chance(lixiu ? 0.95 : 0.6)) {
    const date = shiftDays(midAutumn, -rng.int(1, 7));
    if (out.possibleOn(date)) out.add({ visitType, festival: '中秋', date }, Math.round(base / 2), 0.4, 0.1, MOONCAKES);
  }
  const doubleNinth = lunarFestivalDate('重阳', year);
  if (doubleNinth && ageAt(cadre.birthDate, doubleNinth) >= 70 && rng.chance(0.7)) {
    const date = shiftDays(doubleNinth, -rng.int(0, 6));
    if (out.possibleOn(date)) out.add({ visitType, festival: '重阳', date }, lixiu ? 500 : 300, 0.4, 0.1);
  }
}

/** Hardship aid once a year before 春节, once the difficulty is recognised. */
function hardshipVisit(rng: Random, cadre: SynthCadre, year: number, out: CadreVisits): void {
  const { has, type, recognisedOn } = cadre.difficulty;
  const spring = lunarFestivalDate('春节', year);
  if (!has || !type || !spring) return;
  const date = shiftDays(spring, -rng.int(20, 40));
  if (out.possibleOn(date) && (!recognisedOn || recognisedOn <= date)) {
    out.add({ visitType: '困难帮扶', date, note: type }, HARDSHIP_AMOUNT[type] ?? 1000, 0, 0.1);
  }
}

/** A visit within a week of most admissions, while still in hospital. */
function hospitalVisits(rng: Random, cadre: SynthCadre, out: CadreVisits): void {
  for (const h of cadre.health.hospitalisations) {
    if (!rng.chance(0.85)) continue;
    const date = minDate(shiftDays(h.admittedOn, rng.int(1, 7)), minDate(h.dischargedOn ?? out.today, out.today));
    if (!out.possibleOn(date) || date < h.admittedOn) continue;
    const tier = hospitalTier(h);
    const amount = (HOSPITAL_AMOUNT[tier] ?? 500) * (cadre.category === '离休' ? 1.5 : 1);
    out.add({ visitType: '住院看望', date, tier }, amount, 0.3, 0.1, HOSPITAL_GOODS);
  }
}

/** 生日寿辰 at 80, 90 and 100, on or a few days before the birthday. */
function birthdayVisits(rng: Random, cadre: SynthCadre, out: CadreVisits): void {
  for (const milestone of MILESTONES) {
    const date = shiftDays(shiftYears(cadre.birthDate, milestone), -rng.int(0, 5));
    if (out.possibleOn(date)) {
      out.add({ visitType: '生日寿辰', date, tier: String(milestone) }, MILESTONE_AMOUNT[milestone] ?? 500, 0, 0.5, BIRTHDAY_GOODS);
    }
  }
}

/** 去世吊唁: money and a wreath within three days of the death. */
function condolenceVisit(rng: Random, cadre: SynthCadre, out: CadreVisits): void {
  if (!cadre.deathDate || cadre.deathDate < out.from) return;
  const date = minDate(shiftDays(cadre.deathDate, rng.int(1, 3)), out.today);
  const amount = cadre.category === '离休' ? 3000 : cadre.category === '遗属' ? 1000 : 2000;
  out.add({ visitType: '去世吊唁', date, tier: '本人' }, amount, 0, 1, WREATH);
}
