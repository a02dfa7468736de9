import { FIELD_KEYS, type FieldKey } from '../model/field-keys';
import { DEFAULT_UPPER, UPPER_TWIN } from './lexicon';
import type { FieldAssignment, FieldSnapshot, FormRole } from './types';

/**
 * Fields that go with another field: an amount in words (大写) beside its amount, and a hidden
 * value input beside the visible input of the same cell (e-cology money fields, picker ids,
 * EasyUI combos). Run after the one-to-one assignment.
 */

/** How far (in fields) an orphan 大写 field looks for its money field. */
const UPPER_REACH = 3;

/**
 * Gives each orphan 大写 field (label 大写 / 金额（大写）) the amount-in-words twin of the
 * nearest assigned money field before or after it in the same frame, else the form's main one.
 */
export function assignOrphanUppers(
  snapshots: readonly FieldSnapshot[],
  result: FieldAssignment[],
  orphans: Map<number, number>,
  takenKeys: Set<string>,
  doneFields: Set<number>,
  role: FormRole,
): void {
  const byIndex = new Map(result.map((a) => [a.snapshotIndex, a]));
  for (const [index, score] of orphans) {
    if (doneFields.has(index)) continue;
    const frame = snapshots[index]?.framePath;
    let twin: FieldKey | undefined;
    // nearest money field before it, then after it
    for (let d = 1; d <= UPPER_REACH && !twin; d++) {
      for (const j of [index - d, index + d]) {
        const a = byIndex.get(j);
        if (!a || snapshots[j]?.framePath !== frame) continue;
        const t = UPPER_TWIN[a.key as FieldKey];
        if (t && !takenKeys.has(t)) {
          twin = t;
          break;
        }
      }
    }
    twin ??= DEFAULT_UPPER[role];
    if (takenKeys.has(twin)) continue;
    takenKeys.add(twin);
    doneFields.add(index);
    result.push({ snapshotIndex: index, key: twin, score, via: 'lexicon' });
  }
}

/** A hidden input paired with a visible one: same stem once the display decorations are removed. */
function companionStem(name: string): string {
  return name
    .toLowerCase()
    .replace(/^field_?(?:lable|label|show|display|txt|text|name)_?/, 'field')
    .replace(/(?:_?(?:txt|text|span|show|display|name|label|lable|input|str))$/, '');
}

/** Hidden inputs of a cell join the visible field assigned in that cell (`companionOf`). */
export function addCompanions(snapshots: readonly FieldSnapshot[], result: FieldAssignment[], doneFields: Set<number>): void {
  // frame, then group number: no composed key per snapshot
  const byGroup = new Map<string, Map<number, number[]>>();
  snapshots.forEach((s, i) => {
    if (s.group === undefined) return;
    let frame = byGroup.get(s.framePath);
    if (!frame) byGroup.set(s.framePath, (frame = new Map()));
    const list = frame.get(s.group);
    if (list) list.push(i);
    else frame.set(s.group, [i]);
  });
  for (const a of [...result]) {
    const primary = snapshots[a.snapshotIndex];
    if (!primary || primary.group === undefined || a.companionOf !== undefined) continue;
    if (FIELD_KEYS[a.key as FieldKey]?.kind === 'moneyUpper') continue;
    const members = byGroup.get(primary.framePath)?.get(primary.group) ?? [];
    const hidden = members.filter((i) => !doneFields.has(i) && snapshots[i]?.kind === 'hidden');
    const stem = companionStem(primary.name || primary.id);
    const related = hidden.filter((i) => {
      const h = snapshots[i]!;
      return stem !== '' && companionStem(h.name || h.id) === stem;
    });
    const chosen = related.length > 0 ? related : hidden.length === 1 ? hidden : [];
    for (const i of chosen) {
      doneFields.add(i);
      result.push({ snapshotIndex: i, key: a.key, score: a.score, via: a.via, companionOf: a.snapshotIndex });
    }
  }
}
