import { describe, expect, it } from 'vitest';
import { classifyQuery } from '../../../core/ledger/query';

describe('classifyQuery', () => {
  it.each([
    ['', { kind: 'all' }],
    ['   ', { kind: 'all' }],
    ['张三', { kind: 'name', text: '张三' }],
    [' 张 三 ', { kind: 'name', text: '张三' }],
    ['zsf', { kind: 'latin', text: 'zsf' }],
    ['ZhangSanFeng', { kind: 'latin', text: 'zhangsanfeng' }],
    ["xi'an", { kind: 'latin', text: 'xian' }],
    ['lü', { kind: 'latin', text: 'lv' }],
    ['1234', { kind: 'digits', text: '1234' }],
    ['００３Ｘ', { kind: 'digits', text: '003X' }],
    ['123x', { kind: 'digits', text: '123X' }],
    ['138-1234-5678', { kind: 'digits', text: '13812345678' }],
    ['123', { kind: 'none' }],
    ['1', { kind: 'none' }],
    ['·', { kind: 'name', text: '·' }],
  ])('%j → %j', (raw, expected) => {
    expect(classifyQuery(raw)).toEqual(expected);
  });
});
