import { describe, expect, it } from 'vitest';
import { bindingCaps, findPerVisitCap, visitLabel } from '../../../core/rules/caps';
import { makeStandard } from './helpers';

const standard = makeStandard({
  perVisitCaps: [
    { visitType: '节日慰问', cap: 300 },
    { visitType: '节日慰问', festival: '春节', cap: 500 },
    { visitType: '节日慰问', festival: '春节', category: '离休', cap: 800 },
    { visitType: '节日慰问', festival: '春节', rank: '省部级', cap: 700 },
    { visitType: '节日慰问', measure: '慰问金', cap: 100 },
  ],
});

describe('choosing a per-visit cap', () => {
  it('takes the most specific cap that applies', () => {
    expect(findPerVisitCap(standard, { visitType: '节日慰问', festival: '中秋' }, '合计')?.cap).toBe(300);
    expect(findPerVisitCap(standard, { visitType: '节日慰问', festival: '春节', category: '退休' })?.cap).toBe(500);
    expect(findPerVisitCap(standard, { visitType: '节日慰问', festival: '春节', category: '离休' })?.cap).toBe(800);
  });

  it('takes the lower of two equally specific caps, of any measure unless one is asked for', () => {
    expect(findPerVisitCap(standard, { visitType: '节日慰问', festival: '春节', category: '离休', rank: '省部级' })?.cap).toBe(700);
    expect(findPerVisitCap(standard, { visitType: '节日慰问', festival: '中秋' })?.cap).toBe(100);
  });

  it('finds nothing for a type without caps, and one cap per measure', () => {
    expect(findPerVisitCap(standard, { visitType: '住院看望' })).toBeUndefined();
    expect(bindingCaps(standard, { visitType: '节日慰问', festival: '清明' }).map((c) => [c.measure, c.cap])).toEqual([
      ['合计', 300],
      ['慰问金', 100],
    ]);
  });

  it('names visits for messages', () => {
    expect(visitLabel({ visitType: '生日寿辰', tier: '90' })).toBe('生日寿辰（90岁）');
    expect(visitLabel({ visitType: '节日慰问', festival: '春节' })).toBe('节日慰问（春节）');
    expect(visitLabel({ visitType: '住院看望' })).toBe('住院看望');
  });
});
