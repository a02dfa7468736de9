import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Standard } from '../../../core/model/standard';
import { EXAMPLE_STANDARD_ID } from '../../../core/rules/default-standard';
import { STANDARDS_FILE_FORMAT } from '../../../core/rules/standards-file';
import { createDispatcher } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import type { RequestName, RequestPayload, Responses } from '../../../messaging/protocol';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, syntheticIdNumber } from '../storage/synthetic';

/**
 * The template, standard, visit-record and check requests through the real dispatcher (guard
 * included) over a throwaway database: what the options page sees.
 */

let repos: Repos;
let send: <N extends RequestName>(type: N, payload: RequestPayload<N>) => Promise<Responses[N]>;
let sendAsContent: (type: string, payload: unknown) => Promise<unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  repos = openRepos(freshDb());
  const base = fakeBrowser.runtime.getURL('/');
  const dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  send = async (type, payload) => {
    const answer = await dispatch({ type, payload }, { id: fakeBrowser.runtime.id, url: `${base}options.html` });
    // As messaging/client.ts: an answer with an `error` field is a failed request.
    if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(`${type}: ${JSON.stringify(answer)}`);
    return answer as never;
  };
  sendAsContent = (type, payload) =>
    dispatch({ type, payload }, { id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8765/form', tab: { id: 3 }, frameId: 0 });
});
afterEach(() => repos.db.delete());

/** A synthetic cadre in the ledger (invented name and ID number). */
async function addCadre(overrides: Record<string, unknown> = {}): Promise<string> {
  const r = await repos.cadres.create({ name: '欧阳试算', category: '退休', rank: '厅局级', idNumber: syntheticIdNumber('19400312', 131), ...overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.id;
}

/** A complete 住院看望 form of a cadre, with the amount given. */
function hospitalForm(name: string, amount: string, date = '2025-06-10'): Record<string, string> {
  return {
    'cadre.name': name,
    'visit.type': '住院看望',
    'visit.hospitalTier': '一般',
    'visit.date': date,
    'visit.applyDate': date,
    'visit.form': '慰问金',
    'visit.amount': amount,
    'visit.reason': '住院看望',
    'visit.hospital': '省人民医院',
    'visit.admissionDate': '2025-06-01',
  };
}

const ruleIds = (findings: { ruleId: string; severity: string }[]) => findings.map((f) => `${f.ruleId}:${f.severity}`);

/** The stored example with one per-visit cap changed, as the standards editor saves it. */
function withHospitalCap(s: Standard, cap: number): Record<string, unknown> {
  const { id: _i, createdAt: _c, updatedAt: _u, ...fields } = s;
  return { ...fields, perVisitCaps: s.perVisitCaps.map((c) => (c.visitType === '住院看望' && c.tier === '一般' ? { ...c, cap } : c)) };
}

describe('seeding', () => {
  it('lists the example standard, labelled as an example, and the starter templates on a new installation, once', async () => {
    const [a, b] = await Promise.all([send('standard.list', {}), send('standard.list', {})]);
    expect(a.standards.map((s) => s.id)).toEqual([EXAMPLE_STANDARD_ID]);
    expect(b.standards).toHaveLength(1);
    expect(a.standards[0]!.isExample).toBe(true);
    const { templates } = await send('template.list', {});
    expect(templates.length).toBeGreaterThanOrEqual(8);
    expect(new Set(templates.map((t) => t.visitType)).size).toBe(7);
    expect((await send('template.list', {})).templates).toHaveLength(templates.length);
  });

  it('never brings back an example the office deleted', async () => {
    await send('standard.list', {});
    expect(await send('standard.delete', { id: EXAMPLE_STANDARD_ID })).toEqual({ deleted: true });
    expect((await send('standard.list', {})).standards).toEqual([]);
  });
});

describe('visit.check', () => {
  it('uses the cap as edited: the next check after a save reads the new figure', async () => {
    const cadreId = await addCadre();
    const form = hospitalForm('欧阳试算', '900');
    const first = await send('visit.check', { form, cadreId });
    expect(first.standard).toMatchObject({ id: EXAMPLE_STANDARD_ID, isExample: true });
    expect(ruleIds(first.findings)).toContain('per-visit-cap:warn');
    expect(first.findings.find((f) => f.ruleId === 'per-visit-cap')?.message).toContain('1,000.00');

    const [example] = (await send('standard.list', {})).standards;
    const saved = await send('standard.save', { id: example!.id, expectedUpdatedAt: example!.updatedAt, input: withHospitalCap(example!, 800) });
    expect(saved.ok).toBe(true);

    const second = await send('visit.check', { form, cadreId });
    const cap = second.findings.find((f) => f.ruleId === 'per-visit-cap');
    expect(cap?.severity).toBe('block');
    expect(cap?.message).toContain('800.00');
  });

  it('counts the visit records entered by hand against the annual cap, and stops counting a deleted one', async () => {
    const cadreId = await addCadre();
    const festival = (date: string, amount: string) => ({
      'cadre.name': '欧阳试算',
      'visit.type': '节日慰问',
      'visit.festival': '国庆',
      'visit.date': date,
      'visit.form': '慰问品',
      'visit.goodsValue': amount,
      'visit.reason': '国庆慰问',
    });
    const before = await send('visit.check', { form: festival('2025-09-28', '300'), cadreId });
    expect(ruleIds(before.findings).filter((r) => r.startsWith('annual-cap'))).toEqual([]);

    const earlier = await send('visit.save', {
      input: { cadreId, visitType: '节日慰问', festival: '春节', date: '2025-01-20', goodsValue: 1800, form: '慰问品', source: 'manual' },
    });
    if (!earlier.ok) throw new Error('save failed');
    const after = await send('visit.check', { form: festival('2025-09-28', '300'), cadreId });
    expect(after.historySize).toBe(1);
    const annual = after.findings.find((f) => f.ruleId === 'annual-cap');
    expect(annual?.severity).toBe('block');
    expect(annual?.message).toContain('1,800.00');

    await send('visit.delete', { id: earlier.record.id });
    const gone = await send('visit.check', { form: festival('2025-09-28', '300'), cadreId });
    expect(gone.historySize).toBe(0);
    expect(gone.findings.some((f) => f.ruleId === 'annual-cap')).toBe(false);
  });

  it('reads only the checked cadre’s records', async () => {
    const mine = await addCadre();
    const other = await addCadre({ name: '司马旁人', idNumber: syntheticIdNumber('19410101', 133) });
    for (const cadreId of [other, other, mine])
      await send('visit.save', { input: { cadreId, visitType: '困难帮扶', date: '2025-03-01', amount: 100, source: 'manual' } });
    const res = await send('visit.check', { form: hospitalForm('欧阳试算', '100'), cadreId: mine });
    expect(res.historySize).toBe(1);
  });

  it('checks against the version in force on the visit day', async () => {
    const cadreId = await addCadre();
    const saved = await send('standard.save', {
      input: { name: '本单位标准（2025-07 起）', effectiveFrom: '2025-07-01', perVisitCaps: [{ visitType: '住院看望', cap: 500 }] },
    });
    expect(saved.ok).toBe(true);
    const june = await send('visit.check', { form: hospitalForm('欧阳试算', '900', '2025-06-30'), cadreId });
    const july = await send('visit.check', { form: hospitalForm('欧阳试算', '900', '2025-07-01'), cadreId });
    expect(june.standard?.isExample).toBe(true);
    expect(july.standard?.name).toBe('本单位标准（2025-07 起）');
    expect(july.findings.find((f) => f.ruleId === 'per-visit-cap')?.severity).toBe('block');
    expect(june.findings.find((f) => f.ruleId === 'per-visit-cap')?.severity).toBe('warn');
  });

  it('is refused to a content script, like every request of this area', async () => {
    for (const [type, payload] of [
      ['visit.check', { form: {} }],
      ['standard.save', { input: {} }],
      ['standard.import', { text: '{}', commit: true }],
      ['visit.list', { cadreId: 'cadre00001' }],
      ['template.list', {}],
    ] as const)
      expect(await sendAsContent(type, payload)).toEqual({ error: 'forbidden', key: 'err_forbidden' });
  });
});

describe('visit records', () => {
  it('are listed per cadre and year, edited with conflict detection, and deleted to tombstones', async () => {
    const cadreId = await addCadre();
    const input = { cadreId, visitType: '生日寿辰', tier: '90', date: '2024-03-12', amount: 500, source: 'manual' };
    const a = await send('visit.save', { input });
    const b = await send('visit.save', { input: { ...input, visitType: '困难帮扶', tier: undefined, date: '2025-05-01' } });
    if (!a.ok || !b.ok) throw new Error('save failed');
    expect((await send('visit.list', { cadreId })).visits.map((v) => v.date)).toEqual(['2024-03-12', '2025-05-01']);
    expect((await send('visit.list', { cadreId, year: 2025 })).visits.map((v) => v.id)).toEqual([b.record.id]);

    const edited = await send('visit.save', { id: a.record.id, expectedUpdatedAt: a.record.updatedAt, input: { ...input, amount: 600 } });
    expect(edited.ok && edited.record.amount).toBe(600);
    const stale = await send('visit.save', { id: a.record.id, expectedUpdatedAt: a.record.updatedAt, input: { ...input, amount: 700 } });
    expect(stale).toMatchObject({ ok: false, conflict: true });

    expect(await send('visit.delete', { id: a.record.id })).toEqual({ deleted: true });
    expect((await send('visit.list', { cadreId, year: 2024 })).visits).toEqual([]);
    expect((await repos.visits.all()).find((v) => v.id === a.record.id)).toMatchObject({ id: a.record.id, deletedAt: expect.any(Number) });
  });

  it('are refused for a cadre not in the ledger, and when invalid, with the field named', async () => {
    const unknown = await send('visit.save', { input: { cadreId: 'nobody-0001', visitType: '其他', date: '2025-01-01', source: 'manual' } });
    expect(unknown).toEqual({ ok: false, problems: [{ path: 'cadreId', key: 'err_cadre_not_found' }] });
    const cadreId = await addCadre();
    const bad = await send('visit.save', { input: { cadreId, visitType: '其他', date: '2025-02-30', amount: -1, source: 'manual' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.path).sort()).toEqual(['amount', 'date']);
    expect(await repos.visits.all()).toEqual([]);
  });
});

describe('standards file', () => {
  const file = (standards: unknown[]) => JSON.stringify({ format: STANDARDS_FILE_FORMAT, schemaVersion: 1, standards });
  const office = { id: 'office-2026-v1', name: '本单位标准（2026）', effectiveFrom: '2026-01-01', perVisitCaps: [{ visitType: '住院看望', cap: 1200, ref: '第八条' }] };

  it('refuses a malformed file naming the bad field, and leaves the standards in use unchanged', async () => {
    const before = (await send('standard.list', {})).standards;
    const res = await send('standard.import', {
      text: file([office, { ...office, id: 'office-2026-v2', effectiveFrom: '2026-07-01', perVisitCaps: [{ visitType: '住院看望', cap: -5 }] }]),
      commit: true,
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.refusal.path).toBe('standards[1].perVisitCaps[0].cap');
    expect(res.refusal.message).toContain('第 2 个版本 › 单次上限 第 1 项 › 上限金额');
    expect((await send('standard.list', {})).standards).toEqual(before);
  });

  it('previews without writing, commits all versions, and re-importing by id updates instead of duplicating', async () => {
    await send('standard.list', {});
    const preview = await send('standard.import', { text: file([office]), commit: false });
    expect(preview).toMatchObject({ ok: true, added: 1, updated: 0, committed: false });
    expect((await send('standard.list', {})).standards).toHaveLength(1);

    expect(await send('standard.import', { text: file([office]), commit: true })).toMatchObject({ ok: true, added: 1, committed: true });
    const again = await send('standard.import', { text: file([{ ...office, name: '本单位标准（2026 修订）' }]), commit: true });
    expect(again).toMatchObject({ ok: true, added: 0, updated: 1 });
    const names = (await send('standard.list', {})).standards.map((s) => s.name);
    expect(names).toEqual([expect.stringContaining('示例标准'), '本单位标准（2026 修订）']);
  });

  it('exports what it imports', async () => {
    await send('standard.import', { text: file([office]), commit: true });
    const exported = await send('standard.export', {});
    expect(exported.fileName).toMatch(/^carefill-standards-\d{4}-\d{2}-\d{2}\.json$/);
    const reread = await send('standard.import', { text: exported.text, commit: false });
    expect(reread).toMatchObject({ ok: true, added: 0, updated: 2 });
  });
});

describe('templates', () => {
  it('are saved with validation, listed by visit type, and deleted', async () => {
    const bad = await send('template.save', { input: { name: '', visitType: '住院看望', tier: '春节' } });
    expect(!bad.ok && bad.problems.map((p) => p.key).sort()).toEqual(['err_required', 'err_tier_for_type']);
    const ok = await send('template.save', { input: { name: '手术看望', visitType: '住院看望', tier: '手术', values: { 'visit.reason': '看望{{姓名}}' } } });
    if (!ok.ok) throw new Error('save failed');
    const list = (await send('template.list', {})).templates;
    const types = list.map((t) => t.visitType);
    expect(types).toEqual([...types].sort((a, b) => ['节日慰问', '住院看望', '生日寿辰', '去世吊唁', '困难帮扶', '遗属慰问', '其他'].indexOf(a) - ['节日慰问', '住院看望', '生日寿辰', '去世吊唁', '困难帮扶', '遗属慰问', '其他'].indexOf(b)));
    expect(list.some((t) => t.id === ok.record.id)).toBe(true);
    expect(await send('template.delete', { id: ok.record.id })).toEqual({ deleted: true });
    expect((await send('template.list', {})).templates.some((t) => t.id === ok.record.id)).toBe(false);
  });
});
