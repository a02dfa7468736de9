// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimFormValues } from '../../../core/expense/values';
import { idCheckChar } from '../../../core/model/validators/id-number';
import { checkFilledForm, claimVisits, markClaimed, previewClaim } from '../../../entrypoints/background/fill/claim-data';
import { fillClaimTab } from '../../../entrypoints/background/fill/claim-fill';
import { siteMapStore } from '../../../entrypoints/background/fill/site-maps';
import { CareFillDB } from '../../../storage/db';
import { openRepos, type Repos } from '../../../storage/repos';
import { parseGolden, PAGES_DIR } from '../../fixtures/oa/fill-data';
import { expenseRowsPage } from '../../fixtures/oa/routes/expense-rows';
import { FakeTab, submitted } from '../fill-engine/fake-tab';

/**
 * A claim from the background's side: visits from the database, the preview with its checks,
 * fixture 11 filled over the real engine (its add-row button wired by the test, since the test
 * DOM runs no page scripts), and the visits marked claimed once.
 */

const TODAY = '2026-11-29';
interface Data {
  office: { handlerName: string; department: string; contactIntervalMonths: number };
  cadres: { name: string; birthDate: string; seq: string }[];
  visits: { cadre: number; date: string; amount: number; goodsValue: number; form: string; goods?: string; oaFormNumber?: string }[];
}
const DATA = JSON.parse(readFileSync(join(PAGES_DIR, 'expense-rows.visits.json'), 'utf8')) as Data;

let db: CareFillDB;
let repos: Repos;
beforeEach(() => {
  db = new CareFillDB();
  repos = openRepos(db);
});
afterEach(async () => {
  await db.delete();
});

/** Stores the fixture's cadres and visits; the visit ids in the file's order. */
async function seed(): Promise<string[]> {
  await repos.settings.update({ handlerName: DATA.office.handlerName, department: DATA.office.department });
  const cadreIds: string[] = [];
  for (const c of DATA.cadres) {
    const first17 = `420106${c.birthDate.replaceAll('-', '')}${c.seq}`;
    const res = await repos.cadres.create({ name: c.name, category: '退休', idNumber: first17 + idCheckChar(first17), birthDate: c.birthDate });
    if (!res.ok) throw new Error(JSON.stringify(res));
    cadreIds.push(res.id);
  }
  const ids: string[] = [];
  for (const v of DATA.visits) {
    const { cadre, ...rest } = v;
    const res = await repos.visits.save({ ...rest, cadreId: cadreIds[cadre], visitType: '节日慰问', festival: '中秋', source: 'manual' });
    if (!res.ok) throw new Error(JSON.stringify(res));
    ids.push(res.record.id);
  }
  return ids;
}

/** Fixture 11 in a fake tab, its 添加明细 button doing what the page's script does. */
function fixture11(): FakeTab {
  const html = expenseRowsPage('/forms/expense-rows')!.replace(/<script[\s\S]*?<\/script>/g, '');
  const tab = new FakeTab([{ frameId: 0, url: 'http://127.0.0.1:8765/forms/expense-rows', html }]);
  const doc = tab.doc(0);
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

describe('claim over the database', () => {
  it('lists unclaimed visits with names and previews a clean claim', async () => {
    const ids = await seed();
    const rows = await claimVisits(repos, { year: 2026, festival: '中秋', unclaimedOnly: true });
    expect(rows.map((r) => r.cadreName)).toEqual(['测试甲一', '测试乙二', '测试丙三', '测试丁四', '测试戊五']);
    const preview = await previewClaim(repos, ids, {}, TODAY);
    expect(preview.claim.totalFen).toBe(310050);
    expect(preview.claim.claimant).toBe('周晓燕');
    expect(preview.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['claim-budget:info']);
    expect(preview.blocked).toBe(false);
  });

  it('marks the visits claimed once, and refuses a second claim of them', async () => {
    const ids = await seed();
    expect(await markClaimed(repos, ids, 'BX-2026-001', {}, TODAY)).toEqual({ ok: true, marked: 5, claimId: 'BX-2026-001' });
    const stored = await repos.visits.get(ids[0]!);
    expect([stored?.claimedIn, stored?.claimedBudgetItem, stored?.claimedOn]).toEqual(['BX-2026-001', '离退休干部经费', TODAY]);
    const again = await markClaimed(repos, ids.slice(0, 2), 'BX-2026-002', {}, TODAY);
    expect(again.ok).toBe(false);
    expect(!again.ok && again.preview?.findings.filter((f) => f.ruleId === 'claim-double')).toHaveLength(2);
    expect((await claimVisits(repos, { year: 2026 })).length).toBe(0);
  });

  it('blocks a claim over the annual budget, counting what was claimed before', async () => {
    const ids = await seed();
    await repos.settings.update({ budgets: [{ item: '离退休干部经费', year: 2026, amount: 1500 }] });
    expect((await markClaimed(repos, ids.slice(0, 2), 'BX-1', {}, TODAY)).ok).toBe(true); // 1000 of 1500
    const preview = await previewClaim(repos, ids.slice(2, 3), {}, TODAY); // 800 more
    expect(preview.blocked).toBe(true);
    expect(preview.findings[0]!.message).toContain('超出 300.00 元');
    expect((await previewClaim(repos, ids.slice(3, 4), {}, TODAY)).blocked).toBe(false); // 300.50 fits
  });
});

describe('fixture 11: five rows from one', () => {
  it('adds four rows with the page button and fills every golden value', async () => {
    const ids = await seed();
    const preview = await previewClaim(repos, ids, {}, TODAY);
    const tab = fixture11();
    const res = await fillClaimTab(7, claimFormValues(preview.claim), false, { tab, siteMaps: siteMapStore(repos), now: () => 0 });
    if (!res.ok) throw new Error(res.key);
    expect(res.rowsAdded).toBe(4);
    expect(res.missing).toEqual([]);
    const golden = parseGolden(readFileSync(join(PAGES_DIR, 'expense-rows.golden.txt'), 'utf8'), TODAY);
    const doc = tab.doc(0);
    // 金额大写 is written by the page's script, which the test DOM does not run
    const checked = golden.filter((g) => g.name !== 'bx_total_upper');
    expect(checked.map((g) => `${g.name}=${submitted(doc, g.name)}`)).toEqual(checked.map((g) => `${g.name}=${g.expected}`));
    expect(res.counts.mismatch).toBe(0);
    expect((await checkFilledForm(repos, preview.claim, res.rows)).map((f) => f.ruleId)).toEqual(['claim-budget']);
  });

  it('checks what the form holds after the fill: a page that rounds amounts is caught', async () => {
    const ids = await seed();
    const preview = await previewClaim(repos, ids, {}, TODAY);
    const tab = fixture11();
    // this page keeps whole yuan only, silently, a moment after each amount is typed
    tab.doc(0).addEventListener('change', (e) => {
      const el = e.target as HTMLInputElement;
      if (el.name?.startsWith('dt_amount_')) el.value = String(Math.floor(Number(el.value))) + '.00';
    });
    const res = await fillClaimTab(7, claimFormValues(preview.claim), false, { tab, siteMaps: siteMapStore(repos), now: () => 0 });
    if (!res.ok) throw new Error(res.key);
    const found = await checkFilledForm(repos, preview.claim, res.rows);
    expect(found.filter((f) => f.ruleId === 'claim-row-match').map((f) => f.message)).toEqual(['第 4 行：金额“300.00”与慰问记录的 300.50 元不一致']);
    expect(found.some((f) => f.ruleId === 'claim-total-sum')).toBe(true);
  });

  it('fills what fits when the page has no add-row control', async () => {
    const ids = await seed();
    const preview = await previewClaim(repos, ids, {}, TODAY);
    const html = expenseRowsPage('/forms/expense-rows')!.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<input[^>]*id="addRowBtn"[^>]*>/, '');
    const tab = new FakeTab([{ frameId: 0, url: 'http://127.0.0.1:8765/forms/expense-rows', html }]);
    const res = await fillClaimTab(7, claimFormValues(preview.claim), false, { tab, siteMaps: siteMapStore(repos), now: () => 0 });
    if (!res.ok) throw new Error(res.key);
    expect(res.rowsAdded).toBe(0);
    expect(res.missing).toEqual(expect.arrayContaining(['expense.row.date[2]', 'expense.row.amount[5]', 'expense.row.recipient[5]']));
    expect(submitted(tab.doc(0), 'dt_date_0')).toBe('2026-09-20');
  });

  it('fills a field that appears while the claim is written, in the same fill', async () => {
    const ids = await seed();
    const preview = await previewClaim(repos, ids, {}, TODAY);
    const tab = fixture11();
    const doc = tab.doc(0);
    // the page shows 关联审批单号 only once 报销类型 is chosen
    const approvalCell = doc.getElementById('bx_approval')!.closest('td')!;
    approvalCell.previousElementSibling!.textContent = '';
    approvalCell.replaceChildren();
    doc.getElementById('bx_type')!.addEventListener('change', () => {
      doc.querySelector('#mainTable tbody')!.insertAdjacentHTML('beforeend', '<tr><td class="fieldnameClass">关联审批单号</td><td colspan="3"><input name="late_approval"></td></tr>');
    });
    const res = await fillClaimTab(7, claimFormValues(preview.claim), false, { tab, siteMaps: siteMapStore(repos), now: () => 0 });
    if (!res.ok) throw new Error(res.key);
    expect(submitted(doc, 'late_approval')).toBe('SP-2026-091、SP-2026-092');
    expect(res.rows.filter((r) => r.name === 'late_approval').map((r) => [r.key, r.status])).toEqual([['expense.approvalNumber', 'verified']]);
    expect(submitted(doc, 'dt_person_4')).toBe('测试戊五');
  });
});
