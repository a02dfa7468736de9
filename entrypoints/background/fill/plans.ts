import { buildFillPlan } from '../../../core/fill/plan';
import type { FieldAssignment, FieldSnapshot, FillStep } from '../../../core/fill/types';
import type { FrameApplyStep } from '../../../messaging/requests/fill';
import type { FrameFields } from './frames';

/**
 * Plans per frame from one tab-wide assignment. A field that still holds what CareFill wrote in an
 * earlier fill is CareFill's to replace; any other non-empty field is the person's and is kept
 * unless they confirmed overwriting (`overwrite`).
 */

export interface TabPlanInput {
  frames: readonly FrameFields[];
  snapshots: readonly FieldSnapshot[];
  assignments: readonly FieldAssignment[];
  values: Readonly<Record<string, string | undefined>>;
  amountInWords: (amount: number) => string;
  overwrite: boolean;
}

export interface FramePlan {
  frame: FrameFields;
  /** steps by tab-wide snapshot index, skipped ones included (for the report) */
  steps: FillStep[];
  /** what the frame is sent: steps with a value, indexes local to the frame */
  apply: FrameApplyStep[];
}

/** The frame whose fields include the tab-wide index `i`. */
function frameOf(frames: readonly FrameFields[], i: number): FrameFields | undefined {
  return frames.find((f) => i >= f.offset && i < f.offset + f.collection.fields.length);
}

/** Builds the plan of every frame. */
export function planFrames(input: TabPlanInput): FramePlan[] {
  return input.frames.map((frame) => {
    const mine = input.assignments.filter((a) => frameOf(input.frames, a.snapshotIndex) === frame);
    const base = { framePath: frame.collection.framePath, frameId: frame.frameId, snapshots: input.snapshots, assignments: mine, values: input.values, amountInWords: input.amountInWords };
    const steps = buildFillPlan({ ...base, overwrite: input.overwrite }).steps;
    const ours = (i: number) => frame.written.has(i - frame.offset);
    if (!input.overwrite && steps.some((s) => s.skip === 'user-value' && ours(s.snapshotIndex))) {
      // same assignments in the same order: the steps correspond one to one
      const over = buildFillPlan({ ...base, overwrite: true }).steps;
      steps.forEach((s, k) => {
        if (s.skip === 'user-value' && ours(s.snapshotIndex) && over[k]?.snapshotIndex === s.snapshotIndex) steps[k] = over[k]!;
      });
    }
    const apply: FrameApplyStep[] = steps
      .filter((s) => s.value !== undefined)
      .map((s) => {
        const snap = input.snapshots[s.snapshotIndex]!;
        return { index: s.snapshotIndex - frame.offset, selectors: [snap.selector, ...snap.altSelectors], value: s.value! };
      });
    return { frame, steps, apply };
  });
}
