import type { FieldSnapshot, FrameCollection } from '../../core/fill/types';
import type { FillFrameMessages, FrameApplyStep, FrameCollectAnswer } from '../../messaging/requests/fill';
import { collectFields } from '../collect/collect';
import { framePathOf } from '../collect/frame-path';
import { applySteps, recheck, type ApplyDeps } from './apply';
import { growRows, withAppearWatch } from './grow';
import { isOwnUi } from './own-ui';
import { applyThroughPageAdapter } from './page-adapter';
import { PreparedCollection } from './prepared';
import { resolveField, type ShadowRootOf } from './resolve';
import { FillSession } from './session';
import { undoLatestFill } from './undo';

/**
 * The autofill engine of one frame: collects the frame's fields (ahead of the click when the fill
 * flow opens, see prepared.ts), applies the background's plan, undoes the latest fill. Injected
 * on demand (entrypoints/oa-engine.ts); everything it keeps is in this frame's memory.
 */

export interface EngineEnv {
  doc: Document;
  win: Window;
  /** opens closed shadow roots (chrome.dom / Element.openOrClosedShadowRoot) */
  shadowRootOf?: ShadowRootOf;
  /** waits before the second read-back */
  sleep?: (ms: number) => Promise<void>;
  /** opens the in-page panel; false when this frame cannot show it */
  openPanel?: (tabId: number) => boolean;
  now?: () => number;
}

type Handlers = { [N in keyof FillFrameMessages]: (payload: FillFrameMessages[N]['payload']) => FillFrameMessages[N]['answer'] | Promise<FillFrameMessages[N]['answer']> };

/** The nonce a fill's page-world adapter was installed with (entrypoints/background/fill/adapter.ts). */
const ADAPTER_NONCE = /^[0-9a-f]{32}$/;

/** Bounded wait for a page to react before the second read-back. */
const MAX_SETTLE_MS = 2000;

function isStep(s: unknown): s is FrameApplyStep {
  const x = s as FrameApplyStep;
  return !!x && typeof x === 'object' && Number.isInteger(x.index) && Array.isArray(x.selectors) && !!x.value && typeof x.value === 'object';
}

/** The engine's message handlers over one frame's document. */
export function createEngine(env: EngineEnv): { session: FillSession; handlers: Handlers; prepared: PreparedCollection } {
  const session = new FillSession();
  const now = env.now ?? (() => performance.now());
  const deps: ApplyDeps = {
    session,
    resolve: (selectors, group) => resolveField(env.doc, selectors, group, env.shadowRootOf),
  };

  const win = env.win as Window & typeof globalThis;
  const prepared = new PreparedCollection({
    doc: env.doc,
    MutationObserver: win.MutationObserver ?? globalThis.MutationObserver,
    ...(env.shadowRootOf ? { shadowRootOf: env.shadowRootOf } : {}),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });

  /** The frame's fields as they are now, CareFill's own controls left out. */
  const collectNow = (frameId: number): { collection: FrameCollection; elements: Element[][] } => {
    const { collection, elements } = collectFields(env.doc, { framePath: framePathOf(env.win), frameId, shadowRootOf: env.shadowRootOf });
    const fields: FieldSnapshot[] = [];
    const els: Element[][] = [];
    collection.fields.forEach((f, i) => {
      const own = elements[i]!;
      if (own.some(isOwnUi)) return;
      fields.push(f);
      els.push(own);
    });
    return { collection: { ...collection, fields }, elements: els };
  };

  // the collection prepared when the fill flow opened, when the frame has not changed since
  const collect = (frameId: number): FrameCollectAnswer => {
    const t0 = now();
    const kept = prepared.take(frameId);
    const { collection, elements } = kept ?? collectNow(frameId);
    session.remember(collection.fields, elements);
    return {
      collection,
      written: session.stillOurs(),
      url: env.win.location.href,
      top: env.win === env.win.top,
      prepared: kept !== undefined,
      ms: now() - t0,
    };
  };

  const handlers: Handlers = {
    'frame.collect': (p) => collect(typeof p?.frameId === 'number' ? p.frameId : 0),
    'frame.prepare': (p) => {
      const t0 = now();
      const frameId = typeof p?.frameId === 'number' ? p.frameId : 0;
      const form = collectNow(frameId);
      prepared.hold({ frameId, ...form });
      return { fields: form.collection.fields.length, ms: now() - t0 };
    },
    'frame.apply': async (p) => {
      const t0 = now();
      const steps = Array.isArray(p?.steps) ? p.steps.filter(isStep) : [];
      // the page's own form API first, where the person enabled it; the DOM writers do the rest
      const nonce = typeof p?.adapterNonce === 'string' && ADAPTER_NONCE.test(p.adapterNonce) ? p.adapterNonce : undefined;
      const viaPage = nonce ? applyThroughPageAdapter(env.doc, nonce, steps, session) : undefined;
      const written = viaPage ? await applySteps(steps.filter((s) => !viaPage.taken.has(s.index)), deps, viaPage.undo) : await applySteps(steps, deps);
      const byIndex = new Map([...(viaPage?.results ?? []), ...written].map((r) => [r.index, r]));
      let results = steps.map((s) => byIndex.get(s.index)!);
      const ms = now() - t0;
      const settle = Math.min(Math.max(p?.settleMs ?? 0, 0), MAX_SETTLE_MS);
      if (settle > 0 && env.sleep) {
        await env.sleep(settle);
        results = recheck(steps, results, deps);
      }
      return { results, ms };
    },
    'frame.undo': async () => ({ restored: await undoLatestFill(session) }),
    'frame.grow': async (p) => {
      const t0 = now();
      const anchor = resolveField(env.doc, Array.isArray(p?.selectors) ? p.selectors.filter((s) => typeof s === 'string') : [], false, env.shadowRootOf)?.[0];
      const rows = Math.min(Math.max(Math.trunc(Number(p?.rows) || 0), 0), 200);
      if (!anchor || rows === 0) return { added: 0, control: false, ms: now() - t0 };
      const grown = await growRows({ doc: env.doc, MutationObserver: win.MutationObserver ?? globalThis.MutationObserver, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>) }, anchor, rows);
      return { ...grown, ms: now() - t0 };
    },
    'frame.panel': (p) => ({ opened: !!env.openPanel && env.openPanel(Number(p?.tabId)) }),
  };
  // fields that appear while a plan is applied are reported, so the background fills them too
  handlers['frame.apply'] = withAppearWatch(handlers['frame.apply'], () => ({ doc: env.doc, MutationObserver: win.MutationObserver ?? globalThis.MutationObserver }));
  return { session, handlers, prepared };
}
