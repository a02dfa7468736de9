import { describe, expect, it } from 'vitest';
import { findPlaceholders, findUnknownPlaceholders } from '../../../core/templates/scan';

describe('placeholders in template text', () => {
  it('finds every well-formed placeholder, spaces inside allowed', () => {
    expect(findPlaceholders('{{姓名}}同志，{{ 金额大写 }}')).toEqual([
      { name: '姓名', start: 0, end: 6 },
      { name: '金额大写', start: 9, end: 19 },
    ]);
  });

  it('accepts the vocabulary named in the issue', () => {
    const text = '{{姓名}}{{称谓}}{{年龄}}{{原单位}}{{原职务}}{{节日}}{{今天}}{{经办人}}{{金额}}{{金额大写}}';
    expect(findUnknownPlaceholders(text)).toEqual([]);
    expect(findUnknownPlaceholders('没有占位符的文字')).toEqual([]);
  });

  it('flags unknown names with their position', () => {
    expect(findUnknownPlaceholders('祝{{称呼}}健康，{{姓名}}{{}}')).toEqual([
      { name: '称呼', start: 1, end: 7, kind: 'unknown' },
      { name: '', start: 16, end: 20, kind: 'unknown' },
    ]);
  });

  it('flags braces without their pair', () => {
    expect(findUnknownPlaceholders('{{姓名 同志，{{金额}}}}')).toEqual([
      { name: '{{', start: 0, end: 2, kind: 'malformed' },
      { name: '}}', start: 14, end: 16, kind: 'malformed' },
    ]);
    expect(findUnknownPlaceholders('{{姓名 同志，金额}}')).toEqual([{ name: '姓名 同志，金额', start: 0, end: 12, kind: 'unknown' }]);
    expect(findUnknownPlaceholders('{{姓名}} {{')).toEqual([{ name: '{{', start: 7, end: 9, kind: 'malformed' }]);
  });
});
