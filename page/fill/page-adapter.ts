import { setThroughAdapter } from '../adapter/route';
import { captureState } from '../widgets/state';
import { holds, shownValue } from '../widgets/write';
import type { ApplyStep, StepResult } from './apply';
import type { FillSession, UndoEntry } from './session';

/**
 * A fill's steps on a page with its own form API (e-cology 9 `WfForm`, opted in per OA origin;
 * entrypoints/background/fill/adapter.ts installed the page-world listener for this fill's
 * nonce): the steps the API can take go through it, so the page's model and its linked
 * computations see the values as if a person had entered them; each is then read back from the
 * DOM like any other write, and undo puts back what the field held. The steps the API did not
 * take are left for the DOM writers.
 */

export interface AdapterApplied {
  /** indexes of the steps the page's API took */
  taken: Set<number>;
  results: StepResult[];
  undo: UndoEntry[];
}

/** Sends what the page's API can set; verifies and remembers what it took. */
export function applyThroughPageAdapter(doc: Document, nonce: string, steps: readonly ApplyStep[], session: FillSession): AdapterApplied {
  const controlsOf = (index: number) => {
    const els = session.elements[index];
    return els && els.length > 0 && els.every((e) => e.isConnected) ? els : null;
  };
  const before = new Map(steps.map((s) => [s.index, controlsOf(s.index)] as const).filter((e): e is [number, Element[]] => e[1] !== null).map(([i, els]) => [i, captureState(els)]));
  const taken = setThroughAdapter(doc, nonce, steps, controlsOf);
  const results: StepResult[] = [];
  const undo: UndoEntry[] = [];
  for (const step of steps) {
    const els = taken.has(step.index) ? controlsOf(step.index) : null;
    const prior = before.get(step.index);
    if (!els || !prior) continue;
    const now = captureState(els);
    undo.push({ els, before: prior });
    session.markWritten(els, now);
    results.push({ index: step.index, status: holds(els, step.value, now) ? 'verified' : 'mismatch', shown: shownValue(els, now) });
  }
  return { taken: new Set(results.map((r) => r.index)), results, undo };
}
