import { describe, expect, it } from 'vitest';
import { EXAMPLE_STANDARD_RULES } from '../../../core/rules/default-standard';
import { defaultAmount } from '../../../core/templates/default-amount';
import { makeStandard } from '../rules/helpers';

describe('defaultAmount', () => {
  it('is the per-visit cap for the visit', () => {
    expect(defaultAmount(EXAMPLE_STANDARD_RULES, { visitType: '节日慰问', festival: '春节' })).toBe(500);
    expect(defaultAmount(EXAMPLE_STANDARD_RULES, { visitType: '节日慰问', festival: '春节', category: '遗属' })).toBe(300);
    expect(defaultAmount(EXAMPLE_STANDARD_RULES, { visitType: '去世吊唁', tier: '直系亲属' })).toBe(1000);
  });

  it('falls back to a cash or goods cap, and to nothing', () => {
    const s = makeStandard({ perVisitCaps: [{ visitType: '困难帮扶', measure: '慰问金', cap: 1200 }] });
    expect(defaultAmount(s, { visitType: '困难帮扶' })).toBe(1200);
    expect(defaultAmount(s, { visitType: '其他' })).toBeUndefined();
    expect(defaultAmount(undefined, { visitType: '其他' })).toBeUndefined();
  });
});
