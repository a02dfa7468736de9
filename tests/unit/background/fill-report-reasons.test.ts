import { describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../../../core/fill/types';
import { reportRows } from '../../../entrypoints/background/fill/report';
import type { FramePlan } from '../../../entrypoints/background/fill/plans';

/** A component widget's mismatch carries its reason into the report, and only the engine's own words. */
function snapshot(name: string): FieldSnapshot {
  return { selector: `#${name}`, name, id: name, kind: 'text', value: '', labels: [{ text: name, source: 'for' }] } as unknown as FieldSnapshot;
}

function rowsFor(reason: string | undefined) {
  const snapshots = [snapshot('a')];
  const plan = {
    frame: { frameId: 0, url: 'http://127.0.0.1/', top: true, offset: 0, written: new Set<number>(), collection: { fields: snapshots, framePath: '' } },
    steps: [{ snapshotIndex: 0, selector: '#a', key: 'cadre.name', before: '', value: { kind: 'text', text: '张三' } }],
    apply: [],
  } as unknown as FramePlan;
  return reportRows(snapshots, [plan], [{ ms: 1, results: [{ index: 0, status: 'mismatch', shown: '', ...(reason ? { reason } : {}) }] }], 'visit');
}

describe('reportRows: mismatch reasons', () => {
  it('passes a component widget’s reason through', () => {
    expect(rowsFor('reverted')[0]).toMatchObject({ key: 'cadre.name', status: 'mismatch', reason: 'reverted' });
    expect(rowsFor('no-matching-option')[0]).toMatchObject({ status: 'mismatch', reason: 'no-matching-option' });
  });

  it('drops a reason the engine does not give, and gives none when there is none', () => {
    expect(rowsFor('<b>anything</b>')[0]!.reason).toBeUndefined();
    expect(rowsFor(undefined)[0]!.reason).toBeUndefined();
  });
});
