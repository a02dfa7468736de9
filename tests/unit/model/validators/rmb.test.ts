import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nzh from 'nzh/cn';
import {
  fenToRmbUpper,
  fenToYuan,
  lintRmbUpper,
  parseRmbUpper,
  rmbUpperMatches,
  toRmbUpper,
  yuanToFen,
} from '../../../../core/model';

/** Legal spellings and their value in 分 (examples from 《支付结算办法》 and 《会计基础工作规范》). */
const valid: [string, number][] = [
  ['壹仟陆佰捌拾元叁角贰分', 168032],
  ['人民币壹仟陆佰捌拾元零叁角贰分', 168032],
  ['壹拾万柒仟元伍角叁分', 10700053],
  ['人民币壹拾万柒仟元零伍角叁分', 10700053],
  ['贰拾万零陆仟元柒角伍分', 20600075],
  ['壹佰零壹元伍角', 10150],
  ['壹佰零壹元伍角整', 10150],
  ['壹佰零壹元伍角正', 10150],
  ['肆佰贰拾伍元零叁分', 42503],
  ['壹仟零肆元伍角陆分', 100456],
  ['壹拾万元零伍分', 10000005],
  ['壹佰零壹万零壹佰零壹元整', 101010100],
  ['贰拾万零伍佰元整', 20050000],
  ['壹亿零壹元整', 10000000100],
  ['壹拾亿叁仟万元整', 103000000000],
  ['壹拾亿零叁仟万元整', 103000000000],
  ['壹万亿元整', 100000000000000],
  ['零元整', 0],
  ['伍角', 50],
  ['伍角整', 50],
  ['叁角伍分', 35],
  ['伍分', 5],
  ['壹佰圆整', 10000],
  ['壹佰元', 10000], // missing 整: readable, reported by the linter
  ['拾伍元整', 1500], // bare 拾: readable, reported by the linter
  ['零元伍角', 50], // written 零元: readable, reported by the linter
  ['  人民币 壹佰元整 ', 10000],
];

/** Refused spellings and the reason. */
const invalid: [string, string][] = [
  ['', 'err_required'],
  ['一百元整', 'err_rmb_forbidden_char'],
  ['壹佰元伍毛', 'err_rmb_forbidden_char'],
  ['壹仟〇伍元整', 'err_rmb_forbidden_char'],
  ['壹佰另伍元整', 'err_rmb_forbidden_char'],
  ['两佰元整', 'err_rmb_forbidden_char'],
  ['壹元零伍分整', 'err_rmb_zheng_after_fen'],
  ['叁角伍分正', 'err_rmb_zheng_after_fen'],
  ['壹仟伍元整', 'err_rmb_zero'], // 一千五 reads 1500: the 零 is required
  ['壹万伍佰元整', 'err_rmb_zero'],
  ['壹仟零零伍元整', 'err_rmb_zero'],
  ['壹佰零元整', 'err_rmb_zero'],
  ['壹万零伍仟元整', 'err_rmb_zero'], // the 万 digit is 1: no 零 allowed
  ['肆佰贰拾伍元叁分', 'err_rmb_zero'],
  ['壹元零伍角', 'err_rmb_zero'], // the 元 digit is 1: no 零 allowed
  ['壹元零角伍分', 'err_rmb_zero'],
  ['零伍分', 'err_rmb_zero'],
  ['壹亿叁仟元整', 'err_rmb_zero'],
  ['壹佰佰元整', 'err_rmb_order'],
  ['贰叁元整', 'err_rmb_order'],
  ['壹佰拾元整', 'err_rmb_order'],
  ['伍角壹元', 'err_rmb_order'],
  ['壹亿亿元整', 'err_rmb_order'],
  ['壹佰', 'err_rmb_format'],
  ['元整', 'err_rmb_format'],
  ['壹佰元整整', 'err_rmb_format'],
  ['100元', 'err_rmb_format'],
  ['壹佰萬元整', 'err_rmb_format'],
  ['人民币', 'err_rmb_format'],
  ['壹万万亿元整', 'err_rmb_order'],
  ['玖仟万亿元整', 'err_rmb_too_large'],
];

describe('parseRmbUpper', () => {
  it.each(valid)('reads %s as %i fen', (text, fen) => {
    expect(parseRmbUpper(text)).toEqual({ fen });
  });

  it.each(invalid)('refuses %s with %s', (text, error) => {
    expect(parseRmbUpper(text)).toEqual({ error });
  });
});

describe('toRmbUpper / fenToRmbUpper', () => {
  it.each([
    [0, '零元整'],
    [0.01, '壹分'],
    [0.5, '伍角整'],
    [0.35, '叁角伍分'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [101.5, '壹佰零壹元伍角整'],
    [425.03, '肆佰贰拾伍元零叁分'],
    [1680.32, '壹仟陆佰捌拾元叁角贰分'],
    [100000.05, '壹拾万元零伍分'],
    [206000.75, '贰拾万陆仟元柒角伍分'],
    [1010101, '壹佰零壹万零壹佰零壹元整'],
    [100000001, '壹亿零壹元整'],
    [123456789.12, '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分'],
  ])('writes %d as %s', (yuan, upper) => {
    expect(toRmbUpper(yuan)).toBe(upper);
  });

  it('refuses negative, fractional-fen and unsafe amounts', () => {
    expect(() => fenToRmbUpper(-1)).toThrow(RangeError);
    expect(() => fenToRmbUpper(1.5)).toThrow(RangeError);
    expect(() => toRmbUpper(-0.01)).toThrow(RangeError);
    expect(() => toRmbUpper(Number.NaN)).toThrow(RangeError);
    expect(() => toRmbUpper(1e14)).toThrow(RangeError);
  });
});

describe('yuanToFen / fenToYuan', () => {
  it.each([
    [0, 0],
    [0.01, 1],
    [0.29, 29], // 0.29 * 100 is 28.999999999999996
    [1.005, 101], // 1.005 * 100 is 100.49999999999999
    [0.1 + 0.2, 30],
    [1680.32, 168032],
    [1e-7, 0],
    [123456789.12, 12345678912],
    [-2.675, -268],
  ])('yuanToFen(%d) is %i', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('fenToYuan prints as the decimal it stands for', () => {
    expect(String(fenToYuan(12345))).toBe('123.45');
    expect(String(fenToYuan(29))).toBe('0.29');
    expect(() => fenToYuan(0.5)).toThrow(RangeError);
  });

  it('round-trips every amount up to ten million yuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
  });
});

describe('rmbUpperMatches', () => {
  it.each([
    ['壹仟陆佰捌拾元零叁角贰分', 1680.32, true],
    ['壹仟陆佰捌拾元叁角贰分', 1680.32, true],
    ['叁角整', 0.1 + 0.2, true],
    ['壹佰零壹元伍角', 101.5, true],
    ['壹仟陆佰捌拾元叁角贰分', 1680.23, false],
    ['壹元零壹分', 1.005, false], // 大写 has no place below 分
    ['壹仟伍元整', 1005, false], // refused spelling never matches
    ['零元整', -0, true],
    ['壹元整', Number.NaN, false],
    ['壹元整', -1, false],
  ] as const)('%s vs %d → %s', (upper, yuan, expected) => {
    expect(rmbUpperMatches(upper, yuan)).toBe(expected);
  });
});

describe('lintRmbUpper', () => {
  it.each([
    ['人民币壹佰元整', {}, []],
    ['壹仟陆佰捌拾元叁角贰分', {}, []],
    ['壹佰零壹元伍角', {}, []], // 整 after 角 is optional
    ['壹佰圆正', {}, []],
    ['壹佰元整', { requirePrefix: true }, ['warn_rmb_missing_prefix']],
    ['壹佰元', {}, ['warn_rmb_missing_zheng']],
    ['人民币 壹佰元整', {}, ['warn_rmb_space']],
    ['壹元零伍分整', {}, ['warn_rmb_zheng_after_fen']],
    ['一百元', { requirePrefix: true }, ['warn_rmb_forbidden_char', 'warn_rmb_missing_prefix']],
    ['拾伍元', {}, ['warn_rmb_missing_zheng', 'warn_rmb_bare_shi']],
    ['零元伍角', {}, ['warn_rmb_leading_zero']],
  ] as const)('%s %o → %o', (text, options, expected) => {
    expect(lintRmbUpper(text, options)).toEqual(expected);
  });
});

const fenAmount = fc.integer({ min: 0, max: 1e9 });
const NONZERO = '[壹贰叁肆伍陆柒捌玖]';

/** Decimal yuan text for nzh, which must not see a float. */
const yuanText = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/**
 * The other legal spellings of a canonical text, built by text rules alone (not by the parser):
 * 零 where the 元/万/亿 digit is 0 and the next digit is not, 正 for 整, no 整 after 角, 圆 for 元,
 * the 人民币 prefix.
 */
function variant(canonical: string, choice: boolean[]): string {
  const [zeroYuan, zeroBig, zheng, dropZheng, yuan, prefix] = choice;
  let s = canonical;
  if (zeroYuan) s = s.replace(new RegExp(`([拾佰仟万亿])元(${NONZERO}角)`), '$1元零$2');
  if (zeroBig) s = s.replace(new RegExp(`([拾佰仟万])([万亿])(${NONZERO}仟)`, 'g'), '$1$2零$3');
  if (dropZheng) s = s.replace(/角整$/, '角');
  if (zheng) s = s.replace(/整$/, '正');
  if (yuan) s = s.replace('元', '圆');
  return prefix ? `人民币${s}` : s;
}

describe('money properties', () => {
  it('parse(toUpper(x)) is x for amounts of 0..1e9 fen', () => {
    fc.assert(
      fc.property(fenAmount, (fen) => {
        expect(parseRmbUpper(fenToRmbUpper(fen))).toEqual({ fen });
        expect(toRmbUpper(fenToYuan(fen))).toBe(fenToRmbUpper(fen));
      }),
      { numRuns: 2000 },
    );
  });

  it('the canonical form is what nzh writes with forceZheng (an independent oracle)', () => {
    fc.assert(
      fc.property(fenAmount, (fen) => {
        expect(fenToRmbUpper(fen)).toBe(nzh.toMoney(yuanText(fen), { outSymbol: false, forceZheng: true }));
      }),
      { numRuns: 1000 },
    );
  });

  it('every legal 零 and 整 variant reads as the same amount and matches it', () => {
    fc.assert(
      fc.property(fenAmount, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (fen, choice) => {
        const text = variant(fenToRmbUpper(fen), choice);
        expect(parseRmbUpper(text)).toEqual({ fen });
        expect(rmbUpperMatches(text, fenToYuan(fen))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads zeros placed by the variants on amounts built to have them', () => {
    // Random amounts rarely have a 0 at the 元 or 万 digit; these always do.
    const withZeroDigits = fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 99 }))
      .map(([high, thousand, cents]) => high * 10 * 1e4 * 100 + thousand * 1000 * 100 + cents);
    fc.assert(
      fc.property(withZeroDigits, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (fen, choice) => {
        expect(parseRmbUpper(variant(fenToRmbUpper(fen), choice))).toEqual({ fen });
      }),
    );
  });

  it('a changed digit never reads as the original amount', () => {
    const DIGITS = '零壹贰叁肆伍陆柒捌玖';
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat(), fc.integer({ min: 1, max: 9 }), (fen, at, shift) => {
        const upper = fenToRmbUpper(fen);
        const positions = [...upper].flatMap((c, i) => (DIGITS.includes(c) ? [i] : []));
        const i = positions[at % positions.length]!;
        const changed = DIGITS[(DIGITS.indexOf(upper[i]!) + shift) % 10]!;
        const altered = upper.slice(0, i) + changed + upper.slice(i + 1);
        expect(rmbUpperMatches(altered, fenToYuan(fen))).toBe(false);
      }),
    );
  });
});
