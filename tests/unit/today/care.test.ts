import { describe, expect, it } from 'vitest';
import { cadre, followUp, ids, run, visit } from './helpers';

const TODAY = '2026-11-29';

describe('difficulties and needs not yet acted upon', () => {
  it('lists a difficulty case with no 困难帮扶 visit or follow-up since it was recognised', () => {
    const c = cadre({ difficulty: { has: true, type: '重病', description: '重病治疗费用高', recognisedOn: '2026-06-01' } });
    const before = cadre({ difficulty: { has: true, type: '低保', recognisedOn: '2026-06-01' } });
    const r = run({ cadres: [c, before], followUps: [followUp(before.id, '2026-05-01')] }, TODAY);
    expect(ids(r.difficulties)).toEqual([c.id, before.id]);
    expect(r.difficulties[0]).toMatchObject({ type: '重病', description: '重病治疗费用高', recognisedOn: '2026-06-01' });
    expect(r.difficulties[0]!.visit.visitType).toBe('困难帮扶');
    expect(r.difficulties[1]!.lastActedOn).toBe('2026-05-01');
  });

  it('counts a 困难帮扶 visit or a follow-up within the last year; an older one asks again', () => {
    const helped = cadre({ difficulty: { has: true, type: '特困', recognisedOn: '2020-01-01' } });
    const followed = cadre({ difficulty: { has: true, type: '特困', recognisedOn: '2020-01-01' } });
    const stale = cadre({ difficulty: { has: true, type: '特困', recognisedOn: '2020-01-01' } });
    const r = run(
      {
        cadres: [helped, followed, stale],
        visits: [visit(helped.id, '2026-01-20', { visitType: '困难帮扶' }), visit(stale.id, '2025-11-28', { visitType: '困难帮扶' })],
        followUps: [followUp(followed.id, '2026-02-01')],
      },
      TODAY,
    );
    expect(ids(r.difficulties)).toEqual([stale.id]);
    expect(r.difficulties[0]!.lastActedOn).toBe('2025-11-28');
  });

  it('lists needs recorded after the last follow-up; a follow-up on or after the day answers them', () => {
    const open = cadre({ needs: [{ category: '医疗', text: '希望协助预约专家门诊', recordedOn: '2026-11-01' }] });
    const answered = cadre({ needs: [{ category: '住房', text: '老旧小区加装电梯', recordedOn: '2026-11-01' }] });
    const mixed = cadre({
      needs: [
        { category: '经济', text: '医疗费用报销咨询', recordedOn: '2026-10-01' },
        { category: '精神慰藉', text: '希望多来看看', recordedOn: '2026-11-20' },
      ],
    });
    const r = run(
      { cadres: [open, answered, mixed], followUps: [followUp(open.id, '2026-10-31'), followUp(answered.id, '2026-11-01'), followUp(mixed.id, '2026-10-15')] },
      TODAY,
    );
    expect(ids(r.needs)).toEqual([open.id, mixed.id]);
    expect(r.needs[1]!.needs.map((n) => n.category)).toEqual(['精神慰藉']);
  });

  it('for a need with no day, a follow-up within the policy’s days counts', () => {
    const c = cadre({ needs: [{ category: '其他', text: '订阅报刊' }] });
    expect(run({ cadres: [c], followUps: [followUp(c.id, '2026-10-01')] }, TODAY).needs).toEqual([]);
    expect(ids(run({ cadres: [c], followUps: [followUp(c.id, '2026-08-01')] }, TODAY).needs)).toEqual([c.id]);
  });

  it('leaves out the deceased, and needs recorded after today', () => {
    const gone = cadre({ alive: false, difficulty: { has: true, type: '特困' }, needs: [{ category: '医疗', text: '就医' }] });
    const future = cadre({ needs: [{ category: '医疗', text: '就医', recordedOn: '2026-12-01' }] });
    const r = run({ cadres: [gone, future] }, TODAY);
    expect(r.difficulties).toEqual([]);
    expect(r.needs).toEqual([]);
  });
});
