import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, PLACEHOLDER_NAMES, isPlaceholderName } from '../../../core/templates/placeholders';

describe('placeholder vocabulary', () => {
  it('holds the names the issue lists', () => {
    for (const name of ['姓名', '称谓', '年龄', '原单位', '原职务', '节日', '今天', '经办人', '金额', '金额大写'])
      expect(isPlaceholderName(name)).toBe(true);
    expect(isPlaceholderName('toString')).toBe(false);
  });

  it('describes each name in Chinese and English', () => {
    for (const name of PLACEHOLDER_NAMES) {
      expect(PLACEHOLDERS[name].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(PLACEHOLDERS[name].en).toMatch(/[A-Za-z]/);
    }
  });
});
