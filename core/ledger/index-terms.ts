import { parsePhone } from '../model/validators/phone';
import { nameSyllables } from './search-keys';

/**
 * The multi-entry index terms of a cadre. IndexedDB can only answer prefix queries on an index,
 * so substring and suffix searches are turned into prefix searches over precomputed terms:
 * - a substring of the name is a prefix of one of the name's suffixes;
 * - a later part of the pinyin (the given name) is a prefix of a suffix starting at a syllable;
 * - the trailing digits of an ID number or phone are a prefix of the reversed digits.
 */
export interface CadreIndexTerms {
  /** every suffix of the name without spaces: 张三丰 → 张三丰, 三丰, 丰 */
  nameParts: string[];
  /** pinyin from every syllable on, and initials from every letter on: zhangsanfeng, sanfeng, feng, zsf, sf, f */
  pinyinParts: string[];
  /** each phone as digits only: 13812345678, 01062345678 */
  phoneDigits: string[];
  /** the ID number and each phone, reversed, for "ends with" queries */
  digitTails: string[];
}

/** A name as compared by search: no white space (李 四 is 李四). */
export function compactName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** Every suffix of a string, longest first. */
function suffixes(s: string): string[] {
  const chars = Array.from(s);
  return chars.map((_, i) => chars.slice(i).join(''));
}

/** The digits of a phone as search compares them: the whole number, and for a landline with an extension, also the number without it. */
export function phoneSearchDigits(raw: string): string[] {
  const info = parsePhone(raw);
  if (!info) return [];
  if (info.kind === 'mobile') return [info.normalized];
  const parts = info.normalized.split('-');
  const full = parts.join('');
  // a landline is 0xx-number[-ext] or number[-ext]; drop the extension for the second form
  const hasArea = parts[0]?.startsWith('0') ?? false;
  const withoutExt = parts.slice(0, hasArea ? 2 : 1).join('');
  return withoutExt === full ? [full] : [full, withoutExt];
}

const reverse = (s: string): string => Array.from(s).reverse().join('');

/** Computes the index terms of a cadre from its name, ID number and phones (and the name's syllables, when known). */
export function cadreIndexTerms(c: { name: string; idNumber?: string; phones?: readonly string[] }, syllables: readonly string[] = nameSyllables(c.name)): CadreIndexTerms {
  const pinyinParts = new Set<string>();
  for (let i = 0; i < syllables.length; i++) {
    pinyinParts.add(syllables.slice(i).join(''));
    pinyinParts.add(
      syllables
        .slice(i)
        .map((s) => s[0])
        .join(''),
    );
  }
  const phoneDigits = [...new Set((c.phones ?? []).flatMap(phoneSearchDigits))];
  const digitTails = new Set(phoneDigits.map(reverse));
  if (c.idNumber) digitTails.add(reverse(c.idNumber.toUpperCase()));
  return {
    nameParts: [...new Set(suffixes(compactName(c.name)))],
    pinyinParts: [...pinyinParts],
    phoneDigits,
    digitTails: [...digitTails],
  };
}

export { reverse as reverseDigits };
