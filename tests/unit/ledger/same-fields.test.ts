import { describe, expect, it } from 'vitest';
import { mergeFields, sameFields } from '../../../core/ledger/same-fields';

describe('sameFields', () => {
  it('compares deeply, an undefined member being a missing one', () => {
    expect(sameFields({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameFields({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameFields({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameFields({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
    expect(sameFields({ a: [] }, { a: {} })).toBe(false);
    expect(sameFields({ a: null }, { a: undefined })).toBe(false);
  });
});

describe('mergeFields', () => {
  it('lays nested objects over one level deep; arrays and values replace', () => {
    const base = { name: '甲', health: { status: '一般', hospitalisations: [{ hospital: '某医院' }] }, hobbies: ['书法'] };
    expect(mergeFields(base, { health: { status: '健康' }, hobbies: ['京剧'] })).toEqual({
      name: '甲',
      health: { status: '健康', hospitalisations: [{ hospital: '某医院' }] },
      hobbies: ['京剧'],
    });
    expect(base.health.status).toBe('一般');
  });
});
