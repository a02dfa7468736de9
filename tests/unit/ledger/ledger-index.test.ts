import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCadre } from '../../../core/ledger/build-cadre';
import { ledgerEntry, type LedgerEntry } from '../../../core/ledger/entry';
import { LedgerIndex, type ListContext } from '../../../core/ledger/ledger-index';
import { matchCadre, matchEntry } from '../../../core/ledger/match';
import { classifyQuery } from '../../../core/ledger/query';
import type { Cadre } from '../../../core/model';
import { generateLedger } from '../../../core/synth';
import { syntheticIdNumber } from '../storage/synthetic';

const TODAY = '2026-06-15';
const ctx: ListContext = { today: TODAY, ageRules: { mode: '周岁', milestones: [80, 90, 100] }, dueBy: '2026-06-22' };

let n = 0;
function cadre(input: Record<string, unknown>): Cadre {
  const r = buildCadre(input, { id: `cadre${String(++n).padStart(5, '0')}`, createdAt: 1, updatedAt: n }, TODAY);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.cadre;
}

const people = [
  cadre({ name: '张三丰', category: '离休', rank: '厅局级', idNumber: syntheticIdNumber('19460301', 11), originalUnit: '省财政厅', tags: ['党员骨干'] }),
  cadre({ name: '张建国', category: '退休', rank: '县处级', birthDate: '1936-09-01', originalUnit: '省教育厅', health: { status: '长年有病' } }),
  cadre({ name: '李秀英', category: '退休', idNumber: syntheticIdNumber('19560620', 22), originalUnit: '省财政厅', difficulty: { has: true, type: '独居' } }),
  cadre({ name: '单雄信', category: '遗属', birthDate: '1927-01-05', alive: false, deathDate: '2025-02-01', phones: ['13800001234'] }),
  cadre({ name: '曾国强', category: '退休', rank: '乡科级及以下', birthDate: '1946-12-30', lunarBirthday: true, tags: ['书法', '党员骨干'] }),
];
const entries = people.map((c) => ledgerEntry(c));
const byName = (name: string) => people.find((c) => c.name === name)!.id;
const names = (ids: { name: string }[]) => ids.map((x) => x.name);

describe('LedgerIndex.list', () => {
  const index = new LedgerIndex(entries);

  it('lists everyone by pinyin, with the total and a page', () => {
    const page = index.list({}, ctx, 0, 2);
    expect(page.total).toBe(5);
    expect(names(page.items)).toEqual(['李秀英', '单雄信']);
    expect(names(index.list({}, ctx, 2, 10).items)).toEqual(['曾国强', '张建国', '张三丰']);
  });

  it('searches by initials, name part, ID tail and phone; best matches first', () => {
    expect(names(index.list({ query: 'zsf' }, ctx, 0, 10).items)).toEqual(['张三丰']);
    expect(names(index.list({ query: 'zj' }, ctx, 0, 10).items)).toEqual(['张建国']);
    expect(names(index.list({ query: '张' }, ctx, 0, 10).items)).toEqual(['张建国', '张三丰']);
    // both match inside the name: by name then
    expect(names(index.list({ query: 'guo' }, ctx, 0, 10).items)).toEqual(['曾国强', '张建国']);
    expect(names(index.list({ query: people[2]!.idNumber!.slice(-6) }, ctx, 0, 10).items)).toEqual(['李秀英']);
    expect(names(index.list({ query: '1234' }, ctx, 0, 10).items)).toEqual(['单雄信']);
    // the polyphonic surname 单 reads shan
    expect(names(index.list({ query: 'shanx' }, ctx, 0, 10).items)).toEqual(['单雄信']);
    expect(index.list({ query: '12' }, ctx, 0, 10)).toEqual({ items: [], total: 0, offset: 0 });
  });

  it('masks the ID number and adds the age of the day', () => {
    const [zhang] = index.list({ query: '张三丰' }, ctx, 0, 1).items;
    expect(zhang!.idMasked).toMatch(/^110105\*{8}\d{3}[\dX]$/);
    expect(JSON.stringify(zhang)).not.toContain(people[0]!.idNumber!);
    expect(zhang!.age).toBe(80);
    expect(zhang!.milestoneAge).toBe(80);
    expect(zhang!.tags).toEqual(['党员骨干']);
  });

  it('combines filters', () => {
    const list = (filters: object) => names(index.list({ filters }, ctx, 0, 10).items);
    expect(list({ categories: ['退休'] })).toEqual(['李秀英', '曾国强', '张建国']);
    expect(list({ categories: ['退休'], unit: '财政' })).toEqual(['李秀英']);
    expect(list({ ranks: ['厅局级', '县处级'] })).toEqual(['张建国', '张三丰']);
    expect(list({ healthStatuses: ['长年有病'] })).toEqual(['张建国']);
    expect(list({ difficulty: true })).toEqual(['李秀英']);
    expect(list({ alive: false })).toEqual(['单雄信']);
    expect(list({ tags: ['书法'] })).toEqual(['曾国强']);
    expect(list({ tags: ['党员骨干'], categories: ['离休'] })).toEqual(['张三丰']);
    // 张建国 is 89, 张三丰 80, 曾国强 79 on the day
    expect(list({ ageMin: 80, ageMax: 89 })).toEqual(['张建国', '张三丰']);
    expect(list({ ageMax: 79 })).toEqual(['李秀英', '曾国强']);
    expect(list({ ageMin: 90 })).toEqual(['单雄信']);
    // 张三丰 turns 80 and 张建国 90 this year; 单雄信 (deceased) would have turned 100
    expect(list({ milestone: true })).toEqual(['张建国', '张三丰']);
    expect(list({ milestone: false, alive: true })).toEqual(['李秀英', '曾国强']);
  });

  it('filters and sorts on follow-ups due', () => {
    const idx = new LedgerIndex(entries);
    idx.setNextDue(new Map([[byName('李秀英'), '2026-06-10'], [byName('曾国强'), '2026-06-20'], [byName('张建国'), '2026-07-30']]));
    expect(names(idx.list({ filters: { followUpDue: true } }, ctx, 0, 10).items)).toEqual(['李秀英', '曾国强']);
    expect(names(idx.list({ sort: { key: 'followUp', dir: 'asc' } }, ctx, 0, 10).items)).toEqual(['李秀英', '曾国强', '张建国', '单雄信', '张三丰']);
    expect(idx.list({ query: '李秀英' }, ctx, 0, 1).items[0]!.nextFollowUp).toBe('2026-06-10');
  });

  it('sorts by age, rank, category and unit; missing values last in both directions', () => {
    const sorted = (key: 'age' | 'rank' | 'category' | 'unit', dir: 'asc' | 'desc') => names(index.list({ sort: { key, dir } }, ctx, 0, 10).items);
    expect(sorted('age', 'asc')).toEqual(['李秀英', '曾国强', '张三丰', '张建国', '单雄信']);
    expect(sorted('age', 'desc')).toEqual(['单雄信', '张建国', '张三丰', '曾国强', '李秀英']);
    expect(sorted('rank', 'asc')).toEqual(['张三丰', '张建国', '曾国强', '李秀英', '单雄信']);
    expect(sorted('rank', 'desc')).toEqual(['曾国强', '张建国', '张三丰', '李秀英', '单雄信']);
    expect(sorted('category', 'asc')).toEqual(['张三丰', '李秀英', '曾国强', '张建国', '单雄信']);
    // 财政 (cai) before 教育 (jiao) in pinyin order
    expect(sorted('unit', 'asc')).toEqual(['李秀英', '张三丰', '张建国', '单雄信', '曾国强']);
  });

  it('keeps a search ordered by the sort the person chose', () => {
    expect(names(index.list({ query: 'z', sort: { key: 'age', dir: 'desc' } }, ctx, 0, 10).items)).toEqual(['张建国', '张三丰', '曾国强']);
  });

  it('follows upserts and removals', () => {
    const idx = new LedgerIndex(entries);
    idx.list({ sort: { key: 'age', dir: 'asc' } }, ctx, 0, 10);
    idx.remove(byName('张三丰'));
    idx.upsert(ledgerEntry({ ...people[1]!, name: '张建华', pinyin: 'zhangjianhua', initials: 'zjh' }));
    idx.upsert(ledgerEntry(cadre({ name: '王新', category: '退休', birthDate: '1960-01-01' })));
    expect(idx.size).toBe(5);
    expect(idx.has(byName('张三丰'))).toBe(false);
    expect(names(idx.list({ sort: { key: 'age', dir: 'asc' } }, ctx, 0, 10).items)).toEqual(['王新', '李秀英', '曾国强', '张建华', '单雄信']);
    expect(idx.ids({ query: 'zj' }, ctx)).toEqual([byName('张建国')]);
  });

  it('counts tags and units for the filter controls', () => {
    expect(index.facets()).toEqual({ tags: ['党员骨干', '书法'], units: ['省财政厅', '省教育厅'] });
  });
});

describe('a 20,000-cadre ledger', () => {
  const { cadres } = generateLedger({ count: 20_000, seed: 5, history: false });
  const stored = cadres.map((c) => {
    const { id, ...input } = c;
    const r = buildCadre(input, { id, createdAt: 1, updatedAt: 1 }, '2026-11-29');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.cadre;
  });
  const index = new LedgerIndex(stored.map((c) => ledgerEntry(c)));
  const dec: ListContext = { today: '2026-11-29', ageRules: { mode: '周岁', milestones: [80, 90, 100] }, dueBy: '2026-12-06' };

  it('pages through everyone, each once', () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < 20_000; offset += 5_000) for (const s of index.list({}, dec, offset, 5_000).items) seen.add(s.id);
    expect(seen.size).toBe(20_000);
  });

  it('answers the same set as the reference matcher', () => {
    for (const q of ['wang', 'zj', '建国', '13', '0012', 'li', stored[77]!.initials, stored[1234]!.idNumber!.slice(-4)]) {
      const query = classifyQuery(q);
      const expected = stored.filter((c) => matchCadre(c, query) !== null).map((c) => c.id).sort();
      expect(index.ids({ query: q }, dec).sort(), q).toEqual(expected);
    }
  });

  it('counts milestone birthdays like the calendar', () => {
    const milestones = index.list({ filters: { milestone: true }, sort: { key: 'age', dir: 'asc' } }, dec, 0, 20_000).items;
    expect(milestones.length).toBeGreaterThan(0);
    for (const s of milestones) expect([80, 90, 100]).toContain(s.milestoneAge);
  });
});

describe('matchEntry', () => {
  const alphabet = ['张', '三', '丰', '单', '曾', '解', '李', 'a', 'z', '1', ' ', '0'];
  it('agrees with matchCadre on any query', () => {
    const pool: LedgerEntry[] = entries;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 6 }), fc.integer({ min: 0, max: pool.length - 1 }), (chars, i) => {
        const q = classifyQuery(chars.join(''));
        expect(matchEntry(pool[i]!, q)).toBe(matchCadre(people[i]!, q));
      }),
    );
  });
});
