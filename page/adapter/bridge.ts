import { ADAPTER_EVENT, FIELD_MARK, type AdapterCall } from './protocol';

/**
 * The content-script half of the e-cology 9 adapter: hands the values of one fill to the
 * page-world listener installed for this fill's nonce and reads its answer. Event dispatch is
 * synchronous across worlds, so the answer is there when `dispatchEvent` returns. Only field marks
 * (`field123`) and string values are ever sent.
 */

/**
 * Asks the page-world adapter to set `calls`; per call whether `WfForm` took it, or null when no
 * adapter answered for this nonce (not installed, already used, or the page swallowed the event).
 */
export function callPageAdapter(doc: Document, nonce: string, calls: readonly AdapterCall[], eventName: string = ADAPTER_EVENT): boolean[] | null {
  const sent = calls.filter((c) => FIELD_MARK.test(c.fieldId));
  if (sent.length !== calls.length) return null;
  let answer: boolean[] | null = null;
  const onDone = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    try {
      const parsed = JSON.parse(detail) as { nonce?: unknown; results?: unknown };
      if (parsed.nonce === nonce && Array.isArray(parsed.results) && parsed.results.length === calls.length) {
        answer = parsed.results.map((r) => r === true);
      }
    } catch {
      // not ours
    }
  };
  doc.addEventListener(`${eventName}-done`, onDone);
  try {
    doc.dispatchEvent(new CustomEvent(eventName, { detail: JSON.stringify({ nonce, calls: sent.map(({ fieldId, value }) => ({ fieldId, value })) }) }));
  } finally {
    doc.removeEventListener(`${eventName}-done`, onDone);
  }
  return answer;
}

/** The e-cology field mark of a control (`field123` from its name or id), or null. */
export function fieldMarkOf(el: Element): string | null {
  for (const attr of ['name', 'id']) {
    const v = el.getAttribute(attr);
    if (v && FIELD_MARK.test(v)) return v;
  }
  return null;
}
