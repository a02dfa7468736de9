import type { ComponentHint, FillValue, WidgetKind } from '../../core/fill/types';
import { captureState } from '../widgets/state';
import { holds, shownValue, writeValue } from '../widgets/write';
import type { FillSession, UndoEntry } from './session';

/**
 * Applying a frame's plan in three passes — read every control's state, write every value, read
 * every value back — so layout and style are never read between two writes (a page that
 * recomputes totals on `change` still sees each write at once).
 */

export interface ApplyStep {
  /** the field's index in the frame's last collection */
  index: number;
  selectors: string[];
  value: FillValue;
}

export type StepStatus = 'verified' | 'mismatch' | 'filled' | 'gone' | 'unsupported';

export interface StepResult {
  index: number;
  status: StepStatus;
  /** what the field shows after the fill */
  shown: string;
}

export interface ApplyDeps {
  session: FillSession;
  /** finds a field's controls again when the remembered ones left the page */
  resolve: (selectors: readonly string[], group: boolean) => Element[] | null;
}

/**
 * Component-library selects keep their value in the framework's model, which a DOM write does not
 * reach (their own setters are future work in page/widgets): they are not written at all.
 */
const MODEL_ONLY: ReadonlySet<ComponentHint> = new Set(['el-select', 'ant-select', 'select2']);
/** Component pickers parse typed text on change: written, but whether their model took it cannot be read back. */
const UNVERIFIABLE: ReadonlySet<ComponentHint> = new Set(['el-date', 'ant-date', 'laydate', 'easyui']);

function isGroup(kind: WidgetKind | undefined): boolean {
  return kind === 'radio-group' || kind === 'checkbox-group';
}

/** The controls of a step: the remembered ones while they are in the page, else found again. */
function controlsOf(step: ApplyStep, deps: ApplyDeps): Element[] | null {
  const remembered = deps.session.elements[step.index];
  if (remembered && remembered.length > 0 && remembered.every((e) => e.isConnected)) return remembered;
  return deps.resolve(step.selectors, isGroup(deps.session.fields[step.index]?.kind));
}

/** Writes the steps, verifies them, and pushes one undo entry for this fill. */
export function applySteps(steps: readonly ApplyStep[], deps: ApplyDeps): StepResult[] {
  const { session } = deps;
  // pass 1: read
  const targets = steps.map((step) => {
    const els = controlsOf(step, deps);
    return { step, els, before: els ? captureState(els) : undefined };
  });
  // pass 2: write
  const undo: UndoEntry[] = [];
  const outcome = targets.map(({ step, els, before }) => {
    if (!els || !before) return 'gone' as const;
    const field = session.fields[step.index];
    if (field?.component && MODEL_ONLY.has(field.component)) return 'unsupported' as const;
    const result = writeValue(els, field?.kind ?? 'text', step.value);
    if (result === 'written') undo.push({ els, before });
    return result;
  });
  if (undo.length > 0) session.undoStack.push(undo);
  // pass 3: read back (one capture per field serves the check, the report and the memory of what CareFill wrote)
  return targets.map(({ step, els }, i) => {
    const o = outcome[i]!;
    if (!els || o === 'gone') return { index: step.index, status: 'gone', shown: '' };
    const now = captureState(els);
    if (o === 'unsupported') return { index: step.index, status: 'unsupported', shown: shownValue(els, now) };
    session.markWritten(els, now);
    const component = session.fields[step.index]?.component;
    const kept = holds(els, step.value, now);
    const status: StepStatus = !kept ? 'mismatch' : component && UNVERIFIABLE.has(component) ? 'filled' : 'verified';
    return { index: step.index, status, shown: shownValue(els, now) };
  });
}

/**
 * Reads the written fields again after the page had time to react (a framework that resets a
 * value a moment later): a verified field that no longer holds its value becomes a mismatch.
 */
export function recheck(steps: readonly ApplyStep[], results: StepResult[], deps: ApplyDeps): StepResult[] {
  return results.map((r, i) => {
    const step = steps[i]!;
    if (r.status !== 'verified') return r;
    const els = controlsOf(step, deps);
    if (!els) return { ...r, status: 'gone', shown: '' };
    return holds(els, step.value) ? { ...r, shown: shownValue(els) } : { ...r, status: 'mismatch', shown: shownValue(els) };
  });
}
