import { describe, expect, it } from 'vitest';
import { nextCascadeMatch, pathFits } from '../../../core/fill/cascade';

describe('nextCascadeMatch', () => {
  it('finds the option a text names, with or without its division suffix', () => {
    expect(nextCascadeMatch('湖北省武汉市武昌区中北路1号', ['湖南省', '湖北省'])).toEqual({ index: 1, rest: '武汉市武昌区中北路1号' });
    expect(nextCascadeMatch('湖北武汉武昌区', ['湖南省', '湖北省'])).toEqual({ index: 1, rest: '武汉武昌区' });
    // the option says less than the text: the suffix it leaves is passed over by the next level
    expect(nextCascadeMatch('武汉市武昌区', ['宜昌', '武汉'])).toEqual({ index: 1, rest: '市武昌区' });
    expect(nextCascadeMatch('市武昌区', ['江岸区', '武昌区'])).toEqual({ index: 1, rest: '' });
  });

  it('takes the earliest name in the text, then the longer one', () => {
    // 江岸 appears later, in the street name: the district the address starts with wins
    expect(nextCascadeMatch('武昌区江岸路8号', ['江岸区', '武昌区'])).toEqual({ index: 1, rest: '江岸路8号' });
    expect(nextCascadeMatch('恩施土家族苗族自治州恩施市', ['恩施市', '恩施土家族苗族自治州'])?.index).toBe(1);
  });

  it('ignores white space and full-width forms, and answers null when no option is named', () => {
    expect(nextCascadeMatch(' 湖北省 / 武汉市 ', ['武汉市'])).toEqual({ index: 0, rest: '' });
    expect(nextCascadeMatch('武昌区示例路1号', ['湖北省', '湖南省'])).toBeNull();
    expect(nextCascadeMatch('', ['湖北省'])).toBeNull();
    expect(nextCascadeMatch('湖北省', ['', '  '])).toBeNull();
  });

  it('does not match a one-character name left by removing a suffix', () => {
    // 市 alone would be 「」 + 市; 东区 without 区 is one character: only the whole label counts
    expect(nextCascadeMatch('东城区', ['东区'])).toBeNull();
    expect(nextCascadeMatch('某某东区', ['东区'])).toEqual({ index: 0, rest: '' });
  });

  it('works for a unit tree as well as for places', () => {
    expect(nextCascadeMatch('省直机关某厅办公室', ['省直机关某厅', '省直机关另一厅'])).toEqual({ index: 0, rest: '办公室' });
    // a unit's next name may start like a division suffix (市场处): nothing is cut from it
    expect(nextCascadeMatch('某厅市场处', ['某厅'])).toEqual({ index: 0, rest: '市场处' });
    expect(pathFits(['某厅', '市场处'], '某厅市场处')).toBe(true);
  });
});

describe('pathFits', () => {
  it('accepts a path the text names in order, levels it leaves out included', () => {
    expect(pathFits(['湖北省', '武汉市', '武昌区'], '湖北省武汉市武昌区中北路1号')).toBe(true);
    expect(pathFits(['湖北省', '武汉市', '武昌区'], '武汉市武昌区示例路1号')).toBe(true);
  });

  it('refuses a path whose last level the text does not name, or an empty path', () => {
    expect(pathFits(['湖北省', '武汉市', '江岸区'], '武汉市武昌区示例路1号')).toBe(false);
    expect(pathFits(['湖南省', '长沙市', '芙蓉区'], '武汉市武昌区')).toBe(false);
    expect(pathFits([], '武汉市武昌区')).toBe(false);
  });

  it('refuses levels named out of order', () => {
    expect(pathFits(['武昌区', '武汉市'], '武汉市武昌区')).toBe(false);
  });
});
