import { test } from './fixtures/firefox';
import { expectMigrated, migrationHarness } from './lib/migration-bundle';
import type { MigrationResults } from './lib/migration-harness';

/** The schema migrations in Firefox's own IndexedDB: as migration.chromium.spec.ts. */

test('a schema-2 database, plain and sealed, opens in Firefox with every cadre and visit record moved into its bucket', async ({ firefox, oa }) => {
  const page = await firefox.browser.newPage();
  await page.goto(`${oa.url}/forms/condolence`, { waitUntil: 'load' });
  await page.addScriptTag({ content: await migrationHarness() });
  expectMigrated((await page.evaluate('carefillMigrations()')) as MigrationResults);
});
