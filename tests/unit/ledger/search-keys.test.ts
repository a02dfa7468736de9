import { describe, expect, it } from 'vitest';
import { nameSyllables, searchKeys } from '../../../core/ledger/search-keys';

describe('searchKeys', () => {
  it('gives full pinyin and initials, lower-case, without tones or spaces', () => {
    expect(searchKeys('张三丰')).toEqual({ pinyin: 'zhangsanfeng', initials: 'zsf' });
  });

  it.each([
    ['单雄信', 'shanxiongxin', 'sxx'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['解缙', 'xiejin', 'xj'],
    ['仇英', 'qiuying', 'qy'],
    ['区寄', 'ouji', 'oj'],
  ])('reads the polyphonic surname of %s as a surname', (name, pinyin, initials) => {
    expect(searchKeys(name)).toEqual({ pinyin, initials });
  });

  it('reads the given name normally: only the head is a surname', () => {
    // 单 as a given name is dan, not the surname reading shan
    expect(searchKeys('曾单')).toEqual({ pinyin: 'zengdan', initials: 'zd' });
  });

  it('writes ü as v, the way it is typed', () => {
    expect(searchKeys('吕国强').pinyin).toBe('lvguoqiang');
  });

  it('keeps Latin letters as a lower-case syllable and drops punctuation and spaces', () => {
    expect(nameSyllables('玛丽·Smith')).toEqual(['ma', 'li', 'smith']);
    expect(searchKeys('李 四')).toEqual({ pinyin: 'lisi', initials: 'ls' });
  });

  it('reads full-width Latin letters like half-width ones', () => {
    expect(searchKeys('王ＡＢ').pinyin).toBe('wangab');
  });
});
