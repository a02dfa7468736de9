import { toHalfWidth } from './dates';

/** Chinese mobile and landline numbers as typed in ledgers (spaces and hyphens tolerated). */

export type PhoneKind = 'mobile' | 'landline';

const MOBILE = /^(?:\+?86|0086)?(1[3-9]\d{9})$/;
/*
 * Area codes: 010 and 02x have three digits, every other code (03xx–09xx) four. Spelling this out
 * reads `01062345678` as 010-62345678, not as a made-up 0106-2345678. Local numbers never start
 * with 0 or 1. An extension may follow after -, 转 or ext.
 */
const LANDLINE = /^(?:(010|02\d|0[3-9]\d{2})-?)?([2-9]\d{6,7})(?:(?:-|转|ext\.?)(\d{1,6}))?$/i;
/** Behind a three-digit area code the local number always has 8 digits. */
const BIG_CITY_LOCAL_LENGTH = 8;

export interface PhoneInfo {
  kind: PhoneKind;
  /** Digits only for mobiles; `0xx-xxxxxxxx[-ext]` for landlines. */
  normalized: string;
}

/**
 * Recognises a mobile (`13812345678`, `+86 138-1234-5678`) or landline number (`010-62345678`,
 * `(0755)12345678`, `+86 10 62345678`, `0371-6512345转123`, `62345678`); null for anything else.
 * Full-width digits and brackets are accepted.
 */
export function parsePhone(raw: string): PhoneInfo | null {
  const compact = toHalfWidth(raw).replace(/\s+/g, '');
  const mobile = MOBILE.exec(compact.replace(/-/g, ''));
  if (mobile) return { kind: 'mobile', normalized: mobile[1]! };
  const land = LANDLINE.exec(landlineWithTrunkZero(compact));
  if (!land) return null;
  const [, area, local, ext] = land;
  if (area?.length === 3 && local!.length !== BIG_CITY_LOCAL_LENGTH) return null;
  return { kind: 'landline', normalized: [area, local, ext].filter(Boolean).join('-') };
}

/** `+86-10-…` and `0086 10 …` become `010-…`; `(010)…` becomes `010-…`. */
function landlineWithTrunkZero(s: string): string {
  // Only +86/0086: a bare 86 may begin an 8-digit local number.
  return s.replace(/^(?:\+86|0086)-?(?=[1-9])/, '0').replace(/^\((0\d{2,3})\)-?/, '$1-');
}
