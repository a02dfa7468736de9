/**
 * Bundled into a page by the fill benchmarks (esbuild, IIFE): the engine's own code — collect,
 * assign, plan, write with events, read back — measured with performance.now() inside the page,
 * next to a raw baseline that writes the same values by known selectors with the same events.
 */
import { assignFields } from '../../../../core/fill/assign';
import { buildFillPlan } from '../../../../core/fill/plan';
import type { FillValue } from '../../../../core/fill/types';
import { toRmbUpper } from '../../../../core/model/validators/rmb';
import { collectFields } from '../../../../page/collect/collect';
import { createEngine } from '../../../../page/fill/engine';
import { writeValue } from '../../../../page/widgets/write';

export interface RawStep {
  selector: string;
  value: FillValue;
  kind: Parameters<typeof writeValue>[1];
}

export interface EndToEnd {
  /** from the first read to the last read-back */
  ms: number;
  /** the same, until the page has laid out what was written (what the person sees) */
  rendered: number;
  fields: number;
  written: number;
  verified: number;
  /** what the raw baseline needs to write the same values: selector, kind and value per field */
  raw: RawStep[];
}

/**
 * Empties the forms and lets the page settle (style and layout done), so every run starts as a
 * fill does: on a rendered page the person is looking at.
 */
function resetForms(): void {
  for (const f of Array.from(document.forms)) f.reset();
  void document.body.getBoundingClientRect();
}

/** Collects the page's fields; the time in ms. */
function collect(): { ms: number; fields: number } {
  const t0 = performance.now();
  const { collection } = collectFields(document, { framePath: '' });
  return { ms: performance.now() - t0, fields: collection.fields.length };
}

/** The whole fill of this frame, as the engine and the background do it, without the messaging. */
async function fill(values: Record<string, string>): Promise<EndToEnd> {
  resetForms();
  const { handlers } = createEngine({ doc: document, win: window });
  const t0 = performance.now();
  const answer = await handlers['frame.collect']({ frameId: 0 });
  const snapshots = answer.collection.fields;
  const { assignments } = assignFields(snapshots, { headings: [...answer.collection.headings, answer.collection.title] });
  const plan = buildFillPlan({ framePath: '', snapshots, assignments, values, amountInWords: toRmbUpper });
  const steps = plan.steps.filter((s) => s.value).map((s) => ({ index: s.snapshotIndex, selectors: [snapshots[s.snapshotIndex]!.selector], value: s.value! }));
  const res = await handlers['frame.apply']({ steps });
  const ms = performance.now() - t0;
  void document.body.getBoundingClientRect();
  const rendered = performance.now() - t0;
  const raw = steps.map((s) => ({ selector: s.selectors[0]!, value: s.value, kind: snapshots[s.index]!.kind }));
  return { ms, rendered, fields: snapshots.length, written: steps.length, verified: res.results.filter((r) => r.status === 'verified').length, raw };
}

/** The raw baseline: the same values, by known selectors, through the same setters and events. */
function raw(steps: RawStep[]): { ms: number; rendered: number } {
  resetForms();
  const t0 = performance.now();
  for (const s of steps) {
    const els = s.kind === 'radio-group' || s.kind === 'checkbox-group' ? Array.from(document.querySelectorAll(s.selector)) : [document.querySelector(s.selector)!];
    writeValue(els, s.kind, s.value);
  }
  const ms = performance.now() - t0;
  void document.body.getBoundingClientRect();
  return { ms, rendered: performance.now() - t0 };
}

(globalThis as unknown as { __carefillBench: unknown }).__carefillBench = { collect, fill, raw };
