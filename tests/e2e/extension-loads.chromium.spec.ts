import { expect, test } from './fixtures/chromium';
import { hasChinese } from './lib/messages';

test('the extension loads and its service worker answers', async ({ extension }) => {
  expect(extension.id).toMatch(/^[a-p]{32}$/);
  const stats = await extension.stats();
  expect(stats).toEqual({ cadres: expect.any(Number), followUps: expect.any(Number), visits: expect.any(Number) });
  expect(stats.cadres).toBe(0);
});

for (const page of ['popup.html', 'options.html']) {
  test(`${page} renders in Chinese without console errors`, async ({ extension }) => {
    const p = await extension.open(page);
    await expect(p.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const text = await p.locator('body').innerText();
    expect(hasChinese(text), `Chinese text in ${page}: ${text.slice(0, 200)}`).toBe(true);
    // the console-error check runs when the test ends (fixtures/chromium.ts)
  });
}
