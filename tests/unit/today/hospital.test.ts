import { describe, expect, it } from 'vitest';
import type { TodayCadre } from '../../../core/today';
import { cadre, followUp, ids, run, visit } from './helpers';

const TODAY = '2026-11-29';

function withStays(stays: NonNullable<TodayCadre['health']>['hospitalisations'], overrides: Partial<TodayCadre> = {}): TodayCadre {
  return cadre({ health: { conditions: [], hospitalisations: stays }, ...overrides });
}

describe('hospital stays', () => {
  it('lists a cadre admitted with no discharge recorded, with the days in and the hospital visit to start', () => {
    const c = withStays([
      { admittedOn: '2025-03-01', dischargedOn: '2025-03-10', hospital: '省人民医院' },
      { admittedOn: '2026-11-20', hospital: '省中医院', department: '心内科' },
    ]);
    const r = run({ cadres: [c] }, TODAY);
    expect(r.inHospital).toHaveLength(1);
    expect(r.inHospital[0]).toMatchObject({ hospital: '省中医院', department: '心内科', admittedOn: '2026-11-20', daysIn: 9 });
    expect(r.inHospital[0]!.visit.visitType).toBe('住院看望');
    expect(r.counts).toMatchObject({ inHospital: 1, inHospitalNotVisited: 1 });
  });

  it('counts as in hospital on a day before a recorded discharge, and not before the admission', () => {
    const c = withStays([{ admittedOn: '2026-11-20', dischargedOn: '2026-12-05', hospital: '省人民医院' }]);
    expect(ids(run({ cadres: [c] }, TODAY).inHospital)).toEqual([c.id]);
    expect(run({ cadres: [c] }, '2026-11-19').inHospital).toEqual([]);
  });

  it('marks a 住院看望 since the admission as visited; an older one does not count', () => {
    const c = withStays([{ admittedOn: '2026-11-20', hospital: '省人民医院' }]);
    const visited = run({ cadres: [c], visits: [visit(c.id, '2026-11-22', { visitType: '住院看望' })] }, TODAY);
    expect(visited.inHospital[0]!.visitedOn).toBe('2026-11-22');
    expect(visited.counts.inHospitalNotVisited).toBe(0);
    const old = run({ cadres: [c], visits: [visit(c.id, '2026-05-01', { visitType: '住院看望' })] }, TODAY);
    expect(old.inHospital[0]!.visitedOn).toBeUndefined();
  });

  it('lists a discharge of the last 7 days until someone calls or visits; day 8 is out', () => {
    const seven = withStays([{ admittedOn: '2026-11-10', dischargedOn: '2026-11-22', hospital: '省人民医院' }]);
    const eight = withStays([{ admittedOn: '2026-11-10', dischargedOn: '2026-11-21', hospital: '省人民医院' }]);
    const called = withStays([{ admittedOn: '2026-11-10', dischargedOn: '2026-11-25', hospital: '省人民医院' }]);
    const calledBefore = withStays([{ admittedOn: '2026-11-10', dischargedOn: '2026-11-25', hospital: '省人民医院' }]);
    const r = run(
      {
        cadres: [seven, eight, called, calledBefore],
        followUps: [followUp(called.id, '2026-11-25'), followUp(calledBefore.id, '2026-11-24')],
      },
      TODAY,
    );
    expect(ids(r.discharged)).toEqual([seven.id, calledBefore.id]);
    expect(r.discharged[0]).toMatchObject({ dischargedOn: '2026-11-22', daysSince: 7 });
  });

  it('is only for the living', () => {
    const c = withStays([{ admittedOn: '2026-11-20', hospital: '省人民医院' }], { alive: false, deathDate: '2026-11-25' });
    expect(run({ cadres: [c] }, TODAY).inHospital).toEqual([]);
  });
});
