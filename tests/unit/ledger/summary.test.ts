import { describe, expect, it } from 'vitest';
import { buildCadre } from '../../../core/ledger/build-cadre';
import { toSummary } from '../../../core/ledger/summary';
import { syntheticIdNumber } from '../storage/synthetic';

describe('toSummary', () => {
  it('masks the ID number and keeps what lists show', () => {
    const id = syntheticIdNumber('19450808', 21);
    const built = buildCadre(
      { name: '赵卫东', category: '离休', rank: '厅局级', originalUnit: '省直机关某厅', idNumber: id },
      { id: 'cadre0001', createdAt: 1, updatedAt: 2 },
    );
    if (!built.ok) throw new Error('fixture must be valid');
    const s = toSummary(built.cadre);
    expect(s).toEqual({
      id: 'cadre0001',
      name: '赵卫东',
      gender: '男',
      category: '离休',
      rank: '厅局级',
      originalUnit: '省直机关某厅',
      birthDate: '1945-08-08',
      idMasked: `${id.slice(0, 6)}********${id.slice(-4)}`,
      alive: true,
      updatedAt: 2,
    });
    expect(JSON.stringify(s)).not.toContain(id);
  });
});
