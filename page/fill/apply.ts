import type { FillValue, WidgetKind } from '../../core/fill/types';
import { componentWidgetOf, hasLibraryMarkup, type ComponentMismatchReason, type ComponentWidget } from '../widgets/component';
import { sleep } from '../widgets/component/dom';
import { captureState } from '../widgets/state';
import { holds, shownValue, writeValue } from '../widgets/write';
import type { FillSession, UndoEntry } from './session';

/**
 * Applying a frame's plan. Native controls go in three passes — read every control's state,
 * write every value, read every value back — so layout and style are never read between two
 * writes (a page that recomputes totals on `change` still sees each write at once). Then the
 * component-library widgets, one at a time in page order (their dropdown portals fight over
 * focus), each verified before the next; a moment after the last, all of them are read again,
 * so a page that puts a value back is caught.
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
  /** why a component widget is a mismatch (docs/automation.md, `data-reason`) */
  reason?: ComponentMismatchReason;
}

export interface ApplyDeps {
  session: FillSession;
  /** finds a field's controls again when the remembered ones left the page */
  resolve: (selectors: readonly string[], group: boolean) => Element[] | null;
  /** how long a component widget may take to show its value (default 1 s) */
  componentTimeoutMs?: number;
}

const MODEL_ONLY: ReadonlySet<string> = new Set(['el-select', 'ant-select']);

/** How long after the last component write the widgets are read again. */
export const HOLD_MS = 300;

function isGroup(kind: WidgetKind | undefined): boolean {
  return kind === 'radio-group' || kind === 'checkbox-group';
}

/** The controls of a step: the remembered ones while they are in the page, else found again. */
function controlsOf(step: ApplyStep, deps: ApplyDeps): Element[] | null {
  const remembered = deps.session.elements[step.index];
  if (remembered && remembered.length > 0 && remembered.every((e) => e.isConnected)) return remembered;
  return deps.resolve(step.selectors, isGroup(deps.session.fields[step.index]?.kind));
}

interface Target {
  step: ApplyStep;
  els: Element[] | null;
  widget: ComponentWidget | null;
}

/** Native steps: read all, write all, read all back. */
function applyNative(targets: readonly Target[], deps: ApplyDeps, undo: UndoEntry[]): StepResult[] {
  const { session } = deps;
  const before = targets.map(({ els }) => (els ? captureState(els) : undefined));
  const outcome = targets.map(({ step, els }, i) => {
    const state = before[i];
    if (!els || !state) return 'gone' as const;
    // a library select drawn without a known widget keeps its value in its model: a DOM write would not reach it
    if (MODEL_ONLY.has(session.fields[step.index]?.component ?? '')) return 'unsupported' as const;
    const result = writeValue(els, session.fields[step.index]?.kind ?? 'text', step.value);
    if (result === 'written') undo.push({ els, before: state });
    return result;
  });
  // one capture per field serves the check, the report and the memory of what CareFill wrote
  return targets.map(({ step, els }, i) => {
    const o = outcome[i]!;
    if (!els || o === 'gone') return { index: step.index, status: 'gone', shown: '' };
    const now = captureState(els);
    if (o === 'unsupported') return { index: step.index, status: 'unsupported', shown: shownValue(els, now) };
    session.markWritten(els, now);
    return { index: step.index, status: holds(els, step.value, now) ? 'verified' : 'mismatch', shown: shownValue(els, now) };
  });
}

/** Component steps, one after the other, each waited for. */
async function applyComponents(targets: readonly Target[], deps: ApplyDeps, undo: UndoEntry[]): Promise<StepResult[]> {
  const out: StepResult[] = [];
  let lastWrite = 0;
  let win: Window | null = null;
  for (const { step, els, widget } of targets) {
    if (!els || !widget || !els[0]!.isConnected) {
      out.push({ index: step.index, status: 'gone', shown: '' });
      continue;
    }
    // what the widget shows, and the DOM under it, as they were: undo puts them back
    const before = captureState(els);
    const shown = widget.capture();
    const reason = await widget.write(step.value).catch((e: unknown): ComponentMismatchReason => {
      // one widget's failure must not lose the report of the others
      console.warn(`[CareFill] ${widget.family} not written: ${e instanceof Error ? e.message : typeof e}`);
      return 'rejected';
    });
    win = els[0]!.ownerDocument.defaultView;
    lastWrite = win?.performance.now() ?? 0;
    // pushed even when refused: a write that was cut short may have changed part of it
    undo.push({ els, before, widget: { widget, shown } });
    deps.session.markWritten(els);
    out.push(reason ? { index: step.index, status: 'mismatch', shown: widget.shown(), reason } : { index: step.index, status: 'verified', shown: widget.shown() });
  }
  if (!win) return out;
  const wait = HOLD_MS - (win.performance.now() - lastWrite);
  if (wait > 0) await sleep(win, wait);
  return out.map((r, i) => {
    const { step, widget } = targets[i]!;
    if (r.status !== 'verified' || !widget) return r;
    return widget.holds(step.value) ? { ...r, shown: widget.shown() } : { ...r, status: 'mismatch', shown: widget.shown(), reason: 'reverted' };
  });
}

/** Writes the steps, verifies them, and pushes one undo entry for this fill (with `writtenBefore` first). */
export async function applySteps(steps: readonly ApplyStep[], deps: ApplyDeps, writtenBefore: readonly UndoEntry[] = []): Promise<StepResult[]> {
  // a root without any library markup (a classic form) has no widgets: one query instead of one per field
  const libraryIn = new Map<Node, boolean>();
  const mayHoldWidget = (el: Element) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    let has = libraryIn.get(root);
    if (has === undefined) libraryIn.set(root, (has = typeof root.querySelector !== 'function' || hasLibraryMarkup(root)));
    return has;
  };
  const targets: Target[] = steps.map((step) => {
    const els = controlsOf(step, deps);
    return { step, els, widget: els && els[0] && mayHoldWidget(els[0]) ? componentWidgetOf(els, deps.componentTimeoutMs) : null };
  });
  // what this fill set another way (the page's own form API) is undone with the rest, last
  const undo: UndoEntry[] = [...writtenBefore];
  const native = applyNative(
    targets.filter((t) => !t.widget),
    deps,
    undo,
  );
  const components = targets.filter((t) => t.widget);
  const written = components.length > 0 ? await applyComponents(components, deps, undo) : [];
  if (undo.length > 0) deps.session.undoStack.push(undo);
  const byIndex = new Map([...native, ...written].map((r) => [r.index, r]));
  return steps.map((s) => byIndex.get(s.index)!);
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
    const widget = componentWidgetOf(els);
    if (widget) return widget.holds(step.value) ? { ...r, shown: widget.shown() } : { ...r, status: 'mismatch', shown: widget.shown(), reason: 'reverted' };
    return holds(els, step.value) ? { ...r, shown: shownValue(els) } : { ...r, status: 'mismatch', shown: shownValue(els) };
  });
}
