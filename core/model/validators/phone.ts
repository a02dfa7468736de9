/** Chinese mobile and landline numbers as typed in ledgers (spaces and hyphens tolerated). */

export type PhoneKind = 'mobile' | 'landline';

const MOBILE = /^(?:\+?86|0086)?(1[3-9]\d{9})$/;
// Area code 0xx/0xxx optional, 7-8 digit number, optional extension.
const LANDLINE = /^(?:\(?(0\d{2,3})\)?-?)?([2-9]\d{6,7})(?:-(\d{1,6}))?$/;

export interface PhoneInfo {
  kind: PhoneKind;
  /** Digits only for mobiles; `0xx-xxxxxxxx[-ext]` for landlines. */
  normalized: string;
}

export function parsePhone(raw: string): PhoneInfo | null {
  const compact = raw.trim().replace(/[\s\u3000]+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')');
  const mobile = MOBILE.exec(compact.replace(/-/g, ''));
  if (mobile) return { kind: 'mobile', normalized: mobile[1]! };
  const land = LANDLINE.exec(compact);
  if (land) {
    const [, area, num, ext] = land;
    return { kind: 'landline', normalized: [area, num, ext].filter(Boolean).join('-') };
  }
  return null;
}
