import { foldWidth } from './normalize';
import type { FieldOption } from './types';

/**
 * Choosing an option of a select, radio group or checkbox group by its visible text: exact, then
 * normalised, then synonyms (男/男性, 离休/离休干部 ...), then the same number. Never the first
 * option, never a guess: when two options fit equally, nothing is chosen.
 */

export type OptionMatch = 'exact' | 'normalized' | 'synonym' | 'number';

export interface OptionChoice {
  index: number;
  via: OptionMatch;
}

/** Words that mean the same option on different OA forms. The first of a group is the ledger's. */
export const OPTION_SYNONYMS: readonly (readonly string[])[] = [
  ['男', '男性', '男士', 'm', 'male'],
  ['女', '女性', '女士', 'f', 'female'],
  ['离休', '离休干部', '离休人员', '离休老干部'],
  ['退休', '退休干部', '退休人员', '退休职工'],
  ['遗属', '遗孀', '遗属人员', '去世人员遗属'],
  ['慰问金', '现金慰问', '现金', '发放慰问金', '慰问现金'],
  ['慰问品', '实物慰问', '实物', '慰问物品', '物品'],
  ['慰问金和慰问品', '慰问金+慰问品', '慰问金及慰问品', '现金和实物', '现金+实物', '金品结合'],
  ['节日慰问', '节日', '节日走访', '节日看望'],
  ['住院看望', '住院慰问', '生病住院', '住院/生病看望', '生病看望', '病困慰问', '住院探望'],
  ['生日寿辰', '生日慰问', '寿辰', '祝寿', '寿辰慰问', '生日'],
  ['去世吊唁', '去世慰问', '吊唁', '丧事慰问', '去世'],
  ['困难帮扶', '困难慰问', '困难补助', '生活困难补助', '帮扶'],
  ['遗属慰问', '遗属看望'],
  ['省部级', '省级', '部级', '正省部级', '副省部级'],
  ['厅局级', '厅级', '局级', '司局级', '地厅级'],
  ['县处级', '处级', '县级'],
  ['乡科级及以下', '科级', '科级及以下', '乡科级'],
  ['中共党员', '党员', '共产党员', '中国共产党党员'],
  ['中共预备党员', '预备党员'],
  ['群众', '普通群众'],
  ['无党派人士', '无党派'],
  ['春节', '过年', '新春'],
  ['七一', '建党节', '七一建党节'],
  ['重阳', '老人节', '敬老节'],
  ['国庆', '国庆节'],
  ['中秋', '中秋节'],
  ['元旦', '新年'],
  ['一般', '一般疾病', '普通'],
  ['手术', '住院手术'],
  ['重大疾病', '大病', '重病'],
  ['配偶', '夫妻', '妻子', '丈夫', '爱人'],
  ['子女', '儿子', '女儿'],
  ['汉族', '汉'],
];

/** Option texts that stand for "nothing chosen". */
const PLACEHOLDER = /^(?:请选择.*|--.*--|-+|—+|选择|please select.*|select.*|无选择)$/i;
const TRAILING_WORDS = /(?:干部|人员|同志|老干部|节)$/;

/** Folds width, drops spaces and punctuation, lower-cases: 「 离 休 」 → 离休. */
export function normalizeOptionText(s: string): string {
  return foldWidth(s)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, (m) => (m.includes('+') ? '+' : ''))
    .trim();
}

function stem(s: string): string {
  return s.length > 2 ? s.replace(TRAILING_WORDS, '') : s;
}

function synonymGroup(n: string): readonly string[] | undefined {
  return SYNONYM_INDEX.get(n) ?? SYNONYM_INDEX.get(stem(n));
}
const SYNONYM_INDEX = new Map<string, readonly string[]>();
for (const group of OPTION_SYNONYMS) {
  const normalized = group.map(normalizeOptionText);
  for (const word of normalized) if (!SYNONYM_INDEX.has(word)) SYNONYM_INDEX.set(word, normalized);
}

/** A number written in an option or a wanted value: 500, 500.00, ￥500元, 1,000 → 500 / 1000. */
export function numberIn(s: string): number | null {
  const m = /^[¥￥]?\s*(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?\s*(?:元|块|岁|人|次|天)?(?:整)?$/.exec(foldWidth(s).trim());
  if (!m) return null;
  return Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
}

function unique(indexes: number[]): number | null {
  return indexes.length === 1 ? indexes[0]! : null;
}

/**
 * Chooses the option whose visible text means `wanted`, or null. Placeholder options (请选择)
 * are never chosen unless asked for literally.
 */
export function chooseOption(options: readonly FieldOption[], wanted: string): OptionChoice | null {
  const target = wanted.trim();
  if (target === '') return null;
  const all = options.map((_o, i) => i);
  const exact = unique(all.filter((i) => options[i]!.text.trim() === target));
  if (exact !== null) return { index: exact, via: 'exact' };

  const real = all.filter((i) => !PLACEHOLDER.test(options[i]!.text.trim()) && options[i]!.text.trim() !== '');
  const norm = real.map((i) => normalizeOptionText(options[i]!.text));
  const wantedNorm = normalizeOptionText(target);
  if (wantedNorm === '') return null;
  const normalized = unique(real.filter((_i, k) => norm[k] === wantedNorm));
  if (normalized !== null) return { index: normalized, via: 'normalized' };

  const group = synonymGroup(wantedNorm);
  if (group) {
    const bySynonym = real.filter((_i, k) => group.includes(norm[k]!) || group.includes(stem(norm[k]!)));
    const chosen = unique(bySynonym);
    if (chosen !== null) return { index: chosen, via: 'synonym' };
    if (bySynonym.length > 1) return null;
  } else {
    const byStem = unique(real.filter((_i, k) => stem(norm[k]!) === stem(wantedNorm)));
    if (byStem !== null) return { index: byStem, via: 'synonym' };
  }

  const n = numberIn(target);
  if (n !== null) {
    const byNumber = unique(real.filter((i) => numberIn(options[i]!.text) === n));
    if (byNumber !== null) return { index: byNumber, via: 'number' };
  }
  return null;
}

/** Chooses one option per wanted text (checkbox groups); null when any of them is not found. */
export function chooseOptions(options: readonly FieldOption[], wanted: readonly string[]): OptionChoice[] | null {
  const out: OptionChoice[] = [];
  for (const w of wanted) {
    const c = chooseOption(options, w);
    if (!c) return null;
    if (!out.some((o) => o.index === c.index)) out.push(c);
  }
  return out;
}
