import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifierTokens, isMeaninglessLabel, labelKey, normalizeLabel } from '../../../core/fill/normalize';
import { exampleStandard } from '../../../core/rules/default-standard';
import { exportStandardsFile, parseStandardsFile } from '../../../core/rules/standards-file';
import { decodeSyncFile, encodeSyncFile, readSyncHeader, SYNC_ERROR_KEYS } from '../../../core/sync';
import type { RenderableTemplate, RenderContext } from '../../../core/templates/context';
import { renderTemplateWithReport, renderText } from '../../../core/templates/render';
import { VISIT_TYPES } from '../../../core/model/vocab';
import { SAMPLE_PASSPHRASE, sampleSnapshot } from '../../fixtures/sync/sample';
import { messy, mutatedFrom } from './arbitraries';

/**
 * Fuzzing (SECURITY.md §7): what reads text from OA pages, templates and files — the label
 * normaliser, the template renderer, the standards-file parser and the sync decoder — answers
 * random and mutated inputs with results or typed errors, never an exception.
 */

describe('the label normaliser (core/fill/normalize.ts)', () => {
  it('normalises any label text to a lower-case string', () => {
    const labels = fc.constantFrom('*慰问金额（元）：', '１．姓　名', '※联系电话(必填)', '出生日期 例：1948-03-15', '备注/说明', '金额 单位:元');
    fc.assert(
      fc.property(fc.oneof(messy, mutatedFrom(labels)), (raw) => {
        const n = normalizeLabel(raw);
        expect(typeof n.text).toBe('string');
        expect(n.text).toBe(n.text.toLowerCase());
        expect(typeof n.required).toBe('boolean');
        expect(typeof labelKey(raw)).toBe('string');
        expect(typeof isMeaninglessLabel(n.text)).toBe('boolean');
        for (const t of identifierTokens(raw)) expect(t).toMatch(/^[a-z]+$/);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});

describe('the template renderer (core/templates/render.ts)', () => {
  const placeholders = fc.constantFrom('{{姓名}}', '{{称谓}}', '{{年龄}}', '{{金额}}', '{{金额大写}}', '{{节日}}', '{{原单位}}', '{{今天}}', '{{不存在}}', '{{', '}}', '{{{姓名}}}');
  const text = fc.array(fc.oneof(placeholders, messy), { maxLength: 8 }).map((a) => a.join(''));
  const cadre = fc.record(
    {
      name: messy,
      gender: fc.constantFrom('男', '女'),
      birthDate: fc.constantFrom('1936-10-23', '1948-02-29', '2026-11-29'),
      originalUnit: messy,
      originalPosition: messy,
      address: messy,
    },
    { requiredKeys: [] },
  );
  const template = fc.record(
    {
      visitType: fc.constantFrom(...VISIT_TYPES),
      amount: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e8 }),
      goodsValue: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e8 }),
      goods: messy,
      values: fc.dictionary(fc.constantFrom('visit.reason', 'visit.remark', 'cadre.name', 'visit.goods'), text),
    },
    { requiredKeys: ['visitType'] },
  );

  it('renders any template text for any cadre to plain strings', () => {
    fc.assert(
      fc.property(template, cadre, text, (t, c, free) => {
        const ctx: RenderContext = { cadre: c as RenderContext['cadre'], today: '2026-11-29', standard: exampleStandard(), handler: '经办人' };
        const report = renderTemplateWithReport(t as RenderableTemplate, ctx);
        for (const v of Object.values(report.values)) expect(typeof v).toBe('string');
        expect(typeof renderText(free, t as RenderableTemplate, ctx)).toBe('string');
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('puts a cadre’s text in verbatim: markup stays text for the OA field', () => {
    fc.assert(
      fc.property(messy, (name) => {
        const out = renderText('{{姓名}}', { visitType: '生日寿辰' }, { cadre: { name }, today: '2026-11-29' });
        expect(out).toBe(name);
      }),
    );
  });
});

describe('the standards-file parser (core/rules/standards-file.ts)', () => {
  const valid = exportStandardsFile([exampleStandard()], '2026-11-29T00:00:00Z');

  it('answers ok or a refusal naming a field for any text', () => {
    fc.assert(
      fc.property(fc.oneof(messy, mutatedFrom(fc.constant(valid)), fc.json()), (raw) => {
        const r = parseStandardsFile(raw);
        if (!r.ok) expect(typeof r.error.message).toBe('string');
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('answers ok or a refusal for any parsed JSON value, mutated or not', () => {
    const validObject = JSON.parse(valid) as Record<string, unknown>;
    const replaceDeep = (v: unknown, path: number[], by: unknown): unknown => {
      if (!path.length || v === null || typeof v !== 'object') return by;
      const entries = Object.entries(v as Record<string, unknown>);
      if (!entries.length) return by;
      const [k, child] = entries[path[0]! % entries.length]!;
      const copy: Record<string, unknown> = Array.isArray(v) ? ([...v] as unknown as Record<string, unknown>) : { ...(v as Record<string, unknown>) };
      copy[k] = replaceDeep(child, path.slice(1), by);
      return copy;
    };
    const byValue = fc.oneof(fc.jsonValue(), messy, fc.constant(JSON.parse('{"__proto__":{"polluted":1}}')));
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 6 }), byValue, (path, by) => {
        const r = parseStandardsFile(replaceDeep(validObject, path, by));
        expect(typeof r.ok).toBe('boolean');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});

describe('the sync decoder (core/sync/decode.ts)', () => {
  const known = new Set(Object.keys(SYNC_ERROR_KEYS));

  it('answers a decoded file or a typed refusal for any mutation of a plain file', async () => {
    const plain = await encodeSyncFile(sampleSnapshot(), { encrypt: false });
    await fc.assert(
      fc.asyncProperty(fc.oneof(messy, mutatedFrom(fc.constant(plain)), fc.json()), async (text) => {
        const r = await decodeSyncFile(text);
        if (!r.ok) expect(known.has(r.error.code), r.error.code).toBe(true);
        const h = readSyncHeader(text);
        if (!h.ok) expect(known.has(h.error.code)).toBe(true);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('answers a typed refusal for a mutated encrypted file (never a crash, never garbage)', async () => {
    const sealed = await encodeSyncFile(sampleSnapshot(), { encrypt: true, passphrase: SAMPLE_PASSPHRASE });
    // mutations inside the ciphertext or the header: each must be refused or decode to the original
    const at = fc.nat({ max: sealed.length - 1 });
    await fc.assert(
      fc.asyncProperty(at, fc.constantFrom('A', 'z', '0', '"', '}', '+', '/'), async (i, ch) => {
        const text = sealed.slice(0, i) + ch + sealed.slice(i + 1);
        const r = await decodeSyncFile(text, { passphrase: SAMPLE_PASSPHRASE });
        if (!r.ok) expect(known.has(r.error.code), r.error.code).toBe(true);
        else expect(r.value.content.cadres.length).toBe(sampleSnapshot().records.cadres.length);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
