import { idCheckChar } from '../../../core/model/validators/id-number';
import type { Cadre } from '../../../core/model/cadre';
import { cadreListOf } from '../../../storage/cadre-list';
import { CareFillDB } from '../../../storage/db';

/** A valid synthetic ID number: region, birth date (YYYYMMDD) and a 3-digit sequence (odd = 男). */
export function syntheticIdNumber(birth: string, seq: number, region = '110105'): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** A throwaway database per test (fake-indexeddb is shared by the whole file). */
export function freshDb(): CareFillDB {
  return new CareFillDB(`carefill-test-${crypto.randomUUID()}`);
}

/** A clock that advances by one second per reading, from a fixed instant. */
export function steppingClock(start = Date.UTC(2026, 10, 29, 2, 0, 0)): () => number {
  let t = start;
  return () => (t += 1000);
}

const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '单', '曾', '解', '仇', '区', '欧阳'];
const GIVEN = ['建国', '秀英', '卫东', '桂兰', '志强', '淑珍', '文华', '玉梅', '国庆', '红霞', '德明', '丽华', '三丰', '立新'];

/** Deterministic synthetic cadre inputs (invented names, valid ID numbers, mobile phones). */
export function syntheticCadres(count: number, seed = 1): Record<string, unknown>[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const surname = SURNAMES[next() % SURNAMES.length]!;
    const given = GIVEN[next() % GIVEN.length]!;
    const year = 1925 + (next() % 35);
    const month = String(1 + (next() % 12)).padStart(2, '0');
    const day = String(1 + (next() % 28)).padStart(2, '0');
    out.push({
      name: surname + given,
      category: (['离休', '退休', '遗属'] as const)[next() % 3],
      // region and sequence differ per index, so ID numbers are unique
      idNumber: syntheticIdNumber(`${year}${month}${day}`, i % 1000, `11${String(Math.floor(i / 1000) % 100).padStart(2, '0')}01`),
      phones: [`13${String(100000000 + ((next() * 7919 + i) % 900000000)).padStart(9, '0')}`],
      originalUnit: '省直机关某厅',
    });
  }
  return out;
}

/**
 * Searches the stored ledger as the popup and the fill panel do: through the background's list
 * (storage/cadre-list.ts), which loads the cadres from their buckets and answers in memory.
 */
export async function searchCadres(db: CareFillDB, query: string, limit: number): Promise<{ items: Cadre[]; total: number }> {
  const { cadres, total } = await cadreListOf(db).records({ query }, 0, limit);
  return { items: cadres, total };
}
