/**
 * The launcher on OA pages: a small button in the top frame that opens the fill panel. The
 * background injects this function by itself (scripting.executeScript({ func, args })) when an
 * OA page has loaded, so it must not refer to anything outside its body. It adds one element and
 * one click listener: no scans, observers or timers.
 */
export function mountLauncher(tabId: number, css: string, label: string): boolean {
  const doc = document;
  const body = doc.body;
  if (!body || body.localName === 'frameset' || doc.querySelector('carefill-launcher')) return false;
  const host = doc.createElement('carefill-launcher');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = '填';
  button.title = label;
  button.setAttribute('aria-label', label);
  button.setAttribute('data-testid', 'panel-launcher');
  button.addEventListener('click', (e) => {
    if (!e.isTrusted) return; // the page's scripts may not open the panel

    const g = globalThis as unknown as { browser?: { runtime?: { sendMessage(m: unknown): unknown } }; chrome?: { runtime?: { sendMessage(m: unknown): unknown } } };
    const runtime = g.browser?.runtime ?? g.chrome?.runtime;
    // the extension was reloaded or removed: this button belongs to the old one
    const gone = () => host.remove();
    try {
      Promise.resolve(runtime?.sendMessage({ type: 'fill.panel', payload: { tabId } })).catch(gone);
    } catch {
      gone();
    }
  });
  root.append(style, button);
  (doc.documentElement ?? body).append(host);
  return true;
}
