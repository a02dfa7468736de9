import { expect, test } from './fixtures/chromium';
import { sampleCadre } from './lib/synthetic-cadre';

test('a cadre created in options is found from the popup by name and by pinyin initials', async ({ extension }) => {
  const options = await extension.openOptions();
  await options.newCadre();
  const cadre = sampleCadre({ name: '欧阳测试', phone: '13800138000' });
  await options.fillAndSave(cadre);
  await expect.poll(async () => (await extension.stats()).cadres).toBe(1);
  await expect(options.byTestId('save-status')).toBeVisible();

  const popup = await extension.openPopup();
  const byName = await popup.findCadre('欧阳测试');
  await expect(byName).toContainText('欧阳测试');
  await expect(byName).toContainText('退休');
  const cadreId = await byName.getAttribute('data-cadre-id');
  expect(cadreId).toBeTruthy();
  // the ID number is masked in results
  await expect(byName).not.toContainText(cadre.idNumber!);

  const byInitials = await popup.findCadre('oycs', cadreId!);
  await expect(byInitials).toContainText('欧阳测试');
});
