// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { assignFields } from '../../../core/fill/assign';
import { collectFields } from '../../../page/collect/collect';

/**
 * Large synthetic classic-OA tables (two label/value pairs per row, with selects and radio groups
 * mixed in) are collected whole. Speed is measured in Chromium by `npm run bench`, not here.
 */
const LABELS = ['姓名', '性别', '身份证号码', '联系电话', '原工作单位', '离退休类别', '慰问日期', '慰问金额', '备注', '经办人'];

function buildTable(fields: number): string {
  const cells: string[] = [];
  for (let i = 0; i < fields; i++) {
    const label = `${LABELS[i % LABELS.length]}${i >= LABELS.length ? i : ''}`;
    const control =
      i % 10 === 5
        ? `<select name="f${i}"><option>离休</option><option>退休</option></select>`
        : i % 10 === 1
          ? `<input type="radio" name="f${i}" value="1">男<input type="radio" name="f${i}" value="2">女`
          : `<input type="text" name="f${i}" id="field${6000 + i}">`;
    cells.push(`<td><font color="red">*</font>${label}：</td><td>${control}</td>`);
  }
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(`<tr>${cells[i]}${cells[i + 1] ?? ''}</tr>`);
  return `<form><table class="ViewForm">${rows.join('')}</table></form>`;
}

// happy-dom computes style in JS, slowly on a loaded machine: the timeout is for the DOM, not the collector
test.each([200, 1000])('collects and assigns all %i fields of a large table', { timeout: 30_000 }, (n) => {
  document.body.innerHTML = buildTable(n);
  const { collection } = collectFields(document);
  expect(collection.fields).toHaveLength(n);
  const assigned = assignFields(collection.fields, { role: 'visit' });
  // one-to-one: each key at most once, whatever the table's size
  const keys = assigned.assignments.map((a) => a.key);
  expect(new Set(keys).size).toBe(keys.length);
});
