import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  ageOn,
  daysBetween,
  daysInMonth,
  formatChineseDate,
  isIsoDate,
  parseChineseDate,
  parseChineseMonth,
  parseIdNumber,
  idCheckChar,
  todayInShanghai,
  toIsoDate,
} from '../../../../core/model';

describe('parseChineseDate', () => {
  it.each([
    ['2024-01-05', '2024-01-05'],
    ['2024/1/5', '2024-01-05'],
    ['2024.1.5', '2024-01-05'],
    ['2024-1-5', '2024-01-05'],
    ['2024年1月5日', '2024-01-05'],
    ['2024年01月05日', '2024-01-05'],
    ['2024 年 1 月 5 日', '2024-01-05'],
    ['2024年1月5号', '2024-01-05'],
    ['20240105', '2024-01-05'],
    ['２０２４年１月５日', '2024-01-05'],
    ['２０２４／１／５', '2024-01-05'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1937-07-07', '1937-07-07'],
  ])('%s → %s', (raw, iso) => {
    expect(parseChineseDate(raw)).toBe(iso);
  });

  it.each([
    [''],
    ['2024年2月30日'],
    ['2023-02-29'],
    ['1900-02-29'], // 1900 is not a leap year
    ['2024-13-01'],
    ['2024-00-10'],
    ['2024-01-32'],
    ['2024-1/5'], // mixed separators
    ['24/1/5'],
    ['2024年1月'],
    ['1799-12-31'],
    ['2024-01-05 10:00'],
    ['明天'],
  ])('refuses %s', (raw) => {
    expect(parseChineseDate(raw)).toBeNull();
  });
});

describe('parseChineseMonth', () => {
  it.each([
    ['2024年1月', '2024-01'],
    ['2024年12月份', '2024-12'],
    ['2024-01', '2024-01'],
    ['2024/3', '2024-03'],
  ])('%s → %s', (raw, month) => {
    expect(parseChineseMonth(raw)).toBe(month);
  });

  it.each([['2024年13月'], ['2024-1-5'], ['2024'], ['1月']])('refuses %s', (raw) => {
    expect(parseChineseMonth(raw)).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('daysInMonth(%i, %i) is %i', (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  it('isIsoDate wants the padded form of a real day', () => {
    expect(isIsoDate('2024-01-05')).toBe(true);
    expect(isIsoDate('2024-1-5')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
  });

  it('counts 周岁 and days by the calendar, across the Los Angeles DST switch', () => {
    expect(ageOn('1944-03-10', '2024-03-09')).toBe(79);
    expect(ageOn('1944-03-10', '2024-03-10')).toBe(80);
    expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
    expect(addDays('2024-03-09', 1)).toBe('2024-03-10');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('formats as 2024年1月5日', () => {
    expect(formatChineseDate('2024-01-05')).toBe('2024年1月5日');
  });
});

describe('todayInShanghai, computed whatever the machine zone', () => {
  it('runs here in another zone (vitest sets TZ=America/Los_Angeles)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
    expect(new Date('2024-01-04T16:30:00Z').getDate()).toBe(4);
  });

  it.each([
    ['2024-01-04T16:30:00Z', '2024-01-05'], // 00:30 in Shanghai, still the 4th in UTC and LA
    ['2024-01-04T15:59:59Z', '2024-01-04'], // 23:59:59 in Shanghai
    ['2024-01-04T16:00:00Z', '2024-01-05'], // Shanghai midnight exactly
    ['2023-12-31T16:00:00Z', '2024-01-01'], // new year in Shanghai, old year in UTC
    ['2024-03-10T10:30:00Z', '2024-03-10'], // the hour Los Angeles skips
  ])('%s is %s in Shanghai', (instant, day) => {
    expect(todayInShanghai(new Date(instant))).toBe(day);
  });

  it('decides whether a birth date is in the future by the Shanghai day', () => {
    const first17 = '11010520240105001';
    const id = first17 + idCheckChar(first17);
    expect(parseIdNumber(id, todayInShanghai(new Date('2024-01-04T16:30:00Z'))).ok).toBe(true);
    expect(parseIdNumber(id, todayInShanghai(new Date('2024-01-04T15:30:00Z')))).toEqual({ ok: false, error: 'err_id_future' });
  });
});

const realDay = fc
  .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));

describe('date properties', () => {
  it('every real day reads back from each spelling, and from its own formatted form', () => {
    fc.assert(
      fc.property(realDay, ({ y, m, d }) => {
        const iso = toIsoDate(y, m, d);
        for (const spelling of [iso, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, iso.replace(/-/g, '')]) {
          expect(parseChineseDate(spelling)).toBe(iso);
        }
        expect(parseChineseDate(formatChineseDate(iso))).toBe(iso);
        expect(addDays(iso, daysBetween('2000-01-01', iso) * -1)).toBe('2000-01-01');
      }),
      { numRuns: 500 },
    );
  });

  it('the Shanghai day is the UTC day eight hours later (no DST in China since 1992)', () => {
    const instant = fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, (t) => {
        expect(todayInShanghai(t)).toBe(new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
      { numRuns: 500 },
    );
  });
});
