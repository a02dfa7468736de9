// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cadre as cadreSchema, type Cadre } from '../../../core/model/cadre';
import { freshMeta } from '../../../core/model/record';
import { template as templateSchema, type Template } from '../../../core/model/template';
import { fillTab, type FillDeps } from '../../../entrypoints/background/fill/orchestrate';
import { siteMapStore } from '../../../entrypoints/background/fill/site-maps';
import type { FillFrameMessageName, FillFrameMessages, FillReport, FillResponses } from '../../../messaging/requests/fill';
import { CareFillDB } from '../../../storage/db';
import { openRepos } from '../../../storage/repos';
import { FILL_CADRE } from '../../fixtures/oa/fill-data';
import { expenseRowsPage } from '../../fixtures/oa/routes/expense-rows';
import { FakeTab, submitted } from './fake-tab';

/**
 * Template fills (`fill.start`) grow detail rows and fill fields that appear, as claim fills do
 * (entrypoints/background/fill/grow-rounds.ts): fixture 11 with one row and a template of five,
 * over the real engine; the page's add-row button and revealing selects wired by the test, since
 * the test DOM runs no page scripts.
 */

const TODAY = '2026-11-29';
const URL11 = 'http://127.0.0.1:8765/forms/expense-rows';
const theCadre: Cadre = cadreSchema.parse({ ...FILL_CADRE, ...freshMeta(1) });

/** Five synthetic detail rows, as row keys (the template schema lists plain keys only: see the report). */
const ROWS = [
  ['2026-09-20', '中秋慰问金', '测试甲一', '500.00'],
  ['2026-09-21', '中秋慰问金', '测试乙二', '500.00'],
  ['2026-09-22', '中秋慰问金', '测试丙三', '800.00'],
  ['2026-09-23', '中秋慰问品（月饼）', '测试丁四', '300.50'],
  ['2026-09-24', '中秋慰问金', '测试戊五', '1000.00'],
] as const;
const rowValues = Object.fromEntries(
  ROWS.flatMap(([date, item, who, amount], i) => [
    [`expense.row.date[${i + 1}]`, date],
    [`expense.row.item[${i + 1}]`, item],
    [`expense.row.recipient[${i + 1}]`, who],
    [`expense.row.amount[${i + 1}]`, amount],
  ]),
);

function fiveRowTemplate(extra: Record<string, string> = {}): Template {
  const base = templateSchema.parse({
    name: '测试·中秋集体慰问',
    visitType: '节日慰问',
    festival: '中秋',
    form: '慰问金',
    amount: 3100.5,
    values: { 'visit.reason': '2026年中秋慰问离退休干部费用（5人次）' },
    ...freshMeta(1),
  });
  return { ...base, values: { ...base.values, ...rowValues, ...extra } as Template['values'] };
}

let db: CareFillDB;
beforeEach(() => {
  db = new CareFillDB();
});
afterEach(async () => {
  await db.delete();
});

function deps(tab: FakeTab, template: Template): FillDeps {
  return {
    tab,
    siteMaps: siteMapStore(openRepos(db)),
    cadre: async (id) => (id === theCadre.id ? theCadre : undefined),
    template: async (id) => (id === template.id ? template : undefined),
    settings: async () => ({}),
    standards: async () => [],
    today: () => TODAY,
    now: () => 0,
  };
}

const request = (template: Template) => ({ tabId: 7, cadreId: theCadre.id, templateId: template.id, overwrite: false });

function ok(res: FillResponses['fill.start']): FillReport {
  if (!res.ok) throw new Error(`fill failed: ${res.key}`);
  return res;
}

/** The frame messages a fill sent, by name. */
class CountingTab extends FakeTab {
  readonly sent: FillFrameMessageName[] = [];
  override async send<N extends FillFrameMessageName>(tabId: number, frameId: number, name: N, payload: FillFrameMessages[N]['payload']): Promise<FillFrameMessages[N]['answer'] | undefined> {
    this.sent.push(name);
    return super.send(tabId, frameId, name, payload);
  }
  count(name: FillFrameMessageName): number {
    return this.sent.filter((n) => n === name).length;
  }
}

/** Fixture 11 in a fake tab, its 添加明细 button doing what the page's script does (or nothing at all). */
function fixture11(addRow = true): CountingTab {
  const html = expenseRowsPage('/forms/expense-rows')!.replace(/<script[\s\S]*?<\/script>/g, '');
  const tab = new CountingTab([{ frameId: 0, url: URL11, html }]);
  const doc = tab.doc(0);
  if (addRow)
    doc.getElementById('addRowBtn')!.addEventListener('click', () => {
      setTimeout(() => {
        const body = doc.getElementById('detailBody')!;
        const copy = body.querySelector('tr')!.cloneNode(true) as HTMLElement;
        const n = body.querySelectorAll('tr').length;
        copy.querySelector('.rowNo')!.textContent = String(n + 1);
        copy.querySelectorAll('input').forEach((i) => {
          i.value = '';
          i.name = i.name.replace(/_\d+$/, `_${n}`);
        });
        body.append(copy);
      }, 5);
    });
  return tab;
}

/** Empties the cell of a field and its label, so the field is not there until the test adds it. */
function removeField(doc: Document, id: string): void {
  const cell = doc.getElementById(id)!.closest('td')!;
  cell.previousElementSibling!.textContent = '';
  cell.replaceChildren();
}

/** Adds a labelled field at the end of the main table. */
function revealField(doc: Document, label: string, name: string): void {
  doc.querySelector('#mainTable tbody')!.insertAdjacentHTML('beforeend', `<tr><td class="fieldnameClass">${label}</td><td colspan="3"><input name="${name}"></td></tr>`);
}

describe('template fill of a form with fewer detail rows than the template', () => {
  it('adds four rows with the page button and fills all five', async () => {
    const template = fiveRowTemplate();
    const tab = fixture11();
    const report = ok(await fillTab(request(template), deps(tab, template)));
    const doc = tab.doc(0);
    expect(report.role).toBe('expense');
    expect(tab.count('frame.grow')).toBe(1);
    expect(doc.querySelectorAll('#detailBody tr')).toHaveLength(5);
    const filled = ROWS.map((_, i) => ['date', 'item', 'person', 'amount'].map((c) => submitted(doc, `dt_${c}_${i}`)));
    expect(filled).toEqual(ROWS.map((r) => [...r]));
    const rowReport = report.rows.filter((r) => r.key.startsWith('expense.row.'));
    expect(rowReport).toHaveLength(20);
    expect(rowReport.every((r) => r.status === 'verified')).toBe(true);
    expect(report.counts.mismatch).toBe(0);
  });

  it('remembers the form as it opens, so the next fill finds its map', async () => {
    const template = fiveRowTemplate();
    const first = ok(await fillTab(request(template), deps(fixture11(), template)));
    const second = ok(await fillTab(request(template), deps(fixture11(), template)));
    expect(second.formSignature).toBe(first.formSignature);
    expect(second.usedSiteMap).toBe(true);
    expect((await openRepos(db).siteMaps.list()).map((m) => m.formSignature)).toEqual([first.formSignature]);
  });

  it('fills what fits when the add-row button does nothing, and never asks a form that has the rows', async () => {
    const template = fiveRowTemplate();
    const tab = fixture11(false);
    const report = ok(await fillTab(request(template), deps(tab, template)));
    expect(tab.count('frame.grow')).toBe(1);
    expect(submitted(tab.doc(0), 'dt_date_0')).toBe('2026-09-20');
    expect(tab.doc(0).querySelectorAll('#detailBody tr')).toHaveLength(1);
    expect(report.rows.filter((r) => /\[[2-5]\]$/.test(r.key))).toEqual([]);
    expect(report.counts.mismatch).toBe(0);

    const oneRow = { ...template, values: Object.fromEntries(Object.entries(template.values).filter(([k]) => !/\[[2-5]\]$/.test(k))) };
    const plain = fixture11();
    ok(await fillTab(request(oneRow), deps(plain, oneRow)));
    expect(plain.count('frame.grow')).toBe(0);
    expect(plain.doc(0).querySelectorAll('#detailBody tr')).toHaveLength(1);
  });
});

describe('fields that appear during a template fill', () => {
  it('fills a field a choice reveals, in the same fill', async () => {
    const template = fiveRowTemplate({ 'expense.approvalNumber': 'SP-2026-091' });
    const tab = fixture11();
    const doc = tab.doc(0);
    removeField(doc, 'bx_approval');
    doc.getElementById('bx_type')!.addEventListener('change', () => revealField(doc, '关联审批单号', 'late_approval'));
    const report = ok(await fillTab(request(template), deps(tab, template)));
    expect(submitted(doc, 'late_approval')).toBe('SP-2026-091');
    expect(report.rows.filter((r) => r.name === 'late_approval').map((r) => [r.key, r.status])).toEqual([['expense.approvalNumber', 'verified']]);
    // nothing is reported twice
    const ids = report.rows.map((r) => `${r.frameId}|${r.selector}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stops after two more rounds when each fill reveals yet another field', async () => {
    const template = fiveRowTemplate({ 'expense.approvalNumber': 'SP-2026-091', 'expense.invoiceCount': '5' });
    const tab = fixture11();
    const doc = tab.doc(0);
    for (const id of ['bx_approval', 'bx_invoices', 'bx_reason']) removeField(doc, id);
    // a chain: 报销类型 reveals 关联审批单号, which reveals 附件张数, which reveals 报销事由
    doc.getElementById('bx_type')!.addEventListener('change', () => revealField(doc, '关联审批单号', 'late_approval'));
    doc.addEventListener('change', (e) => {
      const name = (e.target as HTMLInputElement).name;
      if (name === 'late_approval') revealField(doc, '附件张数', 'late_invoices');
      if (name === 'late_invoices') revealField(doc, '报销事由', 'late_reason');
    });
    const report = ok(await fillTab(request(template), deps(tab, template)));
    expect([submitted(doc, 'late_approval'), submitted(doc, 'late_invoices')]).toEqual(['SP-2026-091', '5']);
    expect(doc.getElementsByName('late_reason')).toHaveLength(1);
    expect(submitted(doc, 'late_reason'), 'a third round is not run').toBe('');
    expect(tab.count('frame.collect')).toBe(1 + 1 + 2);
    expect(report.rows.some((r) => r.name === 'late_reason')).toBe(false);
  });

  it('collects no more when nothing appeared', async () => {
    const template = fiveRowTemplate();
    const tab = fixture11();
    ok(await fillTab(request(template), deps(tab, template)));
    // the first collect, and the one after the rows were added
    expect(tab.count('frame.collect')).toBe(2);
    expect(tab.count('frame.apply')).toBe(1);
  });
});
