import { describe, expect, it } from 'vitest';
import { retypeOccasion, tierOptions } from '../../../core/model';

describe('visit occasions', () => {
  it('names the tiers of each visit type', () => {
    expect(tierOptions('住院看望', [80])).toEqual(['一般', '手术', '重大疾病']);
    expect(tierOptions('生日寿辰', [80, 90])).toEqual(['80', '90']);
    expect(tierOptions('节日慰问', [80])).toEqual([]);
  });

  it('keeps a festival and tier only where the new type has them', () => {
    expect(retypeOccasion({ festival: '春节', tier: '手术' }, '遗属慰问', [80])).toEqual({ visitType: '遗属慰问', festival: '春节', tier: undefined });
    expect(retypeOccasion({ festival: '春节', tier: '手术' }, '住院看望', [80])).toEqual({ visitType: '住院看望', festival: undefined, tier: '手术' });
    expect(retypeOccasion({ tier: '90' }, '生日寿辰', [80])).toEqual({ visitType: '生日寿辰', festival: undefined, tier: undefined });
  });
});
