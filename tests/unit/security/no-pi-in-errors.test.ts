import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseLedgerFile } from '../../../components/ledger-file';
import { buildCadre } from '../../../core/ledger/build-cadre';
import { freshMeta } from '../../../core/model/record';
import { idCheckChar, parseIdNumber } from '../../../core/model/validators/id-number';
import { decodeSyncFile } from '../../../core/sync';
import { createDispatcher } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import { openRepos } from '../../../storage/repos';
import { freshDb } from '../storage/synthetic';

/**
 * Privacy (SECURITY.md §5): what CareFill says when it refuses something — validation problems,
 * import reports, file refusals, the background's logs — names fields and reasons, never the
 * values. Each case is run with ID numbers (valid, mutated, 15-digit) and phone numbers in the
 * input, and the whole answer (and the console) is searched for them.
 */

const TODAY = '2026-11-29';
const ID_PATTERN = /\d{17}[\dXx]|\d{15}/;
const MOBILE = /1[3-9]\d{9}/;

const idArb = fc
  .tuple(fc.constantFrom('110105', '420106'), fc.integer({ min: 1920, max: 1990 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }))
  .map(([r, y, m, d, s]) => {
    const first17 = `${r}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(s).padStart(3, '0')}`;
    return first17 + idCheckChar(first17);
  });
/** A valid number, one with a wrong check digit, one with an impossible date. */
const anyId = fc.oneof(idArb, idArb.map((id) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')), idArb.map((id) => `${id.slice(0, 10)}13${id.slice(12)}`));

const leaks = (answer: unknown, ...secrets: string[]) => {
  const text = JSON.stringify(answer);
  return secrets.filter((s) => s && text.includes(s));
};

describe('validation problems', () => {
  it('name the field and the reason, never the ID number or the phone', () => {
    fc.assert(
      fc.property(anyId, fc.constantFrom('13800138000', '1390013900', '021-1234'), fc.constantFrom('', '张三', '<b>x</b>'), (idNumber, phone, name) => {
        const built = buildCadre({ name, category: '退休', idNumber, phones: [phone], birthDate: '1800-01-01' }, freshMeta(0), TODAY);
        if (!built.ok) {
          expect(leaks(built.problems, idNumber, phone, idNumber.slice(6, 14))).toEqual([]);
          for (const p of built.problems) expect(p.key).toMatch(/^(err|warn)_/);
        }
        const parsed = parseIdNumber(idNumber, TODAY);
        if (!parsed.ok) expect(leaks(parsed, idNumber)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('import reports and file refusals', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the ledger import preview lists rows and keys, never values', async () => {
    const repos = openRepos(freshDb());
    const dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: fakeBrowser.runtime.getURL('/') });
    const sample = fc.sample(anyId, 30);
    const rows = sample.map((idNumber, i) => ({ name: i % 3 ? `测试${i}` : '', category: i % 4 ? '离休' : '未知', idNumber, phones: [`1380013${String(8000 + i)}`] }));
    // the same ID twice: a duplicate report
    rows.push({ ...rows[1]!, name: '重复者' });
    const answer = await dispatch({ type: 'ledger.import', payload: { rows, commit: false } }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
    expect(answer).toMatchObject({ total: 31 });
    const text = JSON.stringify(answer);
    expect(text).not.toMatch(ID_PATTERN);
    expect(text).not.toMatch(MOBILE);
    await repos.db.delete();
  });

  it('a broken ledger file is refused by a key, not by the parser’s message (which quotes the file)', () => {
    fc.assert(
      fc.property(idArb, fc.nat({ max: 60 }), (idNumber, cut) => {
        const file = JSON.stringify([{ name: '欧阳测试', idNumber, phones: ['13800138000'] }]);
        const broken = file.slice(0, cut) + 'x' + file.slice(cut + 1);
        const r = parseLedgerFile(broken);
        if (!r.ok) expect(leaks(r, idNumber, '13800138000', '欧阳测试')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a broken sync file is refused by a code, not by the parser’s message', async () => {
    await fc.assert(
      fc.asyncProperty(idArb, fc.nat({ max: 200 }), async (idNumber, cut) => {
        const file = `{"format":"carefill.sync","formatVersion":1,"content":{"cadres":[{"id":"c1","name":"欧阳测试","idNumber":"${idNumber}"}]}}`;
        const broken = file.slice(0, cut) + '}' + file.slice(cut + 1);
        const r = await decodeSyncFile(broken);
        if (!r.ok) expect(leaks(r, idNumber, '欧阳测试')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the background’s log', () => {
  it('names the request and the error class when a handler fails on a cadre’s data', async () => {
    const [idNumber] = fc.sample(idArb, 1) as [string];
    const repos = openRepos(freshDb());
    const failing = { ...handlers, 'cadre.save': async () => Promise.reject(new TypeError(`cannot save ${idNumber} 13800138000 欧阳测试`)) };
    const dispatch = createDispatcher(failing, { repos }, { id: fakeBrowser.runtime.id, baseUrl: fakeBrowser.runtime.getURL('/') });
    const logged: unknown[] = [];
    const spies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a)));
    const answer = await dispatch({ type: 'cadre.save', payload: { input: { name: '欧阳测试', idNumber } } }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
    for (const s of spies) s.mockRestore();
    expect(answer).toEqual({ error: 'internal', key: 'err_internal' });
    expect(logged.length).toBeGreaterThan(0);
    expect(leaks(logged, idNumber, '13800138000', '欧阳测试')).toEqual([]);
    await repos.db.delete();
  });
});
