import { describe, expect, it } from 'vitest';
import { parseStandardsFile } from '../../../core/rules/standards-file';
import { jsonErrorPosition } from '../../../core/rules/json-error-offset';

// Synthetic person: a made-up name and an 18-digit number shaped like an ID number.
const NAME = '测试甲乙';
const ID_NUMBER = '110101194001011238';

describe('a standards file that is not JSON', () => {
  const ledgers = [
    ['a CSV ledger', `姓名,身份证号\n${NAME},${ID_NUMBER}\n`],
    ['JSON-like text with the name unquoted', `{"cadres": [{"name": ${NAME}, "id": "${ID_NUMBER}"}]}`],
    ['a ledger cut off mid-record', `{"name": "${NAME}", "idNumber": "${ID_NUMBER}`],
  ] as const;

  for (const [what, text] of ledgers) {
    it(`is refused without quoting its text (${what})`, () => {
      const r = parseStandardsFile(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const all = JSON.stringify(r.error);
      expect(all).not.toContain(NAME);
      expect(all).not.toContain(ID_NUMBER);
      expect(all).not.toMatch(/\d{6,}/);
      expect(r.error.message).toContain('不是有效的 JSON');
    });
  }

  it('names the line and column where the text stops being JSON', () => {
    const r = parseStandardsFile(`姓名,身份证号\n${NAME},${ID_NUMBER}\n`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain('第 1 行第 1 列');
    expect(r.error.messageEn).toContain('line 1, column 1');
  });
});

describe('jsonErrorPosition', () => {
  it('is undefined for valid JSON, whatever JSON.parse accepts', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u00e9\\n", true, false, null] ', '"x"', '0', '{"a":{"b":[]}}'])
      expect(jsonErrorPosition(text), text).toBeUndefined();
  });

  it('agrees with JSON.parse about what is invalid, and points at the bad character', () => {
    const cases: Array<[string, number, number, number]> = [
      ['{"a":', 5, 1, 6],
      ['{"a":1}x', 7, 1, 8],
      ['\n\n {"a" 1}', 8, 3, 7],
      ['[1,]', 3, 1, 4],
      ['01', 1, 1, 2],
      ['', 0, 1, 1],
      ['{"a": 张三}', 6, 1, 7],
    ];
    for (const [text, offset, line, column] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(jsonErrorPosition(text), text).toEqual({ offset, line, column });
    }
  });
});
