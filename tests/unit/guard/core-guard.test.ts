import { describe, expect, it } from 'vitest';
import { guardCheck } from '../../../core/guard/check';
import { duplicateOf, submitKey } from '../../../core/guard/dedupe';
import { cadreKeyOf, pickCadre } from '../../../core/guard/find-cadre';
import { isSubmitText, normalizeActionText, watchedTexts } from '../../../core/guard/submit-texts';
import { overrideReason, severityMax, verdictOf } from '../../../core/guard/verdict';
import { VisitHistoryIndex } from '../../../core/rules/history-index';
import { TODAY, makeCadre, makeIdNumber, makeStandard, makeVisit } from '../rules/helpers';

/** A synthetic ID number of the default birth date whose check character is X. */
function idWithX(): string {
  for (let seq = 101; seq < 999; seq += 2) {
    const id = makeIdNumber('1936-10-23', String(seq));
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X');
}

const place = { oaUrl: 'http://127.0.0.1:8080/guard/jquery', formSignature: 'sig-1' };

describe('submit texts', () => {
  it('watches the usual submit words, spaced or not, and a site map’s own', () => {
    const watched = watchedTexts(['报批']);
    for (const t of ['提交', ' 提 交 ', '送审', '发送', '办理', '保存并提交', '确定', '报批', '提\u3000交']) expect(isSubmitText(t, watched), t).toBe(true);
    for (const t of ['保存', '关闭', '取消', '提交人', '']) expect(isSubmitText(t, watched), t).toBe(false);
    expect(isSubmitText('报批', watchedTexts())).toBe(false);
  });

  it('ignores captions too long to be a button', () => {
    expect(normalizeActionText('提交'.repeat(11))).toBe('');
  });
});

describe('verdict', () => {
  it('passes without findings or with information only, asks on warnings, holds on blocks', () => {
    expect(verdictOf([])).toBe('pass');
    expect(verdictOf([{ severity: 'info' }])).toBe('pass');
    expect(verdictOf([{ severity: 'info' }, { severity: 'warn' }])).toBe('confirm');
    expect(verdictOf([{ severity: 'warn' }, { severity: 'block' }])).toBe('block');
    expect(severityMax([])).toBe('none');
    expect(severityMax([{ severity: 'info' }])).toBe('info');
  });

  it('needs a written reason to override', () => {
    expect(overrideReason('  ')).toBeNull();
    expect(overrideReason('同意')).toBeNull();
    expect(overrideReason('  经处长同意  ')).toBe('经处长同意');
  });
});

describe('finding the cadre', () => {
  const xId = idWithX();
  const a = makeCadre({ id: 'cadreA0001', name: '王建华', originalUnit: '省水利厅', idNumber: xId });
  const b = makeCadre({ id: 'cadreB0001', name: '王建华', originalUnit: '省交通厅', idNumber: makeIdNumber('1936-10-23', '135') });
  const gone = makeCadre({ id: 'cadreC0001', name: '李明', deletedAt: 5 });

  it('by ID number first, whatever the case of the X', () => {
    const key = cadreKeyOf({ 'cadre.idNumber': xId.toLowerCase(), 'cadre.name': '别人' });
    expect(pickCadre(key, [b, a])?.id).toBe('cadreA0001');
  });

  it('else by name plus unit; two of one name without a unit is nobody', () => {
    expect(pickCadre(cadreKeyOf({ 'cadre.name': '王建华', 'cadre.originalUnit': '省交通厅' }), [a, b])?.id).toBe('cadreB0001');
    expect(pickCadre(cadreKeyOf({ 'cadre.name': '王建华' }), [a, b])).toBeUndefined();
    expect(pickCadre(cadreKeyOf({ 'cadre.name': '王 建华' }), [a])?.id).toBe('cadreA0001');
  });

  it('never a deleted cadre', () => {
    expect(pickCadre(cadreKeyOf({ 'cadre.name': '李明' }), [gone])).toBeUndefined();
  });
});

describe('guardCheck', () => {
  const standard = makeStandard({
    perVisitCaps: [{ visitType: '住院看望', cap: 1000, ref: '第七条' }],
    annualCaps: [{ visitTypes: ['困难帮扶'], cap: 3000, ref: '第十一条' }],
  });
  const cadre = makeCadre({ id: 'cadreG0001' });
  const hospital = (amount: string) => ({ 'cadre.name': cadre.name, 'visit.type': '住院看望', 'visit.date': '2026-11-20', 'visit.amount': amount, 'visit.goodsValue': '100', 'visit.form': '慰问金和慰问品' });

  it('holds an over-cap amount, with the amount field on the finding', () => {
    const r = guardCheck({ form: hospital('1500'), cadre, standards: [standard], today: TODAY, place });
    expect(r.verdict).toBe('block');
    const cap = r.findings.find((f) => f.ruleId === 'per-visit-cap');
    expect(cap?.severity).toBe('block');
    expect(cap?.fields.length).toBeGreaterThan(0);
  });

  it('passes a form within the standards and gives the visit to record', () => {
    const r = guardCheck({ form: hospital('300'), cadre, standards: [standard], today: TODAY, place });
    expect(r.verdict).toBe('pass');
    expect(r.candidate).toEqual({
      cadreId: 'cadreG0001',
      visitType: '住院看望',
      date: '2026-11-20',
      amount: 300,
      goodsValue: 100,
      source: 'oa',
      form: '慰问金和慰问品',
      oaUrl: place.oaUrl,
      formSignature: 'sig-1',
    });
  });

  it('requires what the form has and left empty, not a field the form does not have', () => {
    const strict = makeStandard({ requiredFields: [{ visitTypes: ['住院看望'], fields: ['visit.hospital', 'visit.admissionDate'], ref: '第十四条' }] });
    // the form has a 所在医院 field, left empty, and no 入院日期 field at all
    const r = guardCheck({ form: { ...hospital('300'), 'visit.hospital': '' }, cadre, standards: [strict], today: TODAY, place });
    const required = r.findings.filter((f) => f.ruleId === 'required-fields');
    expect(required.map((f) => [f.fields, f.message])).toEqual([[['visit.hospital'], '住院看望须填写：所在医院（第十四条）']]);
    expect(r.verdict).toBe('block');
    // neither field on the form: nothing to ask of the person
    expect(guardCheck({ form: hospital('300'), cadre, standards: [strict], today: TODAY, place }).findings.filter((f) => f.ruleId === 'required-fields')).toEqual([]);
  });

  it('counts the recorded visits of the year against the annual cap', () => {
    const form = { 'cadre.name': cadre.name, 'visit.type': '困难帮扶', 'visit.date': '2026-11-20', 'visit.amount': '1800' };
    expect(guardCheck({ form, cadre, standards: [standard], today: TODAY, place }).verdict).toBe('pass');
    const history = VisitHistoryIndex.build([makeVisit({ cadreId: cadre.id, visitType: '困难帮扶', date: '2026-03-02', amount: 1500 })]);
    const r = guardCheck({ form, cadre, history, standards: [standard], today: TODAY, place });
    expect(r.verdict).toBe('block');
    expect(r.findings.map((f) => f.ruleId)).toContain('annual-cap');
  });

  it('records nothing without a ledger cadre', () => {
    expect(guardCheck({ form: hospital('300'), standards: [standard], today: TODAY, place }).candidate).toBeNull();
  });
});

describe('recorded once', () => {
  const candidate = { cadreId: 'c1', visitType: '住院看望' as const, date: '2026-11-20', amount: 500, goodsValue: 0, source: 'oa' as const, formSignature: 'sig' };
  const recorded = (over: Record<string, unknown> = {}) => ({ ...candidate, id: 'v1', createdAt: 1_000_000, updatedAt: 1_000_000, ...over });

  it('a second identical submit within the window is the same one', () => {
    expect(duplicateOf(candidate, [recorded()], 1_000_000 + 60_000)).toBeDefined();
    expect(duplicateOf(candidate, [recorded()], 1_000_000 + 11 * 60_000)).toBeUndefined();
  });

  it('another amount, form, source or a deleted record is another visit', () => {
    expect(duplicateOf(candidate, [recorded({ amount: 600 })], 1_000_001)).toBeUndefined();
    expect(duplicateOf(candidate, [recorded({ formSignature: 'other' })], 1_000_001)).toBeUndefined();
    expect(duplicateOf(candidate, [recorded({ source: 'manual' })], 1_000_001)).toBeUndefined();
    expect(duplicateOf(candidate, [recorded({ deletedAt: 5 })], 1_000_001)).toBeUndefined();
  });

  it('the same OA form number is the same form however late', () => {
    const withNumber = { ...candidate, oaFormNumber: 'WWSP-2026-0001' };
    expect(duplicateOf(withNumber, [recorded({ oaFormNumber: 'WWSP-2026-0001' })], 9e12)).toBeDefined();
  });

  it('keys on cadre, type, date, amounts and form', () => {
    expect(submitKey(candidate)).toBe('c1|住院看望|2026-11-20|50000|0|sig');
  });
});
