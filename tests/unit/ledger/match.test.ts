import { describe, expect, it } from 'vitest';
import { cadreIndexTerms, phoneSearchDigits } from '../../../core/ledger/index-terms';
import { matchCadre } from '../../../core/ledger/match';
import { classifyQuery } from '../../../core/ledger/query';
import { syntheticIdNumber } from '../storage/synthetic';

const zhang = { name: '张三丰', idNumber: syntheticIdNumber('19470315', 123), phones: ['138 1234 5678', '(027)87654321转12'] };
const match = (q: string, c: Parameters<typeof matchCadre>[0] = zhang) => matchCadre(c, classifyQuery(q));

describe('matchCadre', () => {
  it('finds 张三丰 by initials, full pinyin and a pinyin prefix, ranking exact first', () => {
    expect(match('zsf')).toBe(0);
    expect(match('zhangsanfeng')).toBe(0);
    expect(match('zhangs')).toBe(1);
    expect(match('zs')).toBe(1);
    expect(match('sanfeng')).toBe(2);
    expect(match('sf')).toBe(2);
    expect(match('zsx')).toBeNull();
    expect(match('anfeng')).toBeNull(); // inside a syllable is not a match
  });

  it('finds a Chinese substring of the name', () => {
    expect(match('张三丰')).toBe(0);
    expect(match('张三')).toBe(1);
    expect(match('三丰')).toBe(2);
    expect(match('丰三')).toBeNull();
  });

  it('finds the trailing digits of the ID number (4 or more), never fewer', () => {
    const id = zhang.idNumber;
    expect(match(id.slice(-4))).toBe(1);
    expect(match(id.slice(-6))).toBe(1);
    expect(match(id)).toBe(0);
    expect(match(id.slice(-3))).toBeNull();
    // the start of an ID number is not searched
    expect(match(id.slice(0, 6))).toBeNull();
  });

  it('finds phones by their digits: whole, start or end, spaces and extensions ignored', () => {
    expect(match('13812345678')).toBe(0);
    expect(match('1381234')).toBe(1);
    expect(match('5678')).toBe(1);
    expect(match('87654321')).toBe(1);
    expect(match('4321')).toBe(1);
    expect(match('9999')).toBeNull();
  });

  it('matches an ID number ending in X whatever its case', () => {
    let seq = 0;
    let id = syntheticIdNumber('19500101', seq);
    while (!id.endsWith('X')) id = syntheticIdNumber('19500101', ++seq);
    expect(match(id.slice(-5).toLowerCase(), { name: '王五', idNumber: id })).toBe(1);
  });

  it('lists everyone for an empty query', () => {
    expect(match('')).toBe(0);
  });
});

describe('cadreIndexTerms', () => {
  it('holds name suffixes, syllable pinyin parts, phone digits and reversed tails', () => {
    const t = cadreIndexTerms(zhang);
    expect(t.nameParts).toEqual(['张三丰', '三丰', '丰']);
    expect(t.pinyinParts).toEqual(expect.arrayContaining(['zhangsanfeng', 'sanfeng', 'feng', 'zsf', 'sf', 'f']));
    expect(t.phoneDigits).toEqual(['13812345678', '027876543211' + '2', '02787654321']);
    expect(t.digitTails).toContain([...zhang.idNumber].reverse().join(''));
  });

  it('ignores phones that do not parse', () => {
    expect(phoneSearchDigits('not a phone')).toEqual([]);
  });
});
