import { isTombstone, type SyncRecord } from './kinds';
import type { PlanKind, SyncConflict } from './plan';

export type LeafValue = string | number | boolean;

/** One field where two versions differ; a side without the field (or deleted) has no value. */
export interface FieldDiff {
  path: string;
  local?: LeafValue;
  remote?: LeafValue;
}

/** The envelope and derived keys are not what a person compares. */
const SKIPPED = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'pinyin', 'initials']);

/** Leaf values by dotted path; a list of plain values is one leaf (`hobbies`: 书法、太极拳). */
function flatten(value: unknown, path: string, out: Map<string, LeafValue>): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object') {
    out.set(path, value as LeafValue);
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      if (value.length) out.set(path, value.join('、'));
      return;
    }
    value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
    return;
  }
  for (const [k, v] of Object.entries(value)) if (!(path === '' && SKIPPED.has(k))) flatten(v, path ? `${path}.${k}` : k, out);
}

/** The fields two versions of a record disagree on, in the local version's field order, at most `max`. */
export function diffRecords(local: SyncRecord, remote: SyncRecord, max = 60): FieldDiff[] {
  const a = new Map<string, LeafValue>();
  const b = new Map<string, LeafValue>();
  if (!isTombstone(local)) flatten(local, '', a);
  if (!isTombstone(remote)) flatten(remote, '', b);
  const out: FieldDiff[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const l = a.get(path);
    const r = b.get(path);
    if (l === r) continue;
    out.push({ path, ...(l !== undefined ? { local: l } : {}), ...(r !== undefined ? { remote: r } : {}) });
    if (out.length >= max) break;
  }
  return out;
}

/** A short title of a record for lists: the cadre's or template's name, a visit's date and type ... */
export function recordTitle(kind: PlanKind, r: SyncRecord): string {
  const s = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');
  switch (kind) {
    case 'cadres':
    case 'templates':
    case 'standards':
      return s('name');
    case 'followUps':
      return [s('date'), s('method')].filter(Boolean).join(' ');
    case 'visits':
      return [s('date'), s('visitType')].filter(Boolean).join(' ');
    case 'siteMaps':
      return [s('origin'), s('formName')].filter(Boolean).join(' ');
    case 'settings':
      return '';
  }
}

export interface ConflictSide {
  updatedAt: number;
  deleted: boolean;
}

/** A conflict as the preview shows it: both versions side by side, field by field. */
export interface ConflictView {
  kind: PlanKind;
  id: string;
  title: string;
  newer: 'local' | 'remote';
  local: ConflictSide;
  remote: ConflictSide;
  fields: FieldDiff[];
}

export function conflictView(c: SyncConflict): ConflictView {
  const side = (r: SyncRecord): ConflictSide => ({ updatedAt: r.updatedAt, deleted: isTombstone(r) });
  return {
    kind: c.kind,
    id: c.id,
    title: recordTitle(c.kind, isTombstone(c.local) ? c.remote : c.local),
    newer: c.newer,
    local: side(c.local),
    remote: side(c.remote),
    fields: diffRecords(c.local, c.remote),
  };
}

/** A cadre of a file whose ID number another live cadre holds under another id: one person entered twice? */
export interface IdNumberClash {
  id: string;
  name: string;
  otherId: string;
  otherName: string;
}
