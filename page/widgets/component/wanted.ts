import { chooseOption, normalizeOptionText } from '../../../core/fill/options';
import type { FieldOption, FillValue } from '../../../core/fill/types';

/**
 * What a component select must end up showing, from a planned value: the option text the plan
 * chose, or the text the template holds (the plan cannot see options a dropdown has not drawn
 * yet). A multiple select takes a list written with 、，; separators.
 */

const LIST_SEPARATOR = /[,，、;；]/;

/** The option texts wanted, one for a single select; null for a value no select can take. */
export function wantedTexts(value: FillValue, multiple: boolean): string[] | null {
  switch (value.kind) {
    case 'option':
      return [value.optionText];
    case 'text':
      return multiple ? value.text.split(LIST_SEPARATOR).map((t) => t.trim()).filter((t) => t !== '') : [value.text.trim()];
    case 'money':
    case 'date':
      return [value.text];
    default:
      return null;
  }
}

/** The index of the option among `texts` that means `wanted` (exact, normalised, synonym, number). */
export function pick(texts: readonly string[], wanted: string): number | null {
  const options: FieldOption[] = texts.map((text) => ({ value: text, text, selected: false }));
  return chooseOption(options, wanted)?.index ?? null;
}

/** Whether the displayed texts are exactly the wanted ones (in any order, by meaning). */
export function showsAll(shown: readonly string[], wanted: readonly string[]): boolean {
  if (shown.length !== wanted.length) return false;
  const left = [...shown];
  for (const w of wanted) {
    const i = pick(left, w);
    if (i === null) return false;
    left.splice(i, 1);
  }
  return true;
}

/** Same text by meaning: 「 离 休 」 and 离休. */
export function sameOptionText(a: string, b: string): boolean {
  return a.trim() === b.trim() || normalizeOptionText(a) === normalizeOptionText(b);
}

/** Whether a widget displays exactly the captured texts again (in any order, as written). */
export function sameTexts(shown: readonly string[], captured: readonly string[]): boolean {
  if (shown.length !== captured.length) return false;
  const a = [...shown].sort();
  const b = [...captured].sort();
  return a.every((t, i) => t === b[i]);
}
