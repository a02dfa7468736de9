import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idCheckChar, idNumberWarnings, maskIdNumber, parseIdNumber, toIsoDate } from '../../../../core/model';

const TODAY = '2024-06-01';
const CHECK_CHARS = '0123456789X';

// Synthetic numbers whose check characters were computed by a separate implementation; the first
// is the worked example printed in GB 11643-1999 itself.
const valid: [string, string, '男' | '女'][] = [
  ['11010519491231002X', '1949-12-31', '女'],
  ['420106193807150030', '1938-07-15', '男'],
  ['31010419520229004X', '1952-02-29', '女'],
  ['440305194510010056', '1945-10-01', '男'],
  ['510107193001010061', '1930-01-01', '女'],
  ['650102195606300078', '1956-06-30', '男'],
  ['810000194008080092', '1940-08-08', '男'],
  ['830000194411110013', '1944-11-11', '男'],
  ['130102192005051234', '1920-05-05', '男'],
  ['370202193609183582', '1936-09-18', '女'],
  ['420106193807150137', '1938-07-15', '男'],
];

describe('parseIdNumber: valid numbers', () => {
  it.each(valid)('%s → born %s, %s', (id, birthDate, gender) => {
    expect(parseIdNumber(id, TODAY)).toEqual({
      ok: true,
      info: { normalized: id, birthDate, gender, convertedFrom15: false },
    });
  });

  it.each([
    ['11010519491231002x', 'lower-case x'],
    [' 1101 0519 4912 3100 2X ', 'spaces'],
    ['１１０１０５１９４９１２３１００２Ｘ', 'full-width characters'],
  ])('normalises %s (%s)', (raw) => {
    const r = parseIdNumber(raw, TODAY);
    expect(r.ok && r.info.normalized).toBe('11010519491231002X');
  });

  it('converts a legacy 15-digit number to 18 digits with a warning', () => {
    const r = parseIdNumber('110105491231002', TODAY);
    expect(r).toEqual({
      ok: true,
      info: { normalized: '11010519491231002X', birthDate: '1949-12-31', gender: '女', convertedFrom15: true },
    });
    expect(r.ok && idNumberWarnings(r.info)).toEqual(['warn_id_converted_15']);
    const r18 = parseIdNumber('11010519491231002X', TODAY);
    expect(r18.ok && idNumberWarnings(r18.info)).toEqual([]);
  });

  it('accepts a birth on the very day given as today, not a day later', () => {
    const first17 = '42010620240601003';
    const id = first17 + idCheckChar(first17);
    expect(parseIdNumber(id, '2024-06-01').ok).toBe(true);
    expect(parseIdNumber(id, '2024-05-31')).toEqual({ ok: false, error: 'err_id_future' });
  });
});

describe('parseIdNumber: invalid numbers', () => {
  it.each([
    ['', 'err_id_format'],
    ['11010519491231002', 'err_id_format'], // 17 characters
    ['11010519491231002XX', 'err_id_format'],
    ['1101051949123100X2', 'err_id_format'], // X only as the check character
    ['11010519491231002Y', 'err_id_format'],
    ['1101051949123', 'err_id_format'],
    ['11010549123100', 'err_id_format'], // 14 digits
    ['990105194912310029', 'err_id_region'],
    ['000105194912310029', 'err_id_region'],
    ['110105194902300029', 'err_id_date'], // 30 February
    ['110105195102290029', 'err_id_date'], // 1951 is not a leap year
    ['110105194913010029', 'err_id_date'],
    ['110105186501010029', 'err_id_date'], // before 1870
    ['110105491301002', 'err_id_date'], // 15 digits, month 13
    ['110105202501010029', 'err_id_future'],
    ['110105194912310021', 'err_id_checksum'],
    ['420106193807150031', 'err_id_checksum'],
    ['440305194510010050', 'err_id_checksum'],
  ])('refuses %s with %s', (id, error) => {
    expect(parseIdNumber(id, TODAY)).toEqual({ ok: false, error });
  });

  it('idCheckChar refuses input without 17 leading digits', () => {
    expect(() => idCheckChar('1101051949')).toThrow(RangeError);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['110105491231002', '110105*****1002'],
    ['123', '***'],
  ])('%s → %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});

const PROVINCES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];
/** The first 17 characters of a well-formed number, with its birth date and gender digit. */
const first17 = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    area: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, area, birth, sequence }) => {
    const iso = toIsoDate(birth.getUTCFullYear(), birth.getUTCMonth() + 1, birth.getUTCDate());
    const digits = `${province}${String(area).padStart(4, '0')}${iso.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
    return { digits, iso, male: sequence % 2 === 1 };
  });

describe('ID number properties', () => {
  it('a number with its computed check character always validates, with its birth date and gender', () => {
    fc.assert(
      fc.property(first17, ({ digits, iso, male }) => {
        const r = parseIdNumber(digits + idCheckChar(digits), TODAY);
        expect(r).toEqual({
          ok: true,
          info: { normalized: digits + idCheckChar(digits), birthDate: iso, gender: male ? '男' : '女', convertedFrom15: false },
        });
      }),
      { numRuns: 500 },
    );
  });

  it('any other check character is refused as a checksum error', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 1, max: 10 }), ({ digits }, shift) => {
        const right = CHECK_CHARS.indexOf(idCheckChar(digits));
        const wrong = CHECK_CHARS[(right + shift) % 11]!;
        expect(parseIdNumber(digits + wrong, TODAY)).toEqual({ ok: false, error: 'err_id_checksum' });
      }),
      { numRuns: 500 },
    );
  });

  it('one mistyped digit among the first 17 never validates', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), ({ digits }, at, shift) => {
        const typo = String((Number(digits[at]) + shift) % 10);
        const id = digits.slice(0, at) + typo + digits.slice(at + 1) + idCheckChar(digits);
        expect(parseIdNumber(id, TODAY).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
