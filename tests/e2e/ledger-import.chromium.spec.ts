import { generateLedger } from '../../core/synth';
import { expect, test } from './fixtures/chromium';

test('importing a JSON ledger of 200 synthetic cadres previews, commits, and is searchable', async ({ extension }) => {
  const { cadres } = generateLedger({ count: 200, seed: 7 });
  expect(cadres).toHaveLength(200);
  const options = await extension.openOptions();
  const preview = await options.importLedger({ cadres });
  expect(preview).toEqual({ toAdd: 200, toUpdate: 0, errors: 0 });
  await expect.poll(async () => (await extension.stats()).cadres, { timeout: 20_000 }).toBe(200);

  const picked = cadres[137]!;
  const popup = await extension.openPopup();
  await popup.search.fill(picked.name);
  await expect(popup.options().filter({ hasText: picked.name }).first()).toBeVisible();
});
