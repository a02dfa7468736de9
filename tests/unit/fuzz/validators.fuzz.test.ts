import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadreInput } from '../../../core/model';
import { isIsoDate, parseChineseDate, parseChineseMonth, toHalfWidth } from '../../../core/model/validators/dates';
import { idCheckChar, maskIdNumber, parseIdNumber } from '../../../core/model/validators/id-number';
import { parsePhone } from '../../../core/model/validators/phone';
import { lintRmbUpper, parseRmbUpper, rmbUpperMatches } from '../../../core/model/validators/rmb';
import { messy, mutatedFrom } from './arbitraries';

/**
 * Fuzzing (SECURITY.md §7): the validators of core/model/validators take whatever a person typed
 * or a spreadsheet held. Random and mutated inputs never throw; they answer a result or a typed
 * error, and the answers keep their contracts.
 */

const TODAY = '2026-11-29';
const validId = (first17: string) => first17 + idCheckChar(first17);
const idLike = fc
  .tuple(fc.constantFrom('110105', '420106', '440305'), fc.integer({ min: 1920, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }))
  .map(([r, y, m, d, s]) => validId(`${r}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(s).padStart(3, '0')}`));

describe('ID numbers (GB 11643)', () => {
  it('parseIdNumber answers ok or a typed error for any text', () => {
    fc.assert(
      fc.property(fc.oneof(messy, mutatedFrom(idLike)), (raw) => {
        const r = parseIdNumber(raw, TODAY);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error).toMatch(/^err_/);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('a mutated valid number is either still valid or refused, never half-accepted', () => {
    fc.assert(
      fc.property(mutatedFrom(idLike), (raw) => {
        const r = parseIdNumber(raw, TODAY);
        if (r.ok) expect(r.info.normalized).toMatch(/^\d{17}[\dX]$/);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('maskIdNumber never shows the middle digits of a valid number', () => {
    fc.assert(
      fc.property(idLike, (id) => {
        const masked = maskIdNumber(id);
        expect(masked).not.toContain(id.slice(6, 14));
      }),
    );
    fc.assert(fc.property(messy, (s) => void maskIdNumber(s)));
  });
});

describe('phones, dates, amounts in words', () => {
  it('parsePhone answers info or null', () => {
    fc.assert(
      fc.property(fc.oneof(messy, mutatedFrom(fc.constantFrom('13800138000', '027-87654321', '(010)12345678', '+86 139 0013 9000'))), (raw) => {
        const r = parsePhone(raw);
        expect(r === null || typeof r === 'object').toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('Chinese dates and months parse to a real ISO date or null', () => {
    const dates = fc.constantFrom('2026年11月29日', '二〇二六年十一月二十九日', '2026-11-29', '2026.1.5', '１９４８年３月１５日', '2026/02/30');
    fc.assert(
      fc.property(fc.oneof(messy, mutatedFrom(dates)), (raw) => {
        const d = parseChineseDate(raw);
        if (d !== null) expect(isIsoDate(d)).toBe(true);
        const m = parseChineseMonth(raw);
        if (m !== null) expect(m).toMatch(/^\d{4}-\d{2}$/);
        expect(typeof toHalfWidth(raw)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('amounts in words (大写) parse to fen or a typed error, and lint never throws', () => {
    const uppers = fc.constantFrom('伍佰元整', '壹仟贰佰叁拾肆元伍角陆分', '人民币壹万元整', '零元整', '玖拾玖亿玖仟万元整');
    fc.assert(
      fc.property(fc.oneof(messy, mutatedFrom(uppers)), fc.double({ noNaN: true, min: -1e6, max: 1e10 }), (raw, yuan) => {
        const r = parseRmbUpper(raw);
        if ('fen' in r) expect(Number.isSafeInteger(r.fen)).toBe(true);
        else expect(typeof r.error).toBe('string');
        expect(Array.isArray(lintRmbUpper(raw))).toBe(true);
        expect(typeof rmbUpperMatches(raw, yuan)).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('the cadre schema', () => {
  it('safeParse answers success or issues for any JSON value, including prototype keys', () => {
    const protoKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'idNumber', 'phones', 'health', 'category');
    const anyJson = fc.json().map((t) => JSON.parse(t) as unknown);
    const objects = fc.dictionary(fc.oneof(protoKeys, fc.string()), fc.oneof(anyJson, messy)).map((o) => JSON.parse(JSON.stringify(o)) as unknown);
    fc.assert(
      fc.property(fc.oneof(anyJson, objects), (input) => {
        const r = cadreInput.safeParse(input);
        expect(typeof r.success).toBe('boolean');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
