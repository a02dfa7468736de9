import { describe, expect, it } from 'vitest';
import { frequencyRule } from '../../../../core/rules/rules/frequency';
import { makeCadre, makeStandard, makeVisit, runRule, severities } from '../helpers';

const cadre = makeCadre();

describe('frequency: per year', () => {
  const standard = makeStandard({ frequency: [{ visitType: '住院看望', max: 1, per: 'year', ref: '第八条' }] });
  const form = { 'visit.type': '住院看望', 'visit.date': '2026-09-01', 'visit.admissionDate': '2026-08-28' };

  it('passes the first hospital visit of the year', () => {
    const history = [makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: '2025-11-01' })];
    expect(runRule(frequencyRule, { form, cadre, history, standard })).toEqual([]);
  });

  it('passes when the only other visit of the year is of another type', () => {
    const history = [makeVisit({ cadreId: cadre.id, visitType: '节日慰问', date: '2026-02-10' })];
    expect(runRule(frequencyRule, { form, cadre, history, standard })).toEqual([]);
  });

  it('blocks a second hospital visit in a year', () => {
    const history = [makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: '2026-03-01' })];
    const findings = runRule(frequencyRule, { form, cadre, history, standard });
    expect(findings).toEqual([expect.objectContaining({ severity: 'block', ref: '第八条' })]);
    expect(findings[0]!.message).toBe('住院看望每年限 1 次，2026 年已有 1 次（2026-03-01）（第八条）');
  });

  it('allows two when the limit is two, and blocks the third', () => {
    const two = makeStandard({ frequency: [{ visitType: '住院看望', max: 2, per: 'year' }] });
    const one = [makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: '2026-03-01' })];
    expect(runRule(frequencyRule, { form, cadre, history: one, standard: two })).toEqual([]);
    const both = [...one, makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: '2026-05-01' })];
    expect(severities(runRule(frequencyRule, { form, cadre, history: both, standard: two }))).toEqual(['block']);
  });
});

describe('frequency: per festival', () => {
  const standard = makeStandard({ frequency: [{ visitType: '节日慰问', max: 1, per: 'festival', ref: '第四条' }] });
  const spring = (date: string) => ({ 'visit.type': '节日慰问', 'visit.festival': '春节', 'visit.date': date });

  it('passes a 春节 visit when the last one was for last year’s 春节', () => {
    const history = [makeVisit({ cadreId: cadre.id, festival: '春节', date: '2025-01-25' })];
    expect(runRule(frequencyRule, { form: spring('2026-02-14'), cadre, history, standard })).toEqual([]);
  });

  it('passes a 中秋 visit after a 春节 visit', () => {
    const history = [makeVisit({ cadreId: cadre.id, festival: '春节', date: '2026-02-10' })];
    const form = { 'visit.type': '节日慰问', 'visit.festival': '中秋', 'visit.date': '2026-09-20' };
    expect(runRule(frequencyRule, { form, cadre, history, standard })).toEqual([]);
  });

  it('blocks a second visit for the same 春节', () => {
    const history = [makeVisit({ cadreId: cadre.id, festival: '春节', date: '2026-02-10' })];
    const findings = runRule(frequencyRule, { form: spring('2026-02-14'), cadre, history, standard });
    expect(severities(findings)).toEqual(['block']);
    expect(findings[0]!.message).toContain('2026 年春节已有 1 次（2026-02-10）');
  });

  it('counts a January visit and a February visit as the same 春节', () => {
    // 春节 2027 is 2027-02-06: visits on 01-20 and 02-01 are both for it
    const history = [makeVisit({ cadreId: cadre.id, festival: '春节', date: '2027-01-20' })];
    expect(severities(runRule(frequencyRule, { form: spring('2027-02-01'), cadre, history, standard }))).toEqual(['block']);
  });
});

describe('frequency: per hospitalisation', () => {
  const standard = makeStandard({ frequency: [{ visitType: '住院看望', max: 1, per: 'hospitalisation' }] });
  const history = [makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: '2026-03-05' })];

  it('passes the first visit of a new hospital stay', () => {
    const form = { 'visit.type': '住院看望', 'visit.admissionDate': '2026-06-01', 'visit.date': '2026-06-03' };
    expect(runRule(frequencyRule, { form, cadre, history, standard })).toEqual([]);
  });

  it('blocks a second visit in the same stay', () => {
    const form = { 'visit.type': '住院看望', 'visit.admissionDate': '2026-03-01', 'visit.date': '2026-03-10' };
    const findings = runRule(frequencyRule, { form, cadre, history, standard });
    expect(severities(findings)).toEqual(['block']);
    expect(findings[0]!.message).toContain('本次住院（2026-03-01 入院）已有 1 次');
  });
});
