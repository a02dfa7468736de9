import { idCheckChar } from '../../../core/model/validators/id-number';
import { FILL_CADRE } from '../../fixtures/oa/fill-data';

/**
 * What the undo specs of the component-library forms share (Chromium and Firefox): a second
 * cadre to fill over the first, and what each form item shows, read in the page.
 */

/** A second synthetic cadre whose every field differs from FILL_CADRE (a woman, 离休). */
const first17 = '42010619500601242';
export const CADRE_B = {
  ...FILL_CADRE,
  name: '司马测试',
  gender: '女',
  idNumber: first17 + idCheckChar(first17),
  birthDate: '1950-06-01',
  originalUnit: '省教育厅',
  rank: '厅局级',
  category: '离休',
  phones: ['13900139000'],
  // another district: the cascader (所在地区, fixture 7) takes another path
  address: '武汉市江岸区另一路2号',
  health: { conditions: [], hospitalisations: [{ admittedOn: '2026-10-08', hospital: '省中医院' }] },
};

/**
 * Run in the page (`page.evaluate(displayedFormItems)`): what every form item displays, by label —
 * the selected options' texts (tags or the label), the checked boxes' values, or the inputs' text:
 * what a person sees, not the DOM inputs alone. Self-contained: the browser gets its source.
 */
export function displayedFormItems(): Record<string, string> {
  const out: Record<string, string> = {};
  const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
  for (const item of Array.from(document.querySelectorAll('.el-form-item, .ant-form-item'))) {
    const label = item.querySelector('.el-form-item__label, .ant-form-item-label label');
    if (!label || !text(label)) continue;
    let shown: string[];
    if (item.querySelector('.el-select, .ant-select')) {
      const tags = Array.from(item.querySelectorAll('.el-select__tags-text, .ant-select-selection-item-content'));
      shown = tags.length > 0 ? tags.map(text) : Array.from(item.querySelectorAll('.el-select__placeholder:not(.is-transparent), .ant-select-selection-item')).map(text);
    } else if (item.querySelector('input[type="radio"], input[type="checkbox"]')) {
      shown = Array.from(item.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]'))
        .filter((i) => i.checked)
        .map((i) => i.value);
    } else shown = Array.from(item.querySelectorAll<HTMLInputElement>('input, textarea')).map((i) => i.value);
    out[text(label)] = shown.filter((s) => s !== '').join(',');
  }
  return out;
}
