import { build } from 'esbuild';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { MigrationResults } from './migration-harness';
import { LATEST_VERSION } from '../../../storage/schema';
import { ROOT } from './paths';

/** The migration harness (migration-harness.ts) bundled for a page: it sets `carefillMigrations()`. */
export async function migrationHarness(): Promise<string> {
  const bundled = await build({
    entryPoints: [join(ROOT, 'tests/e2e/lib/migration-harness.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: ['chrome110', 'firefox115'],
    logLevel: 'silent',
  });
  return bundled.outputFiles[0]!.text;
}

/** What both browsers must show after opening schema-2 databases with the current code. */
export function expectMigrated(r: MigrationResults): void {
  expect(r.verno).toBe(LATEST_VERSION);
  expect(r.tables).not.toContain('visits');
  expect(r.tables).not.toContain('cadres');
  expect(r.tables).toEqual(expect.arrayContaining(['visitBuckets', 'cadreBuckets']));
  expect(r.visitsBefore.length).toBeGreaterThan(0);
  expect(r.visitsAfter).toEqual(r.visitsBefore);
  expect(r.cadreVisitIds).toEqual(['visitV1aa001']);
  expect(r.cadresBefore.length).toBeGreaterThan(0);
  expect(r.cadresAfter).toEqual(r.cadresBefore);
  expect(r.otherTablesKept, 'every row of the other tables as it was').toBe(true);

  expect(r.sealed.lockedState).toBe('locked');
  expect(r.sealed.clearInRaw, 'no note or ID number in clear text on disk after the migration').toBe(false);
  expect(r.sealed.idLockedRead).toBeUndefined();
  expect(r.sealed.foundById).toEqual(['迁移测试']);
  expect(r.sealed.notesLocked).toEqual([undefined, undefined]);
  expect(r.sealed.notesOpened).toEqual(['住院复查一', '住院复查二']);
}
