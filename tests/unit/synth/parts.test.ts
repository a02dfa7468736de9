import { describe, expect, it } from 'vitest';
import { LunarDay } from 'tyme4ts';
import { addDays, ageOn, parseIdNumber } from '../../../core/model';
import { LUNAR_FESTIVAL_DATES } from '../../../core/synth/data/festivals';
import { ageAt, dayNumber, fromDayNumber, shiftDays, shiftYears } from '../../../core/synth/dates';
import { createRandom, makeIdNumber } from '../../../core/synth';

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const seq = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
  });

  it('stays in range and covers it', () => {
    const r = createRandom(9);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = r.int(3, 7);
      expect(n >= 3 && n <= 7).toBe(true);
      seen.add(n);
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('samples distinct items and respects weights roughly', () => {
    const r = createRandom(4);
    for (let i = 0; i < 200; i++) {
      const s = r.sample(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 3);
      expect(new Set(s).size).toBe(3);
    }
    expect(r.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
    let heavy = 0;
    for (let i = 0; i < 4000; i++) if (r.weighted(['x', 'y'], [9, 1]) === 'x') heavy++;
    expect(heavy / 4000).toBeGreaterThan(0.85);
    expect(heavy / 4000).toBeLessThan(0.95);
  });
});

describe('makeIdNumber', () => {
  it('writes a valid number whose parity gives the gender', () => {
    for (let seq = 0; seq < 1200; seq += 37) {
      for (const gender of ['男', '女'] as const) {
        const id = makeIdNumber('420106', '1949-10-01', gender, seq);
        const r = parseIdNumber(id, '2026-11-29');
        expect(r.ok && r.info.birthDate === '1949-10-01' && r.info.gender === gender, id).toBe(true);
      }
    }
  });
});

describe('synth date arithmetic', () => {
  it('agrees with core/model on day shifts, ages and leap days', () => {
    const r = createRandom(5);
    for (let i = 0; i < 500; i++) {
      const d = fromDayNumber(r.int(dayNumber('1900-01-01'), dayNumber('2100-12-31')));
      const k = r.int(-4000, 4000);
      expect(shiftDays(d, k)).toBe(addDays(d, k));
      expect(dayNumber(fromDayNumber(dayNumber(d)))).toBe(dayNumber(d));
      const on = fromDayNumber(r.int(dayNumber(d), dayNumber('2130-01-01')));
      expect(ageAt(d, on)).toBe(ageOn(d, on));
    }
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('has a festival table that matches the lunar calendar', () => {
    const solar = (y: number, m: number, d: number) => {
      const s = LunarDay.fromYmd(y, m, d).getSolarDay();
      return `${s.getYear()}-${String(s.getMonth()).padStart(2, '0')}-${String(s.getDay()).padStart(2, '0')}`;
    };
    for (const [year, [spring, midAutumn, doubleNinth]] of Object.entries(LUNAR_FESTIVAL_DATES)) {
      const y = Number(year);
      expect([spring, midAutumn, doubleNinth], year).toEqual([solar(y, 1, 1), solar(y, 8, 15), solar(y, 9, 9)]);
    }
  });
});
