import { isExcluded } from '../../../core/fill/match';
import { primaryLabel } from '../../../core/fill/signature';
import type { FieldSnapshot, FillStep, FillValue, FormRole, SkipReason } from '../../../core/fill/types';
import type { FillCounts, FillRow, FillSkipReason, FrameApplyAnswer, FrameStepStatus } from '../../../messaging/requests/fill';
import type { FramePlan } from './plans';
import { reportLabel } from './report-label';

/**
 * The fill report: every field the person can see, with its key, label, the value meant for it
 * and what became of it. Hidden value inputs are written with their visible field and not listed.
 */

const SKIP: Record<SkipReason, FillSkipReason> = {
  'no-value': 'no-value',
  'invalid-value': 'invalid-value',
  readonly: 'readonly',
  disabled: 'disabled',
  'no-matching-option': 'no-matching-option',
  'user-value': 'user-typed',
  'unsupported-widget': 'unsupported-widget',
};

/** The value as the person reads it. */
export function valueText(v: FillValue | undefined, s: FieldSnapshot): string {
  if (!v) return '';
  switch (v.kind) {
    case 'text':
    case 'date':
    case 'money':
      return v.text;
    case 'option':
      return v.optionText;
    case 'options':
      return v.optionIndexes.map((i) => s.options[i]?.text ?? '').join('、');
    case 'check':
      return v.checked ? '是' : '否';
  }
}

const MISMATCH_REASONS: readonly string[] = ['no-matching-option', 'rejected', 'reverted'];

function statusOf(result: FrameStepStatus | undefined, reason?: string): Pick<FillRow, 'status' | 'reason'> {
  switch (result) {
    case 'verified':
      return { status: 'verified' };
    case 'mismatch':
      // a reason only the engine's own words: the frame's answer is not trusted beyond them
      return reason && MISMATCH_REASONS.includes(reason) ? { status: 'mismatch', reason: reason as FillSkipReason } : { status: 'mismatch' };
    case 'filled':
      return { status: 'filled' };
    case 'unsupported':
      return { status: 'skipped', reason: 'unsupported-widget' };
    default:
      return { status: 'skipped', reason: 'gone' };
  }
}

/** Report rows for the tab, in the frames' order then the fields' order. */
export function reportRows(
  snapshots: readonly FieldSnapshot[],
  plans: readonly FramePlan[],
  answers: readonly (FrameApplyAnswer | undefined)[],
  role: FormRole,
): FillRow[] {
  const rows: FillRow[] = [];
  plans.forEach((plan, p) => {
    const { frame } = plan;
    const stepOf = new Map<number, FillStep>(plan.steps.map((s) => [s.snapshotIndex, s]));
    const resultOf = new Map((answers[p]?.results ?? []).map((r) => [r.index + frame.offset, r]));
    frame.collection.fields.forEach((_f, local) => {
      const i = frame.offset + local;
      const s = snapshots[i]!;
      if (s.kind === 'hidden') return;
      const step = stepOf.get(i);
      const base = { frameId: frame.frameId, framePath: frame.collection.framePath, selector: s.selector, name: s.name };
      if (!step) {
        const label = primaryLabel(s) || s.name || s.id;
        rows.push({ ...base, label, key: '', value: '', shown: s.value, status: 'skipped', reason: isExcluded(s) ? 'excluded' : 'unknown' });
        return;
      }
      const label = reportLabel(s, step.key, role) || s.name || s.id;
      const value = valueText(step.value, s);
      if (step.skip || !step.value) {
        rows.push({ ...base, label, key: step.key, value, shown: s.value, status: 'skipped', reason: SKIP[step.skip ?? 'no-value'] });
        return;
      }
      const r = resultOf.get(i);
      rows.push({ ...base, label, key: step.key, value, shown: r?.shown ?? '', ...statusOf(r?.status, r?.reason) });
    });
  });
  return rows;
}

/** How many rows ended in each status. */
export function countRows(rows: readonly FillRow[]): FillCounts {
  const counts: FillCounts = { verified: 0, filled: 0, mismatch: 0, skipped: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}
