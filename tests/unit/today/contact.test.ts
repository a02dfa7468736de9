import { describe, expect, it } from 'vitest';
import { contactInterval, todayPolicy } from '../../../core/today';
import { cadre, followUp, ids, run, visit } from './helpers';

const TODAY = '2026-11-29';

describe('cadres not contacted within their interval', () => {
  it('uses the office interval (3 months): contacted exactly 3 months ago is on time, a day earlier is overdue', () => {
    const onTime = cadre();
    const late = cadre();
    const r = run({ cadres: [onTime, late], followUps: [followUp(onTime.id, '2026-08-29'), followUp(late.id, '2026-08-28')], contactIntervalMonths: 3 }, TODAY);
    expect(ids(r.notContacted)).toEqual([late.id]);
    expect(r.notContacted[0]).toMatchObject({ lastContact: '2026-08-28', months: 3, daysOverdue: 1 });
    expect(r.notContacted[0]!.reason).toBeUndefined();
  });

  it('counts a visit as a contact, and ignores records dated after today', () => {
    const visited = cadre();
    const future = cadre();
    const r = run({ cadres: [visited, future], visits: [visit(visited.id, '2026-10-01')], followUps: [followUp(future.id, '2026-12-01')] }, TODAY);
    expect(ids(r.notContacted)).toEqual([future.id]);
    expect(r.notContacted[0]!.lastContact).toBeUndefined();
  });

  it('asks monthly for those living alone or unable to care for themselves, quarterly from 80', () => {
    const alone = cadre({ difficulty: { has: true, type: '独居' } });
    const emptyNest = cadre({ tags: ['空巢'] });
    const bedridden = cadre({ health: { status: '生活不能自理', conditions: [], hospitalisations: [] } });
    const eighty = cadre({ birthDate: '1946-01-01' });
    const younger = cadre({ birthDate: '1950-01-01' });
    const policy = { ...todayPolicy.parse({}).contact, defaultMonths: 6 };
    expect(contactInterval(alone, policy, TODAY)).toEqual({ months: 1, reason: '独居' });
    expect(contactInterval(emptyNest, policy, TODAY)).toEqual({ months: 1, reason: '独居' });
    expect(contactInterval(bedridden, policy, TODAY)).toEqual({ months: 1, reason: '生活不能自理' });
    expect(contactInterval(eighty, policy, TODAY)).toEqual({ months: 3, reason: '80岁以上' });
    expect(contactInterval(younger, policy, TODAY)).toEqual({ months: 6 });
    // the strictest rule wins: 80 and living alone is monthly
    expect(contactInterval({ ...eighty, tags: ['独居'] }, policy, TODAY).months).toBe(1);

    const all = [alone, emptyNest, bedridden, eighty, younger];
    const followUps = all.map((c) => followUp(c.id, '2026-10-15')); // six weeks ago
    const r = run({ cadres: all, followUps, contactIntervalMonths: 6 }, TODAY);
    expect(new Set(ids(r.notContacted))).toEqual(new Set([alone.id, emptyNest.id, bedridden.id]));
  });

  it('lists the never contacted first, then the longest overdue, equal ones in ledger order', () => {
    const never = cadre({ name: '乙' });
    const long = cadre({ name: '甲' });
    const short = cadre({ name: '丙' });
    const r = run({ cadres: [short, long, never], followUps: [followUp(long.id, '2025-01-01'), followUp(short.id, '2026-07-01')] }, TODAY);
    expect(ids(r.notContacted)).toEqual([never.id, long.id, short.id]);
    const sameDay = [cadre(), cadre(), cadre()];
    const same = run({ cadres: sameDay, followUps: sameDay.map((c) => followUp(c.id, '2026-01-05')) }, TODAY);
    expect(ids(same.notContacted)).toEqual(sameDay.map((c) => c.id));
  });

  it('leaves out the deceased', () => {
    expect(run({ cadres: [cadre({ alive: false })] }, TODAY).notContacted).toEqual([]);
  });
});
