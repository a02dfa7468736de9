import { describe, expect, it } from 'vitest';
import { buildCadre, inputFieldsOf } from '../../../core/ledger/build-cadre';
import { planImport, type ImportLookup } from '../../../core/ledger/import-plan';
import { cadre, type Cadre } from '../../../core/model';
import { generateLedger } from '../../../core/synth';
import { syntheticIdNumber } from '../storage/synthetic';

const NOW = Date.UTC(2026, 10, 29);
const TODAY = '2026-11-29';
const idA = syntheticIdNumber('19400101', 11);

function stored(input: Record<string, unknown>, id: string): Cadre {
  const r = buildCadre(input, { id, createdAt: 50, updatedAt: 100 }, TODAY);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.cadre;
}

const existing = stored(
  {
    name: '王卫东',
    category: '退休',
    idNumber: idA,
    health: { status: '一般', conditions: ['高血压'], hospitalisations: [{ admittedOn: '2025-01-02', hospital: '市第一医院' }] },
  },
  'existing01',
);
const lookup: ImportLookup = { byIdNumber: new Map([[idA, existing]]), byId: new Map([['existing01', existing]]), takenIds: new Set(['existing01']) };

describe('planImport on spreadsheet rows', () => {
  it('counts a row that changes nothing as unchanged, not as an update', () => {
    const plan = planImport([{ name: '王卫东', category: '退休', idNumber: idA, health: { status: '一般' } }], lookup, { now: NOW, today: TODAY });
    expect(plan).toMatchObject({ toAdd: [], toUpdate: [], unchanged: 1, errors: [] });
  });

  it('changes only the nested members a row names: hospitalisations survive a 健康状况 column', () => {
    const plan = planImport([{ name: '王卫东', category: '退休', idNumber: idA, health: { status: '长年有病' } }], lookup, { now: NOW, today: TODAY });
    expect(plan.unchanged).toBe(0);
    expect(plan.toUpdate[0]!.health).toEqual({ status: '长年有病', conditions: ['高血压'], hospitalisations: existing.health.hospitalisations });
  });

  it('reports errors and duplicates by the row labels it is given', () => {
    const plan = planImport(
      [
        { name: '李秀英', category: '离休' },
        { name: '', category: '离休' },
        { name: '王卫东', category: '退休', idNumber: idA },
        { name: '王卫东', category: '退休', idNumber: idA },
      ],
      lookup,
      { now: NOW, today: TODAY, rowLabels: [3, 5, 6, 9] },
    );
    expect(plan.errors.map((e) => e.row)).toEqual([5, 9]);
    expect(plan.duplicates).toEqual([{ row: 9, sameAs: 6 }]);
    expect(plan.errors[1]!.problems[0]).toMatchObject({ key: 'err_import_duplicate', subs: ['6'] });
  });
});

describe('buildCadre', () => {
  it('builds what the stored-cadre schema accepts unchanged', () => {
    const { cadres } = generateLedger({ count: 300, seed: 9, history: false });
    for (const { id, ...input } of cadres) {
      const r = buildCadre(input, { id, createdAt: 1, updatedAt: 2 }, TODAY);
      expect(r.ok).toBe(true);
      if (r.ok) expect(cadre.parse(r.cadre)).toEqual(r.cadre);
    }
  });

  it('derives birth date and gender from the ID number; inputFieldsOf gives back the input', () => {
    const r = buildCadre({ name: '李 四', category: '退休', idNumber: idA.toLowerCase() }, { id: 'abcdefgh', createdAt: 1, updatedAt: 2 }, TODAY);
    expect(r.ok && r.cadre).toMatchObject({ idNumber: idA, birthDate: '1940-01-01', gender: '男', pinyin: 'lisi', initials: 'ls' });
    if (r.ok) expect(inputFieldsOf(r.cadre)).not.toHaveProperty('pinyin');
  });
});
