import { ORPHAN_UPPER, scoreLabel } from '../../../core/fill/match';
import { isMeaninglessLabel, labelKey } from '../../../core/fill/normalize';
import { primaryLabel } from '../../../core/fill/signature';
import type { FieldSnapshot, FormRole, LabelSource } from '../../../core/fill/types';
import { FIELD_KEYS, isFieldKey } from '../../../core/model/field-keys';

/**
 * The label the report shows for a field: of all the texts the collector found (the cell to the
 * left, a title, the sentence before a Tongda input ...), the one that says what the field was
 * taken for, so the person reads "慰问对象", not "兹有我单位离退休干部".
 */

/** Most trusted first, as a person reads a form. */
const TRUST: readonly LabelSource[] = [
  'label-for',
  'label-wrap',
  'aria-labelledby',
  'form-item',
  'table-left',
  'dt',
  'label-for-name',
  'aria-label',
  'attribute',
  'title',
  'table-top',
  'preceding',
  'placeholder',
];

function baseKey(key: string): string {
  return key.replace(/\[\d+\]$/, '');
}

/** The normalised label that supports `key` best; the field's primary label otherwise. */
export function reportLabel(s: FieldSnapshot, key: string, role: FormRole): string {
  const base = baseKey(key);
  const upper = isFieldKey(base) && FIELD_KEYS[base].kind === 'moneyUpper';
  const row = s.row !== undefined;
  let best: { text: string; score: number; trust: number } | undefined;
  for (const label of s.labels) {
    const text = labelKey(label.text);
    if (isMeaninglessLabel(text)) continue;
    const cands = scoreLabel(text, role, row);
    const hit = cands.find((c) => c.key === base || (upper && c.key === ORPHAN_UPPER));
    if (!hit) continue;
    const trust = TRUST.indexOf(label.source);
    if (!best || hit.score > best.score || (hit.score === best.score && trust < best.trust)) best = { text, score: hit.score, trust };
  }
  return best?.text ?? primaryLabel(s);
}
