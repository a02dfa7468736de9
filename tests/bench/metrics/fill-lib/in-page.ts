/**
 * Bundled into a page by the fill benchmarks (esbuild, IIFE): the engine's own code — collect
 * (prepared ahead of the click, or cold), assign, plan, write with events, read back — measured
 * with performance.now() inside the page,
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

/** How a fill is measured: prepared ahead of the click or cold, and how many fills are averaged. */
export interface FillOptions {
  /**
   * the fill flow opened before the click: the page collected its fields then (`fill.prepare`,
   * page/fill/prepared.ts), the click brings that collection up to date; else the whole collect
   * runs after the click
   */
  prepared?: boolean;
  /** fills averaged in one call (the page's clock has a 0.1 ms grain) */
  times?: number;
}

/** One fill of this frame after the click, as the engine and the background do it, without the messaging. */
async function fillOnce(values: Record<string, string>, prepared: boolean): Promise<EndToEnd> {
  resetForms();
  const { handlers } = createEngine({ doc: document, win: window });
  if (prepared) void handlers['frame.prepare']({ frameId: 0 });
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
  if (answer.prepared !== prepared) throw new Error(`the fill was ${answer.prepared ? '' : 'not '}prepared`);
  const raw = steps.map((s) => ({ selector: s.selectors[0]!, value: s.value, kind: snapshots[s.index]!.kind }));
  return { ms, rendered, fields: snapshots.length, written: steps.length, verified: res.results.filter((r) => r.status === 'verified').length, raw };
}

/** `times` fills on an emptied page, each measured from the click to the last read-back; their mean. */
async function fill(values: Record<string, string>, opts: FillOptions = {}): Promise<EndToEnd> {
  const times = Math.max(1, opts.times ?? 1);
  let ms = 0;
  let rendered = 0;
  let last: EndToEnd | undefined;
  for (let i = 0; i < times; i++) {
    last = await fillOnce(values, opts.prepared === true);
    ms += last.ms;
    rendered += last.rendered;
  }
  return { ...last!, ms: ms / times, rendered: rendered / times };
}

/** The raw baseline: the same values, by known selectors, through the same setters and events (mean of `times`). */
function raw(steps: RawStep[], times = 1): { ms: number; rendered: number } {
  let ms = 0;
  let rendered = 0;
  for (let i = 0; i < Math.max(1, times); i++) {
    resetForms();
    const t0 = performance.now();
    for (const s of steps) {
      const els = s.kind === 'radio-group' || s.kind === 'checkbox-group' ? Array.from(document.querySelectorAll(s.selector)) : [document.querySelector(s.selector)!];
      writeValue(els, s.kind, s.value);
    }
    ms += performance.now() - t0;
    void document.body.getBoundingClientRect();
    rendered += performance.now() - t0;
  }
  const n = Math.max(1, times);
  return { ms: ms / n, rendered: rendered / n };
}

(globalThis as unknown as { __carefillBench: unknown }).__carefillBench = { collect, fill, raw };
