import type { SiteMap } from '../model/site-map';
import { isMeaninglessLabel, labelKey } from './normalize';
import type { FieldAssignment, FieldSnapshot } from './types';

/**
 * Form signatures and site maps. A signature names a form by its labels only, so it survives the
 * ids an OA regenerates; a site map remembers, per origin and signature, which control means
 * which key, and wins over the lexicon the next time the form is filled.
 */

export type SiteMapField = SiteMap['fields'][number];

/** The label a snapshot is known by: its most reliable meaningful label, normalised. */
export function primaryLabel(s: FieldSnapshot): string {
  for (const l of s.labels) {
    const t = labelKey(l.text);
    if (!isMeaninglessLabel(t)) return t;
  }
  return '';
}

/** 32-bit FNV-1a over UTF-16 code units, from a given basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A stable signature of a form: a hash of its sorted, de-duplicated normalised labels. Ids,
 * order, hidden inputs and the number of detail rows do not change it.
 */
export function formSignature(snapshots: readonly FieldSnapshot[]): string {
  const labels = new Set<string>();
  for (const s of snapshots) {
    if (s.kind === 'hidden') continue;
    const l = primaryLabel(s);
    if (l !== '') labels.add(s.row !== undefined ? `明细.${l}` : l);
  }
  const text = [...labels].sort().join('\n');
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `fs1-${hex(fnv1a(text, 0x811c9dc5))}${hex(fnv1a(text, 0x050c5d1f))}-${labels.size}`;
}

/** The row index carried by a row key: `expense.row.amount[2]` → 2. */
function rowOfKey(key: string): number | undefined {
  const m = /\[(\d+)\]$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

export interface SiteMapApplication {
  assignments: FieldAssignment[];
  /** snapshots the map marks 'ignore' */
  ignored: Set<number>;
  /** map entries that found no control (the form changed) */
  missing: SiteMapField[];
}

/**
 * Applies a remembered map. Each entry finds its control by selector (or an alternative) in the
 * same frame; when the control found there carries another label, or none is found, the entry
 * falls back to the control with the remembered label (ids changed, labels stayed).
 */
export function applySiteMap(snapshots: readonly FieldSnapshot[], fields: readonly SiteMapField[]): SiteMapApplication {
  // no map for this form (the usual first fill): nothing to match, no labels to normalise
  if (fields.length === 0) return { assignments: [], ignored: new Set(), missing: [] };
  const labels = snapshots.map(primaryLabel);
  const used = new Set<number>();
  const assignments: FieldAssignment[] = [];
  const ignored = new Set<number>();
  const missing: SiteMapField[] = [];
  const takenKeys = new Set<string>();

  const free = (i: number) => !used.has(i);
  const sameFrame = (i: number, f: SiteMapField) => snapshots[i]!.framePath === f.framePath;

  for (const f of fields) {
    if (f.key !== 'ignore' && takenKeys.has(f.key)) continue;
    const selectors = new Set([f.selector, ...f.altSelectors]);
    const remembered = labelKey(f.label);
    const row = rowOfKey(f.key);

    const bySelector = snapshots.findIndex(
      (s, i) => free(i) && sameFrame(i, f) && (s.selector === f.selector || s.altSelectors.some((a) => selectors.has(a)) || selectors.has(s.selector)),
    );
    const labelAgrees = (i: number) => remembered === '' || labels[i] === '' || labels[i] === remembered;
    const byLabel = (): number => {
      if (remembered === '') return -1;
      const fits = (i: number) => free(i) && labels[i] === remembered && (row === undefined || snapshots[i]!.row === row);
      const here = snapshots.findIndex((_s, i) => sameFrame(i, f) && fits(i));
      return here >= 0 ? here : snapshots.findIndex((_s, i) => fits(i));
    };

    let index = bySelector >= 0 && labelAgrees(bySelector) ? bySelector : byLabel();
    if (index < 0) index = bySelector;
    if (index < 0) {
      missing.push(f);
      continue;
    }
    used.add(index);
    if (f.key === 'ignore') {
      ignored.add(index);
      continue;
    }
    takenKeys.add(f.key);
    assignments.push({ snapshotIndex: index, key: f.key, score: 1, via: 'sitemap' });
  }
  return { assignments, ignored, missing };
}

/**
 * The map entries to remember for an assignment (after the person confirmed or corrected it).
 * A field the person chose to ignore is stored as 'ignore' whatever it was assigned. Companion
 * inputs are not stored: they are found again from their visible field.
 */
export function siteMapFieldsFrom(
  snapshots: readonly FieldSnapshot[],
  assignments: readonly FieldAssignment[],
  ignoredIndexes: Iterable<number> = [],
): SiteMapField[] {
  const entry = (s: FieldSnapshot, key: string): SiteMapField => ({
    selector: s.selector,
    altSelectors: s.altSelectors.slice(0, 5),
    label: primaryLabel(s).slice(0, 200),
    framePath: s.framePath,
    key,
  });
  const ignored = new Set(ignoredIndexes);
  const out: SiteMapField[] = [];
  for (const a of assignments) {
    const s = snapshots[a.snapshotIndex];
    if (s && a.companionOf === undefined && !ignored.has(a.snapshotIndex)) out.push(entry(s, a.key));
  }
  for (const i of ignored) {
    const s = snapshots[i];
    if (s) out.push(entry(s, 'ignore'));
  }
  return out;
}
