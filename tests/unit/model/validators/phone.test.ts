import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhone } from '../../../../core/model';

describe('parsePhone: mobiles', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['199 0000 1234', '19900001234'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
  ])('%s → %s', (raw, normalized) => {
    expect(parsePhone(raw)).toEqual({ kind: 'mobile', normalized });
  });
});

describe('parsePhone: landlines', () => {
  it.each([
    ['010-62345678', '010-62345678'],
    ['01062345678', '010-62345678'], // 010 is a three-digit code, not 0106
    ['021 5432 1098', '021-54321098'],
    ['0371-6512345', '0371-6512345'],
    ['0755-82345678', '0755-82345678'],
    ['(0755)82345678', '0755-82345678'],
    ['（０２７）８７６５４３２１', '027-87654321'],
    ['+86 10 6234 5678', '010-62345678'],
    ['0086-755-82345678', '0755-82345678'],
    ['010-62345678-8021', '010-62345678-8021'],
    ['0371-6512345转123', '0371-6512345-123'],
    ['62345678', '62345678'],
    ['6512345', '6512345'],
  ])('%s → %s', (raw, normalized) => {
    expect(parsePhone(raw)).toEqual({ kind: 'landline', normalized });
  });
});

describe('parsePhone: refused', () => {
  it.each([
    [''],
    ['12345'],
    ['12812345678'], // no 12x mobile segment
    ['1381234567'], // 10 digits
    ['138123456789'], // 12 digits
    ['+1 415 555 0100'],
    ['010-6234567'], // 7-digit local number behind a three-digit area code
    ['0755-1234567'], // local numbers do not start with 1
    ['010-02345678'],
    ['(010-62345678'],
    ['010-62345678-1234567'], // extension too long
    ['电话62345678'],
    ['0371-65123'],
  ])('%s', (raw) => {
    expect(parsePhone(raw)).toBeNull();
  });
});

describe('phone properties', () => {
  it('any 1[3-9] mobile reads back as its 11 digits however it is spaced', () => {
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }));
    fc.assert(
      fc.property(mobile, fc.constantFrom('', ' ', '-'), fc.constantFrom('', '+86', '0086'), ([second, rest], sep, cc) => {
        const digits = `1${second}${String(rest).padStart(9, '0')}`;
        const typed = `${cc}${digits.slice(0, 3)}${sep}${digits.slice(3, 7)}${sep}${digits.slice(7)}`;
        expect(parsePhone(typed)).toEqual({ kind: 'mobile', normalized: digits });
      }),
    );
  });
});
