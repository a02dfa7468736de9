import { describe, expect, test } from 'vitest';
import { isoOfShown } from '../../../page/widgets/component/date-picker';
import { pick, showsAll, wantedTexts } from '../../../page/widgets/component/wanted';

describe('what a component select must show', () => {
  test('the plan\'s option text, or the template text; a multiple select splits a list', () => {
    expect(wantedTexts({ kind: 'option', optionIndex: 2, optionText: '县处级' }, false)).toEqual(['县处级']);
    expect(wantedTexts({ kind: 'text', text: '营养品、水果' }, false)).toEqual(['营养品、水果']);
    expect(wantedTexts({ kind: 'text', text: '营养品、水果；鲜花' }, true)).toEqual(['营养品', '水果', '鲜花']);
    expect(wantedTexts({ kind: 'check', checked: true }, false)).toBeNull();
  });

  test('an option is picked by meaning, never the first one, and not when two fit', () => {
    const units = ['省水利厅直属第1单位', '省发展改革委', '省水利厅', '省水利厅直属第2单位'];
    expect(pick(units, '省水利厅')).toBe(2);
    expect(pick(['请选择', '离休干部', '退休干部'], '退休')).toBe(2);
    expect(pick(['男', '女'], '男性')).toBe(0);
    expect(pick(['省教育厅', '省科技厅'], '省水利厅')).toBeNull();
    expect(pick(['一般', '一般'], '一般')).toBeNull();
  });

  test('the displayed tags are exactly the wanted ones, in any order', () => {
    expect(showsAll(['水果', '营养品'], ['营养品', '水果'])).toBe(true);
    expect(showsAll(['营养品'], ['营养品', '水果'])).toBe(false);
    expect(showsAll(['营养品', '水果', '鲜花'], ['营养品', '水果'])).toBe(false);
    expect(showsAll(['营养品', '营养品'], ['营养品', '水果'])).toBe(false);
  });
});

describe('the date a picker displays, in whatever format it uses', () => {
  test.each([
    ['1948年03月15日', '1948-03-15'],
    ['2026/11/29 00:00', '2026-11-29'],
    ['2026-1-5', '2026-01-05'],
    ['20261120', '2026-11-20'],
    ['2026-11-29 08:30:00', '2026-11-29'],
  ])('%s means %s', (shown, iso) => {
    expect(isoOfShown(shown)).toBe(iso);
  });

  test('text that is no date means none', () => {
    expect(isoOfShown('')).toBeNull();
    expect(isoOfShown('选择日期')).toBeNull();
  });
});
