import { newId } from '../core/model/record';
import { settings as settingsSchema, type Settings } from '../core/model/settings';
import type { DecodedFile } from '../core/sync/decode';
import type { IdNumberClash } from '../core/sync/diff';
import { fail, ok, type SyncResult } from '../core/sync/errors';
import { isTombstone, RECORD_KINDS, type RecordKind, type SyncRecord } from '../core/sync/kinds';
import { agreedAfterImport, markImported, syncBase, type SyncBase } from '../core/sync/markers';
import {
  PLAN_KINDS,
  planSync,
  remoteRecordsOf,
  resolvePlan,
  SETTINGS_RECORD_ID,
  type LocalRecords,
  type PlanCounts,
  type PlanKind,
  type Resolutions,
  type SyncPlan,
} from '../core/sync/plan';
import { systemClock, type Clock } from './clock';
import type { Cadre } from '../core/model/cadre';
import type { Table } from 'dexie';
import type { VisitRecord } from '../core/model/visit-record';
import { toStoredRow } from './cadre-row';
import { CadreStore } from './cadre-store';
import type { CareFillDB, Stored } from './db';
import { exportedRow, storedRowsOf, tableOf } from './sync-export';
import { VisitStore } from './visit-store';
import { readAgreed, readDeviceId, readPeers, writeAgreed, writePeers } from './sync-device';
import { mutationGeneration } from './sync-mutations';

/** The key of the office settings row (storage/settings-repo.ts). */
const OFFICE_SETTINGS_KEY = 'office';

/** Below this many records of a kind in the file, the stored ones are fetched by id; above, the table is read whole (faster). */
const FETCH_BY_ID_BELOW = 2_000;

/**
 * Importing an export file: `previewSync` plans the merge against the database and writes
 * nothing; `applySync` plans again — or takes the preview's plan when nothing was written since
 * (storage/sync-mutations.ts) — and writes the result in ONE read-write transaction over every
 * table it touches, with the device marks and an audit event. A failure at any record (an
 * invalid one, a full disk) aborts the transaction and leaves the database exactly as before.
 * Decryption and decoding happen before (core/sync/decode.ts): no other asynchronous API may run
 * inside an IndexedDB transaction.
 */

export interface SyncPreview {
  plan: SyncPlan;
  base: SyncBase;
  /** cadres of the file whose ID number another live cadre holds (probably one person entered twice) */
  clashes: IdNumberClash[];
}

/** Clashes listed in full; a merge never refuses for them (the person resolves them in the ledger). */
const MAX_CLASHES = 50;

function recordTables(db: CareFillDB) {
  return [...RECORD_KINDS.map((k) => tableOf(db, k)), db.settings];
}

/**
 * A preview's plan, kept with its decoded file for the commit: when no write has committed on
 * the database since the preview began, the plan still matches it exactly and the commit skips
 * reading every table and planning again. Weak: it goes with the file.
 */
const PREVIEWED = new WeakMap<DecodedFile, { db: CareFillDB; generation: number; planned: Planned }>();

/** What importing `file` would do; writes nothing. */
export async function previewSync(db: CareFillDB, file: DecodedFile): Promise<SyncResult<SyncPreview>> {
  // taken before the read transaction starts: a write committed after this point, even one the
  // transaction still sees, makes the commit plan again (cautious, never stale)
  const generation = mutationGeneration(db.name);
  // an async scope function: with a plain one returning the promise, Dexie commits too early
  return db.transaction('r', recordTables(db), async () => {
    const planned = await planAgainstStorage(db, file);
    if (!planned.ok) return planned;
    PREVIEWED.set(file, { db, generation, planned: planned.value });
    const { plan, base, storedCadres } = planned.value;
    return ok({ plan, base, clashes: await idNumberClashes(db, plan, storedCadres) });
  });
}

export interface SyncApplied {
  counts: PlanCounts;
}

/** Imports `file` with the person's choices for its conflicts, all or nothing. */
export async function applySync(db: CareFillDB, file: DecodedFile, resolutions: Resolutions, now: Clock = systemClock): Promise<SyncResult<SyncApplied>> {
  try {
    return await db.transaction('rw', [...recordTables(db), db.audit], async () => {
      // a first read in this transaction: once it answers, every write queued before has committed
      const peers = await readPeers(db);
      const planned = planStillValid(db, file) ?? (await planAgainstStorage(db, file));
      if (!planned.ok) return planned;
      const at = now();
      const resolved = resolvePlan(planned.value.plan, resolutions, at);
      for (const kind of RECORD_KINDS) await writeRecords(db, kind, resolved.writes[kind], planned.value.storedVisits);
      const settings = resolved.writes.settings[0];
      if (settings) await writeSharedSettings(db, settings);
      const peersAfter = markImported(peers, file.header, at);
      await writePeers(db, peersAfter);
      await writeAgreed(db, file.header.deviceId, agreedAfterImport(planned.value.base.agreed, remoteRecordsOf(file.content)), peersAfter);
      await db.audit.add({
        id: newId(),
        createdAt: at,
        updatedAt: at,
        at,
        kind: 'import',
        detail: { source: 'sync', scope: file.header.scope, ...totals(resolved.counts) },
      });
      return ok({ counts: resolved.counts });
    });
  } catch (e) {
    // the error's class only (never data), for whoever reads the failure
    const err = e as { name?: string; inner?: { name?: string } } | null;
    const name = [err?.name, err?.inner?.name].filter(Boolean).join('/') || typeof e;
    return fail(isQuotaError(e) ? 'storage-full' : 'write-failed', [name]);
  }
}

/** The preview's plan of `file` when nothing has been written to `db` since that preview began. */
function planStillValid(db: CareFillDB, file: DecodedFile): SyncResult<Planned> | undefined {
  const kept = PREVIEWED.get(file);
  if (!kept || kept.db !== db || kept.generation !== mutationGeneration(db.name)) return undefined;
  return ok(kept.planned);
}

interface Planned {
  plan: SyncPlan;
  base: SyncBase;
  storedCadres: StoredCadres;
  /** every stored visit record by id (the writes take each out of its previous bucket) */
  storedVisits: ReadonlyMap<string, SyncRecord>;
}

/** The stored cadres read for planning, and whether they are the whole table. */
interface StoredCadres {
  byId: ReadonlyMap<string, SyncRecord>;
  whole: boolean;
}

async function planAgainstStorage(db: CareFillDB, file: DecodedFile): Promise<SyncResult<Planned>> {
  const remote = remoteRecordsOf(file.content);
  const local = {} as Record<PlanKind, Map<string, SyncRecord>>;
  for (const kind of RECORD_KINDS) local[kind] = await storedRecords(db, kind, remote[kind]);
  local.settings = new Map();
  if (remote.settings.length) {
    const mine = await storedSharedSettings(db);
    if (mine) local.settings.set(SETTINGS_RECORD_ID, mine);
  }
  const [myDeviceId, peers, agreed] = await Promise.all([readDeviceId(db), readPeers(db), readAgreed(db, file.header.deviceId)]);
  const base = syncBase(file.header, myDeviceId ?? '', peers, agreed);
  const planned = planSync({ remote, local: local as LocalRecords, base });
  if (!planned.ok) return planned;
  return ok({ plan: planned.value, base, storedCadres: { byId: local.cadres, whole: remote.cadres.length >= FETCH_BY_ID_BELOW }, storedVisits: local.visits });
}

/**
 * Cadres the import may write whose ID number another live cadre (stored, or in the file) holds
 * under another id: two colleagues who each entered the same person. A warning, not a refusal.
 */
async function idNumberClashes(db: CareFillDB, plan: SyncPlan, stored: StoredCadres): Promise<IdNumberClash[]> {
  const incoming = [...plan.writes.cadres, ...plan.conflicts.filter((c) => c.kind === 'cadres').map((c) => c.remote)].filter(
    (c): c is SyncRecord & { idNumber: string; name: string } => !isTombstone(c) && typeof c.idNumber === 'string',
  );
  if (!incoming.length) return [];
  const deleted = new Set(plan.writes.cadres.filter(isTombstone).map((c) => c.id));
  const holders = new Map<string, { id: string; name: string }[]>();
  const hold = (idNumber: string, c: { id: string; name: string }) => {
    const list = holders.get(idNumber) ?? [];
    if (!list.some((h) => h.id === c.id)) list.push({ id: c.id, name: c.name });
    holders.set(idNumber, list);
  };
  const numbers = new Set(incoming.map((c) => c.idNumber));
  // the whole table was read for planning: no query; else the few numbers through the index
  const store = new CadreStore(db);
  const rows = stored.whole ? [...stored.byId.values()] : await store.holdersOfAny([...numbers]);
  for (const row of rows as SyncRecord[]) {
    const idNumber = row.idNumber;
    if (typeof idNumber === 'string' && numbers.has(idNumber) && !isTombstone(row) && !deleted.has(row.id)) hold(idNumber, row as SyncRecord & { name: string });
  }
  for (const c of incoming) hold(c.idNumber, c);
  const clashes: IdNumberClash[] = [];
  for (const c of incoming) {
    const other = holders.get(c.idNumber)!.find((h) => h.id !== c.id);
    if (other && clashes.length < MAX_CLASHES) clashes.push({ id: c.id, name: c.name, otherId: other.id, otherName: other.name });
  }
  return clashes;
}

/**
 * The stored versions of the records a file holds, by id. Visit records are read whole (a
 * thousand bucket rows at most): a tombstone in the file names no cadre, so no single bucket
 * can be known to hold its record. Cadres are read by id through their buckets.
 */
async function storedRecords(db: CareFillDB, kind: RecordKind, wanted: readonly SyncRecord[]): Promise<Map<string, SyncRecord>> {
  const out = new Map<string, SyncRecord>();
  if (!wanted.length) return out;
  if (kind === 'visits' || wanted.length >= FETCH_BY_ID_BELOW) {
    for (const row of await storedRowsOf(db, kind)) out.set(row.id, row);
    return out;
  }
  const ids = wanted.map((r) => r.id);
  const rows = kind === 'cadres' ? await new CadreStore(db).getRows(ids) : await (db[kind] as unknown as Table<{ id: string }, string>).bulkGet(ids);
  for (const row of rows) if (row) out.set(row.id, exportedRow(kind, row));
  return out;
}

async function writeRecords(db: CareFillDB, kind: RecordKind, records: readonly SyncRecord[], storedVisits: ReadonlyMap<string, SyncRecord>): Promise<void> {
  if (!records.length) return;
  if (kind === 'visits') return new VisitStore(db).putAll(records as unknown as Stored<VisitRecord>[], storedVisits as unknown as ReadonlyMap<string, Stored<VisitRecord>>);
  if (kind === 'cadres') return new CadreStore(db).putAll((records as unknown as Stored<Cadre>[]).map(toStoredRow));
  await (db[kind] as unknown as Table<unknown, string>).bulkPut(records);
}

async function readSettings(db: CareFillDB): Promise<Settings | undefined> {
  const row = await db.settings.get(OFFICE_SETTINGS_KEY);
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : undefined;
}

/** The stored shared settings as a sync record (id `office`). */
async function storedSharedSettings(db: CareFillDB): Promise<SyncRecord | undefined> {
  const s = await readSettings(db);
  if (!s) return undefined;
  return {
    id: SETTINGS_RECORD_ID,
    createdAt: 0,
    updatedAt: s.updatedAt,
    contactIntervalMonths: s.contactIntervalMonths,
    ...(s.department !== undefined ? { department: s.department } : {}),
  };
}

/** Takes the shared settings of a file over this browser's own (origins, name, reminders stay). */
async function writeSharedSettings(db: CareFillDB, shared: SyncRecord): Promise<void> {
  const current = (await readSettings(db)) ?? settingsSchema.parse({});
  const { department: _dropped, ...rest } = current;
  const next = settingsSchema.parse({
    ...rest,
    ...(typeof shared.department === 'string' ? { department: shared.department } : {}),
    contactIntervalMonths: shared.contactIntervalMonths,
    updatedAt: shared.updatedAt,
  });
  await db.settings.put({ key: OFFICE_SETTINGS_KEY, value: next });
}

function totals(counts: PlanCounts): Record<string, number> {
  const sum = { added: 0, updated: 0, deleted: 0, unchanged: 0 };
  for (const kind of PLAN_KINDS) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += counts[kind][k];
  return sum;
}

/**
 * A full disk: Dexie may report QuotaExceededError itself or as the inner error of an AbortError
 * (research/style-and-security.md 2c).
 */
export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}
