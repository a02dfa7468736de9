import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_STANDARD_ID } from '../../../core/rules/default-standard';
import { parseStandardsFile, STANDARDS_FILE_FORMAT } from '../../../core/rules/standards-file';
import { exampleTemplates } from '../../../core/templates/examples';
import { openRepos, type Repos } from '../../../storage/repos';
import { wipeAll } from '../../../storage/maintenance';
import { commitStandardsImport, ensureSeeded, planStandardsImport, seedExamples } from '../../../storage/standards-store';
import { freshDb, steppingClock } from './synthetic';

let repos: Repos;
beforeEach(() => {
  repos = openRepos(freshDb(), steppingClock());
});
afterEach(() => repos.db.delete());

function entries(standards: unknown[]) {
  const parsed = parseStandardsFile({ format: STANDARDS_FILE_FORMAT, schemaVersion: 1, standards });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.standards;
}

describe('seeding the examples', () => {
  it('fills empty tables once: the example standard and every starter template', async () => {
    expect(await seedExamples(repos.db)).toEqual({ standards: 1, templates: exampleTemplates().length });
    expect(await seedExamples(repos.db)).toEqual({ standards: 0, templates: 0 });
    const [example] = await repos.standards.list();
    expect(example).toMatchObject({ id: EXAMPLE_STANDARD_ID, isExample: true });
    expect(example!.name).toContain('示例');
    expect(await repos.templates.list()).toHaveLength(exampleTemplates().length);
  });

  it('leaves a table alone when it holds anything, tombstones included', async () => {
    const t = await repos.templates.save({ name: '自拟模板', visitType: '其他' });
    if (!t.ok) throw new Error('save failed');
    await repos.templates.delete(t.record.id);
    expect(await seedExamples(repos.db)).toEqual({ standards: 1, templates: 0 });
    expect(await repos.templates.list()).toEqual([]);
  });

  it('seeds once for callers at the same time, and again after everything was erased', async () => {
    const results = await Promise.all([ensureSeeded(repos.db), ensureSeeded(repos.db), ensureSeeded(repos.db)]);
    expect(results.reduce((n, r) => n + r.standards, 0)).toBe(1);
    expect(await repos.db.standards.count()).toBe(1);
    expect(await repos.db.templates.count()).toBe(exampleTemplates().length);
    expect(await ensureSeeded(repos.db)).toEqual({ standards: 0, templates: 0 });
    await wipeAll(repos.db);
    expect(await ensureSeeded(repos.db)).toEqual({ standards: 1, templates: exampleTemplates().length });
  });
});

describe('importing a standards file', () => {
  const office = { id: 'office-2026-v1', name: '本单位标准（2026）', effectiveFrom: '2026-01-01' };

  it('plans replacements by id, deleted versions included', async () => {
    await seedExamples(repos.db);
    await repos.standards.delete(EXAMPLE_STANDARD_ID);
    const plan = await planStandardsImport(repos.db, entries([office, { name: '无编号', effectiveFrom: '2027-01-01' }, { ...office, id: EXAMPLE_STANDARD_ID, effectiveFrom: '2000-01-01', isExample: true }]));
    expect(plan.map((p) => p.replaces)).toEqual([false, false, true]);
    expect(await repos.db.standards.count()).toBe(1);
  });

  it('writes every version, keeping the creation time of one it replaces and the versions not in the file', async () => {
    await seedExamples(repos.db);
    const first = await commitStandardsImport(repos.db, entries([office]), steppingClock(1_000));
    const second = await commitStandardsImport(repos.db, entries([{ ...office, name: '本单位标准（2026 修订）' }, { name: '下一版', effectiveFrom: '2027-01-01' }]), steppingClock(9_000));
    expect(second[0]).toMatchObject({ id: 'office-2026-v1', createdAt: first[0]!.createdAt, name: '本单位标准（2026 修订）' });
    expect(second[0]!.updatedAt).toBeGreaterThan(first[0]!.updatedAt);
    expect(second[1]!.id).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    const names = (await repos.standards.list()).map((s) => s.name);
    expect(names).toHaveLength(3);
    expect(names).toEqual(expect.arrayContaining(['下一版', '本单位标准（2026 修订）', expect.stringContaining('示例标准')]));
  });
});
