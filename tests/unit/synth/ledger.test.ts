import { describe, expect, it } from 'vitest';
import {
  BEREAVEMENT_CASES,
  HOSPITAL_TIERS,
  ageOn,
  cadreInput,
  followUpFields,
  parseIdNumber,
  parsePhone,
  toFieldProblems,
  visitRecordFields,
} from '../../../core/model';
import { generateLedger } from '../../../core/synth';

const TODAY = '2026-11-29';
const ledger = generateLedger({ count: 2000, seed: 7, today: TODAY });

/** The first problems of records that fail a schema, for a readable failure message. */
function failures<T>(records: T[], check: (r: T) => { success: boolean; error?: unknown }): string[] {
  const out: string[] = [];
  for (const r of records) {
    const res = check(r);
    if (!res.success) out.push(`${JSON.stringify(r).slice(0, 200)} → ${JSON.stringify(toFieldProblems(res.error as never))}`);
    if (out.length >= 5) break;
  }
  return out;
}

describe('generateLedger: determinism', () => {
  it('gives the same ledger for the same seed and today', () => {
    const a = generateLedger({ count: 300, seed: 42, today: TODAY });
    const b = generateLedger({ count: 300, seed: 42, today: TODAY });
    expect(b).toEqual(a);
  });

  it('gives a different ledger for a different seed', () => {
    const a = generateLedger({ count: 50, seed: 1, today: TODAY });
    const b = generateLedger({ count: 50, seed: 2, today: TODAY });
    const namesA = a.cadres.map((c) => c.name).join();
    const namesB = b.cadres.map((c) => c.name).join();
    expect(namesB).not.toEqual(namesA);
    expect(b.cadres.map((c) => c.idNumber)).not.toEqual(a.cadres.map((c) => c.idNumber));
  });

  it('keeps the first cadres whatever the count', () => {
    const small = generateLedger({ count: 20, seed: 3, today: TODAY });
    const large = generateLedger({ count: 200, seed: 3, today: TODAY });
    expect(large.cadres.slice(0, 20)).toEqual(small.cadres);
  });

  it('uses seed 1 and 2026-11-29 by default', () => {
    expect(generateLedger({ count: 5 })).toEqual(generateLedger({ count: 5, seed: 1, today: '2026-11-29' }));
  });

  it('returns an empty ledger for count 0', () => {
    expect(generateLedger({ count: 0 })).toEqual({ cadres: [], followUps: [], visits: [] });
  });
});

describe('generateLedger: validity', () => {
  it('generates cadres that pass cadreInput', () => {
    expect(ledger.cadres).toHaveLength(2000);
    expect(failures(ledger.cadres, ({ id: _id, ...c }) => cadreInput.safeParse(c))).toEqual([]);
  });

  it('generates follow-ups that pass followUpFields, due and done on or after the contact', () => {
    expect(ledger.followUps.length).toBeGreaterThan(1000);
    expect(failures(ledger.followUps, (f) => followUpFields.safeParse(f))).toEqual([]);
    for (const f of ledger.followUps) {
      if (f.dueDate) expect(f.dueDate >= f.date).toBe(true);
      if (f.doneDate) expect(f.doneDate >= f.date && f.doneDate <= TODAY).toBe(true);
      expect(f.date <= TODAY).toBe(true);
    }
  });

  it('generates visits that pass visitRecordFields', () => {
    expect(ledger.visits.length).toBeGreaterThan(4000);
    expect(failures(ledger.visits, (v) => visitRecordFields.safeParse(v))).toEqual([]);
  });

  it('gives every cadre a unique id and a unique ID number', () => {
    const ids = new Set(ledger.cadres.map((c) => c.id));
    const idNumbers = new Set(ledger.cadres.map((c) => c.idNumber));
    expect(ids.size).toBe(2000);
    expect(idNumbers.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('writes ID numbers with a valid check digit that agree with birth date and gender', () => {
    for (const c of ledger.cadres) {
      const r = parseIdNumber(c.idNumber, TODAY);
      expect(r.ok, c.idNumber).toBe(true);
      if (!r.ok) continue;
      expect(r.info.normalized).toBe(c.idNumber);
      expect(r.info.birthDate).toBe(c.birthDate);
      expect(r.info.gender).toBe(c.gender);
    }
  });

  it('writes valid phone numbers for cadres and emergency contacts', () => {
    let mobiles = 0;
    let landlines = 0;
    for (const c of ledger.cadres) {
      for (const p of [...c.phones, ...(c.emergencyContact?.phone ? [c.emergencyContact.phone] : [])]) {
        const info = parsePhone(p);
        expect(info, p).not.toBeNull();
        if (info?.kind === 'mobile') mobiles++;
        else landlines++;
      }
    }
    expect(mobiles).toBeGreaterThan(1000);
    expect(landlines).toBeGreaterThan(500);
  });

  it('references only generated cadres, and no date lies after today', () => {
    const ids = new Set(ledger.cadres.map((c) => c.id));
    for (const f of ledger.followUps) expect(ids.has(f.cadreId)).toBe(true);
    for (const v of ledger.visits) {
      expect(ids.has(v.cadreId)).toBe(true);
      expect(v.date <= TODAY).toBe(true);
    }
  });
});

describe('generateLedger: plausible distributions', () => {
  const { cadres, visits } = ledger;
  const share = (pred: (c: (typeof cadres)[number]) => boolean) => cadres.filter(pred).length / cadres.length;

  it('has cadres aged about 62 to 105', () => {
    const ages = cadres.map((c) => ageOn(c.birthDate, TODAY));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(62);
    expect(Math.max(...ages)).toBeLessThanOrEqual(105);
    const over80 = ages.filter((a) => a >= 80).length / ages.length;
    expect(over80).toBeGreaterThan(0.15);
    expect(over80).toBeLessThan(0.6);
  });

  it('mixes 离休, 退休 and 遗属, with 离休 cadres born before 1934 and mostly deceased', () => {
    const lixiu = cadres.filter((c) => c.category === '离休');
    expect(lixiu.length / cadres.length).toBeGreaterThan(0.02);
    expect(lixiu.length / cadres.length).toBeLessThan(0.08);
    expect(share((c) => c.category === '退休')).toBeGreaterThan(0.75);
    expect(share((c) => c.category === '遗属')).toBeGreaterThan(0.05);
    for (const c of lixiu) {
      expect(c.birthDate < '1934-01-01').toBe(true);
      expect(c.workStartDate! <= '1949-09-30').toBe(true);
    }
    const deceased = lixiu.filter((c) => !c.alive).length / lixiu.length;
    expect(deceased).toBeGreaterThan(0.35);
  });

  it('has about one cadre in ten with a living difficulty, and some in hospital now', () => {
    const difficulty = share((c) => c.difficulty.has);
    expect(difficulty).toBeGreaterThan(0.06);
    expect(difficulty).toBeLessThan(0.16);
    const inHospital = cadres.filter((c) => c.alive && c.health.hospitalisations.some((h) => !h.dischargedOn));
    expect(inHospital.length).toBeGreaterThan(10);
    for (const c of inHospital) expect(c.tags).toContain('住院中');
  });

  it('gives deceased cadres a death date and living ones none', () => {
    for (const c of cadres) expect(c.alive).toBe(c.deathDate === undefined);
    expect(share((c) => !c.alive)).toBeGreaterThan(0.02);
    expect(share((c) => !c.alive)).toBeLessThan(0.2);
  });

  it('uses several ranks, and mostly male 离休 and female 遗属', () => {
    const ranks = new Set(cadres.map((c) => c.rank).filter(Boolean));
    expect(ranks.size).toBeGreaterThanOrEqual(3);
    const widows = cadres.filter((c) => c.category === '遗属');
    expect(widows.filter((c) => c.gender === '女').length / widows.length).toBeGreaterThan(0.7);
    for (const c of widows) expect(c.spouse?.status).toBe('已故');
  });

  it('includes polyphonic surnames for pinyin search', () => {
    const tricky = cadres.filter((c) => /^(单|曾|解|仇|区|查|欧阳|司马|诸葛)/.test(c.name));
    expect(tricky.length).toBeGreaterThan(20);
  });

  it('spreads visits over three years and the usual occasions', () => {
    const types = new Set(visits.map((v) => v.visitType));
    for (const t of ['节日慰问', '住院看望', '生日寿辰', '困难帮扶', '遗属慰问', '去世吊唁']) expect(types.has(t as never), t).toBe(true);
    const festivals = new Set(visits.map((v) => v.festival).filter(Boolean));
    expect([...festivals].sort()).toEqual(['中秋', '春节', '重阳'].sort());
    expect(visits.every((v) => v.date > '2023-11-29')).toBe(true);
    const birthdayTiers = new Set(visits.filter((v) => v.visitType === '生日寿辰').map((v) => v.tier));
    expect(birthdayTiers.has('80') && birthdayTiers.has('90')).toBe(true);
    for (const v of visits) {
      if (v.visitType === '住院看望') expect(HOSPITAL_TIERS).toContain(v.tier);
      if (v.visitType === '去世吊唁') expect(BEREAVEMENT_CASES).toContain(v.tier);
      if (v.visitType === '节日慰问') expect(v.festival).toBeDefined();
    }
  });

  it('visits only living cadres, except the condolence call', () => {
    const byId = new Map(cadres.map((c) => [c.id, c]));
    for (const v of visits) {
      const c = byId.get(v.cadreId)!;
      if (v.visitType === '去世吊唁') expect(c.deathDate! <= v.date).toBe(true);
      else if (c.deathDate) expect(v.date < c.deathDate).toBe(true);
    }
  });

  it('numbers OA visits uniquely and in date order', () => {
    const oa = visits.filter((v) => v.source === 'oa');
    expect(oa.length / visits.length).toBeGreaterThan(0.7);
    const numbers = oa.map((v) => v.oaFormNumber!);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (let i = 1; i < visits.length; i++) expect(visits[i]!.date >= visits[i - 1]!.date).toBe(true);
  });

  it('uses money, goods or both consistently with the amounts', () => {
    for (const v of visits) {
      if (v.form === '慰问金') expect(v.amount > 0 && v.goodsValue === 0).toBe(true);
      if (v.form === '慰问品') expect(v.amount === 0 && v.goodsValue > 0 && !!v.goods).toBe(true);
      if (v.form === '慰问金和慰问品') expect(v.amount > 0 && v.goodsValue > 0 && !!v.goods).toBe(true);
    }
  });
});

describe('generateLedger: scale', () => {
  // Speed is measured by `npm run bench` (synth.generate.20k_ms), never by a timed unit test.
  it('generates 20,000 cadres with three years of history', () => {
    const big = generateLedger({ count: 20_000, seed: 6 });
    expect(big.cadres).toHaveLength(20_000);
    expect(big.visits.length).toBeGreaterThan(80_000);
    expect(generateLedger({ count: 50, seed: 5, history: false }).visits).toEqual([]);
  });

  it('generates the same cadres with or without history', () => {
    const a = generateLedger({ count: 30, seed: 8, history: false });
    const b = generateLedger({ count: 30, seed: 8 });
    expect(a.cadres).toEqual(b.cadres);
  });
});
