import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmountField, formatYuan, parseMoneyText } from '../../../core/rules/money';

describe('money text', () => {
  it('reads amounts as typed', () => {
    expect(['2500', '2,500.00', '￥2500.5', '¥ 300', '300元', '１２３．４', '人民币100', '0.05'].map(parseMoneyText)).toEqual([
      250000, 250000, 250050, 30000, 30000, 12340, 10000, 5,
    ]);
  });

  it('refuses what is not an amount', () => {
    expect(['', '-5', '12.345', '三百', '1,00', '1e3', '12.3.4'].map(parseMoneyText)).toEqual([null, null, null, null, null, null, null]);
  });

  it('formats for messages and for fields', () => {
    expect(formatYuan(250000)).toBe('2,500.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(123456789)).toBe('1,234,567.89');
    expect(formatAmountField(123456789)).toBe('1234567.89');
  });

  it('reads back what it writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 1000) }), (fen) => {
        expect(parseMoneyText(formatYuan(fen))).toBe(fen);
        expect(parseMoneyText(formatAmountField(fen))).toBe(fen);
      }),
    );
  });
});
