import { describe, expect, it } from 'vitest';
import { buildCadre } from '../../../core/ledger/build-cadre';
import { planImport, type ImportLookup } from '../../../core/ledger/import-plan';
import type { Cadre } from '../../../core/model/cadre';
import { syntheticIdNumber } from '../storage/synthetic';

const NOW = Date.UTC(2026, 10, 29);
const idA = syntheticIdNumber('19400101', 11);
const idB = syntheticIdNumber('19410202', 22);
const idC = syntheticIdNumber('19420303', 33);

function stored(input: Record<string, unknown>, id: string, updatedAt = 100): Cadre {
  const r = buildCadre(input, { id, createdAt: 50, updatedAt });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.cadre;
}

const existing = stored({ name: '王卫东', category: '退休', idNumber: idA, notes: '本地备注' }, 'existing01');
const lookup: ImportLookup = {
  byIdNumber: new Map([[idA, existing]]),
  byId: new Map([['existing01', existing]]),
  takenIds: new Set(['existing01', 'tombstone1']),
};
let counter = 0;
const makeId = () => `newid${String(++counter).padStart(4, '0')}`;

describe('planImport', () => {
  it('adds new rows, updates by ID number, reports errors with 1-based rows', () => {
    const plan = planImport(
      [
        { name: '李秀英', category: '离休', idNumber: idB },
        { name: '王卫东', category: '退休', idNumber: idA.toLowerCase(), rank: '县处级' },
        { name: '', category: '退休' },
        'not an object',
        { name: '赵六', category: '在职' },
      ],
      lookup,
      { now: NOW, makeId },
    );
    expect(plan.total).toBe(5);
    expect(plan.toAdd.map((c) => c.name)).toEqual(['李秀英']);
    expect(plan.toAdd[0]).toMatchObject({ birthDate: '1941-02-02', gender: '女', pinyin: 'lixiuying', createdAt: NOW, updatedAt: NOW });
    expect(plan.toUpdate).toHaveLength(1);
    // the update keeps the cadre's identity and the fields the file does not mention
    expect(plan.toUpdate[0]).toMatchObject({ id: 'existing01', createdAt: 50, rank: '县处级', notes: '本地备注' });
    expect(plan.toUpdate[0]!.updatedAt).toBe(NOW);
    expect(plan.errors.map((e) => e.row)).toEqual([3, 4, 5]);
    // an empty cell is a missing value
    expect(plan.errors[0]!.problems).toContainEqual({ path: 'name', key: 'err_required' });
    expect(plan.errors[1]!.problems).toEqual([{ path: '', key: 'err_import_not_object' }]);
    expect(plan.errors[2]!.problems).toContainEqual({ path: 'category', key: 'err_choose_one' });
  });

  it('refuses a row that repeats an earlier row of the file', () => {
    const plan = planImport(
      [
        { name: '陈建国', category: '退休', idNumber: idC },
        { name: '陈建国', category: '退休', idNumber: idC },
        { name: '王卫东', category: '退休', idNumber: idA },
        { id: 'existing01', name: '王卫东', category: '退休' },
      ],
      lookup,
      { now: NOW, makeId },
    );
    expect(plan.toAdd).toHaveLength(1);
    // row 3 names the stored cadre with the fields it already has
    expect(plan.toUpdate).toHaveLength(0);
    expect(plan.unchanged).toBe(1);
    expect(plan.duplicates).toEqual([
      { row: 2, sameAs: 1 },
      { row: 4, sameAs: 3 },
    ]);
    expect(plan.errors[0]).toEqual({ row: 2, problems: [{ path: 'idNumber', key: 'err_import_duplicate', subs: ['1'] }] });
  });

  it('keeps a carried id when it is free, never reuses a taken one, and ignores envelope fields', () => {
    const plan = planImport(
      [
        { id: 'fromfile01', createdAt: 1, updatedAt: 2, pinyin: 'x', initials: 'x', name: '周文华', category: '退休' },
        { id: 'tombstone1', name: '吴玉梅', category: '退休' },
        { id: 'bad id!', name: '黄德明', category: '退休', phones: null, notes: '' },
      ],
      lookup,
      { now: NOW, makeId },
    );
    expect(plan.errors).toEqual([]);
    const ids = plan.toAdd.map((c) => c.id);
    expect(ids[0]).toBe('fromfile01');
    expect(ids[1]).not.toBe('tombstone1');
    expect(ids[2]).toMatch(/^newid/);
    expect(plan.toAdd[0]!.pinyin).toBe('zhouwenhua');
  });
});
