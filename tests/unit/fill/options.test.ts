import { describe, expect, test } from 'vitest';
import { chooseOption, chooseOptions, normalizeOptionText, numberIn } from '../../../core/fill/options';
import type { FieldOption } from '../../../core/fill/types';

const opts = (...texts: string[]): FieldOption[] => texts.map((text, i) => ({ value: String(i), text, selected: false }));

describe('chooseOption', () => {
  test('exact text first', () => {
    expect(chooseOption(opts('请选择', '离退休', '退休'), '退休')).toEqual({ index: 2, via: 'exact' });
  });

  test('normalised text: width, spaces and punctuation', () => {
    expect(chooseOption(opts('请选择', '离 休', '退　休'), '退休')).toEqual({ index: 2, via: 'normalized' });
    expect(chooseOption(opts('A类', 'Ｂ类'), 'b类')).toEqual({ index: 1, via: 'normalized' });
  });

  test('synonyms: 男/男性, 离休/离休干部, 慰问金/现金慰问, 处级/县处级', () => {
    expect(chooseOption(opts('男性', '女性'), '男')).toEqual({ index: 0, via: 'synonym' });
    expect(chooseOption(opts('男', '女'), '女性')).toEqual({ index: 1, via: 'synonym' });
    expect(chooseOption(opts('--请选择--', '离休干部', '退休干部'), '离休')).toEqual({ index: 1, via: 'synonym' });
    expect(chooseOption(opts('现金慰问', '实物慰问'), '慰问金')).toEqual({ index: 0, via: 'synonym' });
    expect(chooseOption(opts('厅级', '处级', '科级'), '县处级')).toEqual({ index: 1, via: 'synonym' });
    expect(chooseOption(opts('春节', '重阳节'), '重阳')).toEqual({ index: 1, via: 'synonym' });
  });

  test('a word with a common suffix: 退休人员 for 退休', () => {
    expect(chooseOption(opts('在职', '退休人员'), '退休')).toEqual({ index: 1, via: 'synonym' });
  });

  test('numbers: 500 picks 500元, not 1500元', () => {
    expect(chooseOption(opts('300元', '500元', '1500元'), '500')).toEqual({ index: 1, via: 'number' });
    expect(chooseOption(opts('￥1,000.00', '￥2,000.00'), '1000')).toEqual({ index: 0, via: 'number' });
  });

  test('never a guess: nothing fits, or two options fit equally', () => {
    expect(chooseOption(opts('请选择', '节日慰问', '住院看望'), '困难帮扶')).toBeNull();
    expect(chooseOption(opts('正处级', '副处级'), '处级')).toBeNull();
    expect(chooseOption(opts('男', '男性'), '男士')).toBeNull();
    expect(chooseOption(opts('请选择', '离休'), '')).toBeNull();
    expect(chooseOption([], '男')).toBeNull();
  });

  test('placeholder options are never chosen by normalisation', () => {
    expect(chooseOption(opts('--请选择--', '离休'), '请选择')).toBeNull();
    expect(chooseOption(opts('请选择', '离休'), '请选择')).toEqual({ index: 0, via: 'exact' });
  });
});

test('chooseOptions picks every wanted option, or none', () => {
  const o = opts('慰问金', '慰问品', '花圈');
  expect(chooseOptions(o, ['慰问品', '现金慰问'])?.map((c) => c.index)).toEqual([1, 0]);
  expect(chooseOptions(o, ['慰问品', '购物卡'])).toBeNull();
});

test('normalizeOptionText and numberIn', () => {
  expect(normalizeOptionText(' 离　休（干部） ')).toBe('离休干部');
  expect(normalizeOptionText('慰问金 + 慰问品')).toBe('慰问金+慰问品');
  expect(numberIn('￥1,200.50元')).toBe(1200.5);
  expect(numberIn('500')).toBe(500);
  expect(numberIn('五百元')).toBeNull();
  expect(numberIn('500-1000元')).toBeNull();
});
