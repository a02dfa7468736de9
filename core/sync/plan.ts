import { jsonEqual } from './canonical';
import type { SyncContent } from './content';
import { invalidRecord } from './content';
import { ok, type RecordProblem, type SyncResult } from './errors';
import { isTombstone, RECORD_KINDS, type RecordKind, type SyncRecord } from './kinds';
import type { SyncBase } from './markers';
import { compareVersions } from './merge';
import { validateRecordOnce, type Validated } from './validate';

/** The record kinds a merge handles: the six tables and the shared settings (one record, id `office`). */
export const PLAN_KINDS = [...RECORD_KINDS, 'settings'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const SETTINGS_RECORD_ID = 'office';

export interface KindCounts {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  conflicts: number;
}
export type PlanCounts = Record<PlanKind, KindCounts>;

/** Both sides changed a record since they last synced: the person chooses, newer wins by default. */
export interface SyncConflict {
  kind: PlanKind;
  id: string;
  local: SyncRecord;
  remote: SyncRecord;
  /** which version wins by `compareVersions` */
  newer: 'local' | 'remote';
}

export interface SyncPlan {
  counts: PlanCounts;
  /** versions of the file that win without a conflict, to be written */
  writes: Record<PlanKind, SyncRecord[]>;
  conflicts: SyncConflict[];
}

/** The stored records of one kind by id (cadres without their search index terms). */
export type LocalRecords = Record<PlanKind, ReadonlyMap<string, SyncRecord>>;

export interface PlanInput {
  /** the file's records (settings as one record with id `office`) */
  remote: Record<PlanKind, readonly SyncRecord[]>;
  local: LocalRecords;
  base: SyncBase;
  /** full validation of a record that may be written (default: the core/model schemas) */
  validate?: (kind: RecordKind, raw: unknown) => Validated;
}

/** At most this many invalid fields are listed (the file is refused at the first anyway). */
const MAX_PROBLEMS = 50;
const TIMES = new Set(['createdAt', 'updatedAt', 'deletedAt']);

export const emptyCounts = (): KindCounts => ({ added: 0, updated: 0, deleted: 0, unchanged: 0, conflicts: 0 });
const perKind = <T>(make: () => T): Record<PlanKind, T> => Object.fromEntries(PLAN_KINDS.map((k) => [k, make()])) as Record<PlanKind, T>;

/** The file's records in the shape the planner takes: settings become one record. */
export function remoteRecordsOf(content: SyncContent): Record<PlanKind, readonly SyncRecord[]> {
  const settings = content.settings ? [{ ...content.settings, id: SETTINGS_RECORD_ID, createdAt: 0 }] : [];
  return { ...content, settings };
}

/** What writing `next` over `prev` (maybe nothing) looks like to the person. */
export function transition(prev: SyncRecord | undefined, next: SyncRecord): keyof Omit<KindCounts, 'conflicts'> {
  const wasLive = !!prev && !isTombstone(prev);
  const isLive = !isTombstone(next);
  if (!wasLive) return isLive ? 'added' : 'unchanged';
  if (!isLive) return 'deleted';
  return jsonEqual(prev, next, TIMES) ? 'unchanged' : 'updated';
}

/**
 * Plans an import: for every record of the file, whether it adds, updates, deletes or leaves a
 * stored record, or conflicts with it. Pure: the caller reads the stored records and writes the
 * result (storage/sync-import.ts). Every record that could be written is validated in full first;
 * one invalid record refuses the whole file. A record identical to the stored one is left alone
 * without validating it again: it was validated when it was stored.
 */
export function planSync({ remote, local, base, validate = validateRecordOnce }: PlanInput): SyncResult<SyncPlan> {
  const counts = perKind(emptyCounts);
  const writes = perKind((): SyncRecord[] => []);
  const conflicts: SyncConflict[] = [];
  const problems: RecordProblem[] = [];
  for (const kind of PLAN_KINDS) {
    const stored = local[kind];
    const list = remote[kind];
    for (let i = 0; i < list.length && problems.length < MAX_PROBLEMS; i++) {
      const raw = list[i]!;
      const mine = stored.get(raw.id);
      if (mine && jsonEqual(mine, raw)) {
        counts[kind].unchanged++;
        continue;
      }
      let theirs = raw;
      if (kind !== 'settings') {
        const checked = validate(kind, raw);
        if (!checked.ok) {
          for (const p of checked.problems) if (problems.length < MAX_PROBLEMS) problems.push({ kind, index: i + 1, id: raw.id, path: p.path, key: p.key });
          continue;
        }
        theirs = checked.record;
      }
      if (problems.length) continue;
      if (!mine) {
        writes[kind].push(theirs);
        counts[kind][transition(undefined, theirs)]++;
        continue;
      }
      const newer = compareVersions(mine, theirs) >= 0 ? 'local' : 'remote';
      if (isConflict(kind, mine, theirs, newer, base)) {
        conflicts.push({ kind, id: raw.id, local: mine, remote: theirs, newer });
        counts[kind].conflicts++;
      } else if (newer === 'local') counts[kind].unchanged++;
      else {
        writes[kind].push(theirs);
        counts[kind][transition(mine, theirs)]++;
      }
    }
  }
  if (problems.length) return invalidRecord(...problems);
  return ok({ counts, writes, conflicts });
}

/**
 * Both changed since the last sync, and they differ in more than their timestamps (two deletions
 * agree). With the version agreed at the last import from that device known, a side changed the
 * record if its stamp is not that version's — no clock compared; and when only one side changed
 * it but the unchanged side's version is the newer by the clocks (a clock set wrong), that is
 * asked too, rather than the change being lost without a word. Otherwise the times of the marks.
 */
function isConflict(kind: PlanKind, mine: SyncRecord, theirs: SyncRecord, newer: 'local' | 'remote', base: SyncBase): boolean {
  if (isTombstone(mine) && isTombstone(theirs)) return false;
  const agreed = base.agreed?.get(kind)?.get(mine.id);
  if (agreed !== undefined) {
    const mineChanged = mine.updatedAt !== agreed;
    const theirsChanged = theirs.updatedAt !== agreed;
    if (mineChanged !== theirsChanged && newer === (mineChanged ? 'local' : 'remote')) return false;
  } else if (mine.updatedAt <= base.localSince || theirs.updatedAt <= base.remoteSince) return false;
  return !jsonEqual(mine, theirs, TIMES);
}

export type Keep = 'local' | 'remote';
export interface Resolutions {
  /** what happens to conflicts without a choice of their own */
  all: 'newer' | Keep;
  /** per conflict, by `conflictKey` */
  choices?: ReadonlyMap<string, Keep>;
}

export const conflictKey = (kind: PlanKind, id: string): string => `${kind}:${id}`;

export interface ResolvedPlan {
  writes: Record<PlanKind, SyncRecord[]>;
  /** the effect on each kind, conflicts included as resolved */
  counts: PlanCounts;
}

/**
 * Applies the person's choices to a plan. Choosing the version that wins anyway writes it as it
 * is; choosing the other one makes it a new edit (stamped after both versions and after `now`),
 * so that the choice also wins on the other device when this one's next export gets there.
 */
export function resolvePlan(plan: SyncPlan, resolutions: Resolutions, now: number): ResolvedPlan {
  const writes = perKind((): SyncRecord[] => []);
  const counts = perKind(emptyCounts);
  for (const kind of PLAN_KINDS) {
    // (a copy, not push(...list): a browser refuses 100,000 arguments)
    writes[kind] = plan.writes[kind].slice();
    Object.assign(counts[kind], plan.counts[kind], { conflicts: 0 });
  }
  for (const c of plan.conflicts) {
    const keep = resolutions.choices?.get(conflictKey(c.kind, c.id)) ?? (resolutions.all === 'newer' ? c.newer : resolutions.all);
    const chosen = keep === 'local' ? c.local : c.remote;
    const record = keep === c.newer ? chosen : restamp(chosen, Math.max(now + 1, c.local.updatedAt + 1, c.remote.updatedAt + 1));
    if (keep === 'remote' || record !== chosen) writes[c.kind].push(record);
    counts[c.kind][keep === 'local' ? 'unchanged' : transition(c.local, record)]++;
  }
  return { writes, counts };
}

/** The same version as a new edit at `at`. */
function restamp(r: SyncRecord, at: number): SyncRecord {
  return isTombstone(r) ? { ...r, updatedAt: at, deletedAt: at } : { ...r, updatedAt: at };
}
