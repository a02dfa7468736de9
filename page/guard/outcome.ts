import { formNumberIn, isSuccessText } from '../../core/guard/result-text';

/**
 * What the OA did with a submit the guard let through, as its frame sees it: the frame left for
 * another page (a form post, a redirect: the result page is read by the background), or the page
 * showed a success text (a page posting by XHR/fetch writes its answer into the page). A page
 * that refuses stays and shows its error: no outcome, nothing is recorded. Watches only for a
 * short while after a replay, then stops.
 */

export type SubmitOutcome = { kind: 'left' } | { kind: 'shown'; formNumber?: string };

/** How long after a submit the page's answer is awaited. */
export const OUTCOME_WATCH_MS = 15_000;

/** The text a document shows (body only: titles and scripts are not what the person reads). */
function shownText(doc: Document): string {
  return doc.body?.textContent ?? '';
}

/** The OA's form number a page shows, if any (a result page: 单据编号：…). */
export function formNumberOf(doc: Document): string | undefined {
  return formNumberIn(shownText(doc));
}

/** The text a mutation brought: added nodes and changed text. */
function addedText(records: readonly MutationRecord[]): string {
  const parts: string[] = [];
  for (const r of records) {
    if (r.type === 'characterData') parts.push(r.target.textContent ?? '');
    for (const n of r.addedNodes) parts.push(n.textContent ?? '');
  }
  return parts.join(' ');
}

/**
 * Watches one submit's outcome; calls `report` at most once. Returns the stop function (a newer
 * submit of the frame replaces the watch).
 */
export function watchOutcome(doc: Document, win: Window, report: (o: SubmitOutcome) => void, ms = OUTCOME_WATCH_MS): () => void {
  let done = false;
  const observer = new MutationObserver((records) => {
    const text = addedText(records);
    if (!isSuccessText(text)) return;
    const formNumber = formNumberIn(text);
    finish({ kind: 'shown', ...(formNumber ? { formNumber } : {}) });
  });
  const onLeave = () => finish({ kind: 'left' });
  const timer = setTimeout(() => stop(), ms);
  function stop() {
    done = true;
    observer.disconnect();
    win.removeEventListener('pagehide', onLeave);
    clearTimeout(timer);
  }
  function finish(o: SubmitOutcome) {
    if (done) return;
    stop();
    report(o);
  }
  win.addEventListener('pagehide', onLeave);
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  return stop;
}
