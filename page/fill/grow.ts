import { controlCount, detailTableOf, findAddRowControl } from './rows';

/**
 * Growing a detail table during a fill: the page's add-row control is clicked once per missing
 * row, and a MutationObserver waits for the page to build each row (pages add it late, after an
 * animation or a request). The observer exists only while rows are being added and is always
 * disconnected before the answer, also when the page never reacts.
 */

export interface GrowEnv {
  doc: Document;
  /** the frame's MutationObserver (the page's window, or a test's counting one) */
  MutationObserver: typeof MutationObserver;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

export interface GrowResult {
  /** rows the table gained */
  added: number;
  /** false when no add-row control was found near the table */
  control: boolean;
}

/** How long one row may take to appear before CareFill gives up on the rest. */
export const ROW_TIMEOUT_MS = 2000;

/**
 * Resolves true once `done()` holds after a change under `root`, false after `timeoutMs`.
 * The observer is disconnected either way.
 */
export function waitForChange(env: GrowEnv, root: Node, done: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (done()) return resolve(true);
    // mutation callbacks and the timer both run after this function returned: `timer` is set by then
    const observer = new env.MutationObserver(() => {
      if (done()) finish(true);
    });
    const finish = (ok: boolean) => {
      observer.disconnect();
      env.clearTimeout(timer);
      resolve(ok);
    };
    observer.observe(root, { childList: true, subtree: true });
    const timer = env.setTimeout(() => finish(done()), timeoutMs);
  });
}

/**
 * Adds `rows` rows to the detail table `anchor` (a control of its last row) sits in, by clicking
 * the page's add-row control and waiting for each row.
 */
export async function growRows(env: GrowEnv, anchor: Element, rows: number, timeoutMs = ROW_TIMEOUT_MS): Promise<GrowResult> {
  const table = detailTableOf(anchor);
  const control = table ? findAddRowControl(table) : null;
  if (!table || !control) return { added: 0, control: false };
  const start = controlCount(table);
  let added = 0;
  // the size of one row: the controls of the anchor's row (a table may hold other controls)
  const rowSize = Math.max(anchor.closest('tr')?.querySelectorAll('input, select, textarea').length ?? 1, 1);
  for (let i = 0; i < rows; i++) {
    const before = controlCount(table);
    control.click();
    const grew = await waitForChange(env, env.doc.body ?? env.doc.documentElement, () => controlCount(table) >= before + rowSize, timeoutMs);
    if (!grew) break;
    added = Math.floor((controlCount(table) - start) / rowSize);
  }
  return { added, control: true };
}

/** Controls a fill may write, as they appear in added subtrees. */
const CONTROL = 'input:not([type="hidden"]), select, textarea, [contenteditable="true"]';

/** Counts the form controls added under `root` until `stop()`, which disconnects the observer. */
export function watchAppearing(env: Pick<GrowEnv, 'MutationObserver'>, root: Node): { count(): number; stop(): number } {
  let added = 0;
  const tally = (records: MutationRecord[]) => {
    for (const r of records)
      for (const node of Array.from(r.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.localName.startsWith('carefill-')) continue; // CareFill's own panel
        added += (el.matches(CONTROL) ? 1 : 0) + el.querySelectorAll(CONTROL).length;
      }
  };
  const observer = new env.MutationObserver(tally);
  observer.observe(root, { childList: true, subtree: true });
  return {
    count: () => {
      tally(observer.takeRecords());
      return added;
    },
    stop: () => {
      tally(observer.takeRecords());
      observer.disconnect();
      return added;
    },
  };
}

/**
 * Wraps the engine's `frame.apply` so that its answer says how many controls appeared while the
 * values were written and settled (a 报销类型 that reveals more fields, a tab the fill switched):
 * the background then collects again and fills them. The watch ends with the apply.
 */
export function withAppearWatch<P, A extends object>(
  apply: (payload: P) => A | Promise<A>,
  env: () => Pick<GrowEnv, 'MutationObserver' | 'doc'>,
): (payload: P) => Promise<A & { appeared: number }> {
  return async (payload) => {
    const e = env();
    const watch = watchAppearing(e, e.doc.body ?? e.doc.documentElement);
    try {
      const answer = await apply(payload);
      return { ...answer, appeared: watch.count() };
    } finally {
      watch.stop();
    }
  };
}
