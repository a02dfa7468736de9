import { describe, expect, test } from 'vitest';
import { canonicalFormat, detectDateFormat, formatDate, formatOfExample } from '../../../core/fill/dates';

describe('detectDateFormat', () => {
  test('a declared format wins: My97 dateFmt, strftime ifFormat, moment style', () => {
    expect(detectDateFormat({ formatHint: 'yyyy年MM月dd日', value: '2024-01-05' })).toBe('yyyy年MM月dd日');
    expect(detectDateFormat({ formatHint: '%Y-%m-%d' })).toBe('yyyy-MM-dd');
    expect(detectDateFormat({ formatHint: 'YYYY/MM/DD' })).toBe('yyyy/MM/dd');
    expect(detectDateFormat({ formatHint: 'yyyy-MM-dd HH:mm' })).toBe('yyyy-MM-dd HH:mm');
  });

  test('type=date always takes ISO', () => {
    expect(detectDateFormat({ inputType: 'date', placeholder: 'yyyy/mm/dd' })).toBe('yyyy-MM-dd');
  });

  test('the value already in the field shows the format', () => {
    expect(detectDateFormat({ value: '2024/1/5' })).toBe('yyyy/M/d');
    expect(detectDateFormat({ value: '2024年01月05日' })).toBe('yyyy年MM月dd日');
    expect(detectDateFormat({ value: '20240105' })).toBe('yyyyMMdd');
    expect(detectDateFormat({ value: '2024-01-05 09:30' })).toBe('yyyy-MM-dd HH:mm');
  });

  test('then the placeholder, as a format or as an example', () => {
    expect(detectDateFormat({ placeholder: 'yyyy/mm/dd' })).toBe('yyyy/MM/dd');
    expect(detectDateFormat({ placeholder: 'YYYY-MM-DD' })).toBe('yyyy-MM-dd');
    expect(detectDateFormat({ placeholder: '例：2024年1月5日' })).toBe('yyyy年M月d日');
    expect(detectDateFormat({ placeholder: '年-月-日' })).toBe('yyyy-MM-dd');
  });

  test('nothing known: yyyy-MM-dd', () => {
    expect(detectDateFormat({ placeholder: '请选择日期' })).toBe('yyyy-MM-dd');
    expect(detectDateFormat({ formatHint: 'nonsense', value: 'abc' })).toBe('yyyy-MM-dd');
  });
});

describe('formatDate', () => {
  test.each([
    ['yyyy-MM-dd', '2024-01-05'],
    ['yyyy/M/d', '2024/1/5'],
    ['yyyy年MM月dd日', '2024年01月05日'],
    ['yyyy年M月d日', '2024年1月5日'],
    ['yyyyMMdd', '20240105'],
    ['yyyy-MM-dd HH:mm:ss', '2024-01-05 00:00:00'],
    ["yyyy-MM-dd'T'HH:mm", '2024-01-05T00:00'],
    ['yy.MM.dd', '24.01.05'],
  ])('%s → %s', (format, expected) => {
    expect(formatDate('2024-01-05', format)).toBe(expected);
  });

  test('round trip: what formatOfExample reads, formatDate writes back', () => {
    for (const example of ['2026-11-29', '2026/1/9', '2026年11月9日', '20261129']) {
      const f = formatOfExample(example)!;
      expect(f).not.toBeNull();
      expect(formatDate('2026-11-29', f).length).toBeGreaterThan(0);
    }
    expect(formatDate('2026-11-09', formatOfExample('2026/1/9')!)).toBe('2026/11/9');
  });

  test('refuses an invalid ISO date', () => {
    expect(() => formatDate('2024-02-30', 'yyyy-MM-dd')).toThrow(RangeError);
  });
});

test('canonicalFormat rejects what is not a date format', () => {
  expect(canonicalFormat('')).toBeNull();
  expect(canonicalFormat('HH:mm')).toBeNull();
  expect(canonicalFormat('%Y年%m月%d日')).toBe('yyyy年MM月dd日');
});
