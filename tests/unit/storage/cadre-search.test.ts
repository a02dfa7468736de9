import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre } from '../../../core/ledger/build-cadre';
import { matchCadre } from '../../../core/ledger/match';
import { classifyQuery } from '../../../core/ledger/query';
import type { Cadre } from '../../../core/model/cadre';
import { CadreRepo } from '../../../storage/cadre-repo';
import { toCadreRow } from '../../../storage/cadre-row';
import { CadreStore } from '../../../storage/cadre-store';
import type { CareFillDB } from '../../../storage/db';
import { freshDb, searchCadres, syntheticCadres, syntheticIdNumber } from './synthetic';

/** Synthetic cadres written straight into the store (the repository writes one at a time). */
async function seed(db: CareFillDB, inputs: Record<string, unknown>[]): Promise<Cadre[]> {
  const cadres = inputs.map((input, i) => {
    const r = buildCadre(input, { id: `seed${String(i).padStart(6, '0')}`, createdAt: 1, updatedAt: 1 });
    if (!r.ok) throw new Error(`seed row ${i}: ${JSON.stringify(r.problems)}`);
    return r.cadre;
  });
  await new CadreStore(db).putAll(cadres.map(toCadreRow));
  return cadres;
}

describe('searchCadres on a small ledger', () => {
  let db: CareFillDB;
  const zhangId = syntheticIdNumber('19470315', 123);
  beforeAll(async () => {
    db = freshDb();
    await seed(db, [
      { name: '张三丰', category: '离休', idNumber: zhangId, phones: ['13812345678'] },
      { name: '张三', category: '退休' },
      { name: '单雄信', category: '退休' },
      { name: '曾国藩', category: '退休' },
      { name: '解缙', category: '退休' },
      { name: '仇英', category: '退休' },
      { name: '区寄', category: '退休' },
      { name: '李秀英', category: '遗属', phones: ['027-87654321'] },
    ]);
  });
  afterAll(() => db.delete());
  const names = async (q: string, limit = 20) => (await searchCadres(db, q, limit)).items.map((c) => c.name);

  it('finds by initials and by full pinyin', async () => {
    expect(await names('zsf')).toEqual(['张三丰']);
    expect(await names('zhangsanfeng')).toEqual(['张三丰']);
    // exact before prefix
    expect(await names('zhangsan')).toEqual(['张三', '张三丰']);
  });

  it.each([
    ['shan', '单雄信'],
    ['zeng', '曾国藩'],
    ['xiej', '解缙'],
    ['qiuy', '仇英'],
    ['ouj', '区寄'],
  ])('reads polyphonic surnames as surnames: %s finds %s', async (q, name) => {
    expect(await names(q)).toEqual([name]);
  });

  it('finds a Chinese substring, prefix matches first', async () => {
    expect(await names('张三')).toEqual(['张三', '张三丰']);
    expect(await names('三丰')).toEqual(['张三丰']);
    expect(await names('秀')).toEqual(['李秀英']);
  });

  it('finds by the trailing digits of the ID number and by phone digits', async () => {
    expect(await names(zhangId.slice(-4))).toEqual(['张三丰']);
    expect(await names('1381234')).toEqual(['张三丰']);
    expect(await names('5678')).toEqual(['张三丰']);
    expect(await names('87654321')).toEqual(['李秀英']);
    expect(await names(zhangId.slice(-3))).toEqual([]);
  });

  it('lists everyone alphabetically for an empty query, with the total beyond the limit', async () => {
    const r = await searchCadres(db, '', 3);
    expect(r.total).toBe(8);
    expect(r.items.map((c) => c.pinyin)).toEqual(['lixiuying', 'ouji', 'qiuying']);
  });

  it('excludes deleted cadres', async () => {
    const repo = new CadreRepo(db);
    const r = await searchCadres(db, '李秀英', 5);
    await repo.delete(r.items[0]!.id);
    expect(await searchCadres(db, '李秀英', 5)).toEqual({ items: [], total: 0 });
    expect(await names('87654321')).toEqual([]);
    expect((await searchCadres(db, '', 50)).total).toBe(7);
  });
});

/** A ledger of synthetic cadres, seeded once for the describe block. */
function syntheticLedger(count: number) {
  const ledger = { db: undefined as unknown as CareFillDB, cadres: [] as Cadre[] };
  beforeAll(async () => {
    ledger.db = freshDb();
    ledger.cadres = await seed(ledger.db, syntheticCadres(count, 7));
  }, 60_000);
  afterAll(() => ledger.db.delete());
  return ledger;
}

describe('searchCadres agrees with core/ledger matchCadre', () => {
  const ledger = syntheticLedger(3_000);

  it('answers exactly the cadres matchCadre matches, for every kind of query', async () => {
    const sample = ledger.cadres[1234]!;
    const queries = [
      'zsf', 'wjg', 'zhangs', 'ouyang', 'jianguo', 'jg', '三丰', '欧阳', '建', sample.name,
      sample.idNumber!.slice(-4), sample.idNumber!.slice(-6), sample.phones[0]!.slice(0, 7), sample.phones[0]!.slice(-4), '123', '',
    ];
    for (const q of queries) {
      const query = classifyQuery(q);
      const expected = ledger.cadres.filter((c) => matchCadre(c, query) !== null).map((c) => c.id);
      const r = await searchCadres(ledger.db, q, 100_000);
      expect(r.total, q).toBe(expected.length);
      expect(new Set(r.items.map((c) => c.id)), q).toEqual(new Set(expected));
    }
  }, 60_000);
});
