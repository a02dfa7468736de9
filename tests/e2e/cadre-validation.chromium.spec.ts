import { expect, test } from './fixtures/chromium';
import { zhMessage } from './lib/messages';
import { sampleCadre, withWrongCheckChar, type CadreFormValues } from './lib/synthetic-cadre';

const valid = sampleCadre({ name: '司马校验' });

const refused: { what: string; values: CadreFormValues; path: string; key: string }[] = [
  { what: 'an ID number with a wrong check digit', values: { ...valid, idNumber: withWrongCheckChar(valid.idNumber!) }, path: 'idNumber', key: 'err_id_checksum' },
  { what: 'a birth date in the future', values: { name: valid.name, category: valid.category, birthDate: '2099-06-01' }, path: 'birthDate', key: 'err_date_future' },
  { what: 'a malformed phone number', values: { ...valid, phone: '12345' }, path: 'phones.0', key: 'err_phone_format' },
];

for (const c of refused) {
  test(`a cadre with ${c.what} is refused with the Chinese message and nothing is stored`, async ({ extension }) => {
    const before = await extension.stats();
    const options = await extension.openOptions();
    await options.newCadre();
    await options.fillAndSave(c.values);
    await expect(options.errorFor(c.path)).toBeVisible();
    await expect(options.errorFor(c.path)).toContainText(zhMessage(c.key));
    expect(await extension.stats()).toEqual(before);
  });
}
