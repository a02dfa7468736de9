import { expect, test } from './fixtures/chromium';

for (const cross of [false, true]) {
  const where = cross ? 'a cross-origin' : 'a same-origin';
  test(`the content script runs in the demo OA's form iframe (${where} frame)`, async ({ extension, context, oa }) => {
    expect(await extension.contentScriptRegistered(), 'the background registered the OA content script').toBe(true);
    const portal = await context.newPage();
    const portalUrl = `${oa.url}/${cross ? '?cross=1' : ''}`;
    await portal.goto(portalUrl, { waitUntil: 'load' });
    await expect(portal.locator('iframe#work_form_data')).toBeVisible();

    const popup = await extension.openPopup(portalUrl);
    await expect(popup.frameStatus).toBeVisible();
    await expect.poll(() => popup.activeFrames()).toBeGreaterThanOrEqual(2);
    const row = popup.activeFrameRow('/forms/condolence');
    await expect(row).toHaveCount(1);
    const frameOrigin = new URL((await row.getAttribute('data-url'))!).origin;
    expect(frameOrigin).toBe(cross ? oa.altUrl : oa.url);
  });
}
