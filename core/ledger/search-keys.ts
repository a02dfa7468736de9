import { pinyin } from 'pinyin-pro';

/**
 * Search keys of a Chinese name: full pinyin and initials, lower-case, without tones or spaces.
 * Surname mode applies to the head of the name only, so polyphonic surnames read as surnames
 * (单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou) while the given name keeps its ordinary reading.
 */
export interface SearchKeys {
  pinyin: string;
  initials: string;
}

/** Latin letters and digits inside a name (玛丽·Smith) are kept as one lower-case syllable. */
const LATIN_RUN = /[a-z0-9]+/g;

/**
 * The syllables of a name in reading order: `张三丰` → ['zhang', 'san', 'feng'].
 * Characters pinyin-pro does not know (rare CJK, punctuation, spaces) are dropped.
 */
export function nameSyllables(name: string): string[] {
  const parts = pinyin(name.normalize('NFKC'), {
    type: 'all',
    toneType: 'none',
    mode: 'surname',
    surname: 'head',
    // ü as v, the way people type it: 吕 → lv
    v: true,
    nonZh: 'consecutive',
  });
  const syllables: string[] = [];
  for (const p of parts) {
    if (p.isZh) {
      if (p.pinyin) syllables.push(p.pinyin.toLowerCase());
    } else {
      syllables.push(...(p.origin.toLowerCase().match(LATIN_RUN) ?? []));
    }
  }
  return syllables;
}

/** `searchKeys('张三丰')` → `{ pinyin: 'zhangsanfeng', initials: 'zsf' }`. */
export function searchKeys(name: string): SearchKeys {
  const syllables = nameSyllables(name);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
