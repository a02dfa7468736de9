import { test } from './fixtures/chromium';
import { expectMigrated, migrationHarness } from './lib/migration-bundle';
import type { MigrationResults } from './lib/migration-harness';

/**
 * The schema migrations in Chromium's own IndexedDB (the unit tests run them over fake-indexeddb):
 * a schema-2 database opened by the current code moves its cadres and visit records into buckets
 * and keeps every other row; one whose cadres and visit notes the Lock sealed moves them unopened,
 * still locked, and the passphrase opens them after (and finds the cadre by its ID number). The storage code runs bundled in a page of the demo OA's origin.
 */

test('a schema-2 database, plain and sealed, opens in Chromium with every cadre and visit record moved into its bucket', async ({ context, oa }) => {
  const page = await context.newPage();
  await page.goto(`${oa.url}/forms/condolence`);
  await page.addScriptTag({ content: await migrationHarness() });
  expectMigrated((await page.evaluate('carefillMigrations()')) as MigrationResults);
});
