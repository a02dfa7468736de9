/**
 * The page-world half of the e-cology 9 adapter. Injected by the background with
 * `scripting.executeScript({ world: 'MAIN', func: installWfFormAdapter, args: [nonce, event] })`
 * into an OA frame the person opted in, it waits for ONE request event carrying the fill's nonce,
 * calls `window.WfForm.changeFieldValue(fieldId, { value })` for the fields in it and nothing else,
 * answers which calls went through, and removes itself. Events without the nonce are ignored;
 * the page can trigger nothing but the calls CareFill asked for, and learns nothing but the
 * values being set. Self-contained (no imports, no closures over module code): the browser
 * serialises the function into the page.
 */

/** Installs the one-shot listener; false when the page has no `WfForm.changeFieldValue`. */
export function installWfFormAdapter(nonce: string, eventName: string, lifetimeMs: number): boolean {
  type WfForm = { changeFieldValue?: (fieldId: string, valueInfo: { value: string }) => unknown };
  const form = (window as unknown as { WfForm?: WfForm }).WfForm;
  if (!form || typeof form.changeFieldValue !== 'function') return false;
  const mark = /^field\d{1,12}(?:_\d{1,6})?$/;
  const onRequest = (event: Event): void => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    let request: { nonce?: unknown; calls?: unknown };
    try {
      request = JSON.parse(detail) as typeof request;
    } catch {
      return;
    }
    if (!request || request.nonce !== nonce || !Array.isArray(request.calls)) return;
    document.removeEventListener(eventName, onRequest);
    const results = (request.calls as unknown[]).map((call) => {
      const c = call as { fieldId?: unknown; value?: unknown };
      if (typeof c?.fieldId !== 'string' || typeof c.value !== 'string' || !mark.test(c.fieldId)) return false;
      try {
        form.changeFieldValue!(c.fieldId, { value: c.value });
        return true;
      } catch {
        return false;
      }
    });
    document.dispatchEvent(new CustomEvent(`${eventName}-done`, { detail: JSON.stringify({ nonce, results }) }));
  };
  document.addEventListener(eventName, onRequest);
  setTimeout(() => document.removeEventListener(eventName, onRequest), lifetimeMs);
  return true;
}
