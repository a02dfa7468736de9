import { toFieldProblems } from '../model/issues';
import { fail, ok, type RecordProblem, type SyncResult } from './errors';
import type { SyncHeader } from './header';
import { RECORD_KINDS, sharedSettings, type RecordKind, type SharedSettings, type SyncRecord } from './kinds';
import type { SyncLimits } from './limits';

/**
 * The content of an export file: every record kind as a list (live records and tombstones) and,
 * optionally, the shared settings. Here each record's envelope is checked and ids are unique;
 * the full record schemas run when the merge is planned (plan.ts), before anything is written.
 */
export type SyncContent = { [K in RecordKind]: SyncRecord[] } & { settings?: SharedSettings };

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStamp = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The first problem with a record's envelope (id, createdAt, updatedAt, deletedAt), or null. */
function envelopeProblem(r: unknown): { path: string; key: string } | null {
  if (!isPlainObject(r)) return { path: '', key: 'err_format' };
  if (typeof r.id !== 'string') return { path: 'id', key: 'err_required' };
  if (!ID.test(r.id)) return { path: 'id', key: 'err_format' };
  if (!isStamp(r.createdAt)) return { path: 'createdAt', key: 'err_format' };
  if (!isStamp(r.updatedAt)) return { path: 'updatedAt', key: 'err_format' };
  if (r.deletedAt !== undefined && !isStamp(r.deletedAt)) return { path: 'deletedAt', key: 'err_format' };
  return null;
}

/** Checks the decrypted content's shape, bounds, envelopes, unique ids and the header's counts. */
export function readContent(raw: unknown, header: SyncHeader, limits: SyncLimits): SyncResult<SyncContent> {
  if (!isPlainObject(raw)) return fail('invalid-content', ['content']);
  for (const key of Object.keys(raw))
    if (!(RECORD_KINDS as readonly string[]).includes(key) && key !== 'settings') return fail('invalid-content', [key]);
  const content = {} as SyncContent;
  for (const kind of RECORD_KINDS) {
    const list = raw[kind];
    if (!Array.isArray(list)) return fail('invalid-content', [kind]);
    if (list.length > limits.maxRecords[kind]) return fail('too-many', [kind, limits.maxRecords[kind]]);
    const ids = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const problem = envelopeProblem(list[i]);
      const id = isPlainObject(list[i]) && typeof list[i].id === 'string' ? String(list[i].id).slice(0, 64) : undefined;
      if (problem) return invalidRecord({ kind, index: i + 1, ...(id ? { id } : {}), ...problem });
      if (ids.has(id!)) return fail('duplicate-id', [kind, id!]);
      ids.add(id!);
    }
    content[kind] = list as SyncRecord[];
  }
  if (raw.settings !== undefined) {
    const parsed = sharedSettings.safeParse(raw.settings);
    if (!parsed.success)
      return invalidRecord(...toFieldProblems(parsed.error).map((p) => ({ kind: 'settings' as const, index: 1, ...p })));
    content.settings = parsed.data;
  }
  for (const kind of RECORD_KINDS) if (content[kind].length !== header.counts[kind]) return fail('counts-mismatch', [kind]);
  if ((content.settings ? 1 : 0) !== header.counts.settings) return fail('counts-mismatch', ['settings']);
  return ok(content);
}

/** The failure for invalid records: the message names the first; all are listed. */
export function invalidRecord(...problems: RecordProblem[]): SyncResult<never> {
  const first = problems[0]!;
  return fail('invalid-record', [first.kind, first.index, first.id ?? '', first.path, first.key], problems);
}
