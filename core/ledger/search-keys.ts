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

/** Runs of Han characters and runs of anything else, in order. */
const RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /\p{Script=Han}/u;
/** Latin letters and digits inside a name (玛丽·Smith) are kept as one lower-case syllable. */
const LATIN_RUN = /[a-z0-9]+/g;
const SYLLABLE = /^[a-z]+$/;

/**
 * Names seen lately and their syllables: saving a cadre asks for the keys and the index terms of
 * the same name, and an import asks again when it commits what it previewed.
 */
const recent = new Map<string, readonly string[]>();
const RECENT_MAX = 50_000;

/**
 * The syllables of a name in reading order: `张三丰` → ['zhang', 'san', 'feng'].
 * Characters pinyin-pro does not know (rare CJK, punctuation, spaces) are dropped.
 */
export function nameSyllables(name: string): string[] {
  const known = recent.get(name);
  if (known) return [...known];
  const syllables = computeSyllables(name);
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(name, syllables);
  return [...syllables];
}

function computeSyllables(name: string): string[] {
  const syllables: string[] = [];
  let head = true;
  for (const run of name.normalize('NFKC').match(RUNS) ?? []) {
    if (HAN.test(run)) {
      // The array form is several times faster than `type: 'all'`; only the head run is a surname.
      const parts = pinyin(run, { type: 'array', toneType: 'none', mode: head ? 'surname' : 'normal', surname: 'head', v: true });
      for (const p of parts) {
        const s = p.toLowerCase();
        if (SYLLABLE.test(s)) syllables.push(s);
      }
    } else {
      syllables.push(...(run.toLowerCase().match(LATIN_RUN) ?? []));
    }
    head = false;
  }
  return syllables;
}

/** `searchKeys('张三丰')` → `{ pinyin: 'zhangsanfeng', initials: 'zsf' }`. */
export function searchKeys(name: string): SearchKeys {
  const syllables = nameSyllables(name);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
