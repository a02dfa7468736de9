import { divisionCore } from '../model/divisions';

/**
 * Choosing a cascader's path (省 / 市 / 区, 单位 / 处室) from a text, one level at a time, by the
 * options each level offers: the option the text names next. A text may leave a level out
 * (武汉市武昌区 names no province); the widget then looks one level down (page/widgets).
 */

export interface CascadeMatch {
  /** the option's index among the level's labels */
  index: number;
  /** the text after the option's name: what the next levels are chosen from */
  rest: string;
}

const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * The option of one level the text names first: its label, or the label without its division
 * suffix (湖北 for 湖北省); earliest in the text wins, then the longer name. Null when the text
 * names none of them.
 */
export function nextCascadeMatch(text: string, labels: readonly string[]): CascadeMatch | null {
  const t = compact(text);
  let best: { index: number; at: number; length: number; end: number } | null = null;
  for (let index = 0; index < labels.length; index++) {
    const label = compact(labels[index]!);
    if (label === '') continue;
    const core = divisionCore(label);
    // the next level is looked for anywhere after this one: a suffix left over (省 of 湖北省 when
    // the option says 湖北) is passed over, and nothing is cut from a unit's next name (市场处)
    for (const name of core ? [label, core] : [label]) {
      const at = t.indexOf(name);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && name.length > best.length)) best = { index, at, length: name.length, end: at + name.length };
    }
  }
  return best ? { index: best.index, rest: t.slice(best.end) } : null;
}

/**
 * Whether a path a cascader shows fits a text: its levels are named by the text in order, but
 * for levels the text leaves out, and its last level is named.
 */
export function pathFits(labels: readonly string[], text: string): boolean {
  if (labels.length === 0) return false;
  let rest = compact(text);
  for (let i = 0; i < labels.length; i++) {
    const m = nextCascadeMatch(rest, [labels[i]!]);
    if (m) rest = m.rest;
    else if (i === labels.length - 1) return false;
  }
  return true;
}
