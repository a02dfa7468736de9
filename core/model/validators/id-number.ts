import { isRealDate, toHalfWidth, toIsoDate, type IsoDate } from './dates';

/**
 * Resident identity numbers (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
  54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

/** i18n message keys (public/_locales) for each way an ID number can be wrong. */
export type IdNumberError =
  | 'err_id_format'
  | 'err_id_region'
  | 'err_id_date'
  | 'err_id_future'
  | 'err_id_checksum';

export interface IdNumberInfo {
  /** The 18-digit form, upper-case X. */
  normalized: string;
  birthDate: IsoDate;
  gender: '男' | '女';
  /** Set when a 15-digit number was converted to 18 digits. */
  convertedFrom15: boolean;
}

export type IdNumberResult = { ok: true; info: IdNumberInfo } | { ok: false; error: IdNumberError };

/** i18n message keys for ID numbers that are valid but deserve a word to the person. */
export type IdNumberWarning = 'warn_id_converted_15';

/** The MOD 11-2 check character (0-9 or X) for the first 17 digits (any further characters are ignored). */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}/.test(first17)) throw new RangeError('idCheckChar needs 17 leading digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Validates an ID number; `today` bounds the birth date (no one is born in the future).
 * A legacy 15-digit number (19YYMMDD implied) is converted to 18 digits, with `convertedFrom15`.
 */
export function parseIdNumber(raw: string, today: IsoDate): IdNumberResult {
  let s = toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
  let convertedFrom15 = false;
  if (/^\d{15}$/.test(s)) {
    const first17 = `${s.slice(0, 6)}19${s.slice(6)}`;
    s = first17 + idCheckChar(first17);
    convertedFrom15 = true;
  }
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, error: 'err_id_format' };
  if (!PROVINCES.has(Number(s.slice(0, 2)))) return { ok: false, error: 'err_id_region' };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  if (y < 1870 || !isRealDate(y, m, d)) return { ok: false, error: 'err_id_date' };
  const birthDate = toIsoDate(y, m, d);
  if (birthDate > today) return { ok: false, error: 'err_id_future' };
  if (idCheckChar(s) !== s[17]) return { ok: false, error: 'err_id_checksum' };
  const gender = Number(s[16]) % 2 === 1 ? '男' : '女';
  return { ok: true, info: { normalized: s, birthDate, gender, convertedFrom15 } };
}

/** What the person should be told about a valid ID number (a legacy 15-digit number was converted). */
export function idNumberWarnings(info: IdNumberInfo): IdNumberWarning[] {
  return info.convertedFrom15 ? ['warn_id_converted_15'] : [];
}

/** `420106********1234`: region and last four visible, for lists. */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}
