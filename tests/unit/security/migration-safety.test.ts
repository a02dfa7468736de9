import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CareFillDB } from '../../../storage/db';
import { LATEST_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../storage/schema';
import { upgradedRow } from '../../../storage/cadre-row';
import { loadRawDatabase } from '../storage/raw-idb';

/**
 * Reliability (SECURITY.md §6): every schema version has a frozen dump, opened by the current code
 * with every row kept (tests/unit/storage/migration.test.ts checks the rows' use); and an upgrade
 * step that throws leaves the database exactly as it was, still at its old version, readable by
 * the code that wrote it. The throwing step is appended to a copy of the schema list, as the next
 * release's migration would be.
 */

type Dump = { version: number; stores: Record<string, string | null>; tables: Record<string, Record<string, unknown>[]> };
const DB_FIXTURES = join(__dirname, '../../fixtures/db');
const dumps: Dump[] = readdirSync(DB_FIXTURES)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(DB_FIXTURES, f), 'utf8')) as Dump)
  .sort((a, b) => a.version - b.version);

/** Dexie stores version n as native IndexedDB version n × 10. */
const nativeVersion = (v: number) => v * 10;
const keyOf = (r: Record<string, unknown>) => String(r.id ?? r.key);
const sorted = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));

async function rawDump(db: Dexie): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of db.tables) out[t.name] = sorted(await t.toArray());
  return out;
}

/** A Dexie over a schema list, as CareFillDB declares its own. */
function dbWith(name: string, versions: readonly SchemaVersion[]): Dexie {
  const db = new Dexie(name);
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('frozen dumps', () => {
  it('exist for every schema version', () => {
    expect(dumps.map((d) => d.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(dumps)('v$version opens at the latest version with every row', async (dump) => {
    const name = `carefill-chain-v${dump.version}-${crypto.randomUUID()}`;
    await loadRawDatabase(name, nativeVersion(dump.version), dump.stores, dump.tables);
    const db = new CareFillDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const after = await rawDump(db);
    // schema 3 moved the visit records into buckets (storage/visit-buckets.ts)
    if (dump.version < 3) after.visits = sorted((after.visitBuckets ?? []).flatMap((b) => b.visits as Record<string, unknown>[]));
    // schema 4 moved the cadres into buckets (storage/cadre-buckets.ts), their search terms replaced by their syllables
    if (dump.version < 4) after.cadres = sorted((after.cadreBuckets ?? []).flatMap((b) => b.cadres as Record<string, unknown>[]));
    for (const [table, rows] of Object.entries(dump.tables)) {
      const expected = table === 'cadres' && dump.version < 4 ? rows.map((r) => upgradedRow(r as never) as Record<string, unknown>) : rows;
      expect(after[table], table).toEqual(sorted(expected));
    }
  });
});

describe('an upgrade step that throws', () => {
  it.each(dumps)('leaves a v$version database untouched and at its version', async (dump) => {
    const name = `carefill-failing-upgrade-v${dump.version}-${crypto.randomUUID()}`;
    await loadRawDatabase(name, nativeVersion(dump.version), dump.stores, dump.tables);
    let touched = 0;
    const failing: SchemaVersion = {
      version: LATEST_VERSION + 1,
      stores: { cadreBuckets: `${SCHEMA_VERSIONS.at(-1)!.stores.cadreBuckets}, newIndex`, followUps: null },
      // rewrites every cadre, deletes a table, then fails half-way: none of it may stay
      upgrade: async (tx) => {
        touched = await tx.table('cadreBuckets').toCollection().modify((b: { cadres: Record<string, unknown>[] }) => {
          for (const c of b.cadres) {
            c.name = '已被改写';
            delete c.idNumber;
          }
        });
        throw new Error('simulated failure in an upgrade step');
      },
    };
    const next = dbWith(name, [...SCHEMA_VERSIONS, failing]);
    await expect(next.open()).rejects.toThrow();
    next.close();
    expect(touched).toBeGreaterThan(0);

    // opened as it is on disk (Dexie's dynamic mode): still the old version, every row as it was
    const db = new Dexie(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(dump.version);
    const tables = Object.entries(dump.stores).filter(([, spec]) => spec !== null).map(([name]) => name);
    expect(db.tables.map((t) => t.name).sort()).toEqual(tables.sort());
    const after = await rawDump(db);
    for (const [table, rows] of Object.entries(dump.tables)) expect(after[table], table).toEqual(sorted(rows));
  });
});
