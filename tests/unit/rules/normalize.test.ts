import { describe, expect, it } from 'vitest';
import {
  isSpouseRelation,
  normalizeCategory,
  normalizeFestival,
  normalizeRank,
  normalizeSupportForm,
  normalizeTier,
  normalizeVisitType,
  sameName,
} from '../../../core/rules/normalize';

describe('normalising the OA’s words', () => {
  it('reads visit types', () => {
    expect(['住院看望', '生病看望', '春节慰问', '九十寿辰', '丧事慰问', '遗属慰问', '困难帮扶', '其他', '出差'].map(normalizeVisitType)).toEqual([
      '住院看望', '住院看望', '节日慰问', '生日寿辰', '去世吊唁', '遗属慰问', '困难帮扶', '其他', undefined,
    ]);
    expect(normalizeVisitType('  ')).toBeUndefined();
  });

  it('reads festivals, categories, ranks', () => {
    expect(['春节慰问', '新年', '建党节', '敬老节', '中秋'].map(normalizeFestival)).toEqual(['春节', '元旦', '七一', '重阳', '中秋']);
    expect(['离休干部', '退休', '遗属', '在职'].map(normalizeCategory)).toEqual(['离休', '退休', '遗属', undefined]);
    expect(['正厅级', '副厅', '一级巡视员', '处级', '二级调研员', '科员', '省部级', '无'].map(normalizeRank)).toEqual([
      '厅局级', '厅局级', '厅局级', '县处级', '县处级', '乡科级及以下', '省部级', undefined,
    ]);
  });

  it('reads forms of support, tiers and relations', () => {
    expect(['慰问金+慰问品', '实物', '现金', '慰问品'].map(normalizeSupportForm)).toEqual(['慰问金和慰问品', '慰问品', '慰问金', '慰问品']);
    expect(['大病', '住院手术', '普通', '配偶去世', '本人'].map(normalizeTier)).toEqual(['重大疾病', '手术', '一般', '直系亲属', '本人']);
    expect(['配偶', '妻子', '老伴', '儿子'].map(isSpouseRelation)).toEqual([true, true, true, false]);
  });

  it('compares names as written', () => {
    expect(sameName('张 建国', '张建国')).toBe(true);
    expect(sameName('阿依古丽・买买提', '阿依古丽·买买提')).toBe(true);
    expect(sameName('张建军', '张建国')).toBe(false);
  });
});
