import { render } from 'preact';
import { I18nContext, type Translate } from '../../components/i18n';
import type { FillApi } from './fill-api';
import type { GuardApi } from '../guard/guard-api';
import type { GuardPanelStore } from '../guard/panel-store';
import type { TeachApi } from '../teach/api';
import { Panel } from './Panel';
import { frameContentOrigin } from './frame-measure';
import { chooseSide, type Box, type Side } from './position';
import { PANEL_CSS } from './styles';

/**
 * Mounting the in-page panel: a `<carefill-panel>` element with an open shadow root (the
 * automation contract), built with createElement and rendered by Preact — no HTML is parsed. It
 * keeps to a corner and moves to the other side when it would cover the field being edited: in
 * its own and same-origin frames it sees focus itself; fields of other frames (any origin, any
 * depth) reach it through `link` (host-link.ts, relay-protocol.ts).
 */

export const PANEL_TAG = 'carefill-panel';
/** The panel's width in styles.ts. */
const PANEL_WIDTH = 340;

/**
 * The shadow root is open (the automation contract), so the page's own scripts can reach the
 * panel. Only the person's input may drive it: synthetic events from page scripts (typing a query
 * to read the ledger, clicking 填写) stop at the root. Changing the template select stays open.
 */
const PERSON_ONLY = ['click', 'dblclick', 'auxclick', 'input', 'beforeinput', 'keydown', 'keypress', 'keyup', 'submit', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'];

function acceptPersonOnly(root: ShadowRoot): void {
  const stopSynthetic = (e: Event) => {
    if (!e.isTrusted) e.stopImmediatePropagation();
  };
  for (const type of PERSON_ONLY) root.addEventListener(type, stopSynthetic, true);
}

export interface PanelEnv {
  doc: Document;
  win: Window;
  api: FillApi;
  t: Translate;
  /** the submit guard's view (issue 7) */
  guard?: { api: GuardApi; store: GuardPanelStore };
  /** teaching a field by a click (issue 6) */
  teach?: TeachApi;
  /** called once the panel is shown; what it returns is called when the panel closes (host-link.ts) */
  link?: (panel: MountedPanel) => () => void;
}

export interface MountedPanel {
  host: HTMLElement;
  /** moves the panel away from a field (a rect in this window's viewport) */
  avoid(field: Box | null): void;
  close(): void;
}

let mounted: MountedPanel | undefined;

/**
 * An element's box in the viewport of `top`: its own box, moved by the frames (same-origin)
 * between its document and `top`.
 */
function boxIn(top: Window, el: Element): Box {
  const r = el.getBoundingClientRect();
  let left = r.left;
  let y = r.top;
  let w: Window | null = el.ownerDocument.defaultView;
  for (let depth = 0; w && w !== top && depth < 10; depth++) {
    const frame = w.frameElement;
    if (!frame) break;
    const origin = frameContentOrigin(frame, w.parent);
    left += origin.left;
    y += origin.top;
    w = w.parent;
  }
  return { left, top: y, width: r.width, height: r.height };
}

/** Opens the panel (or returns the one already open). */
export function mountPanel(env: PanelEnv): MountedPanel {
  if (mounted?.host.isConnected) return mounted;
  const { doc, win } = env;
  const host = doc.createElement(PANEL_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const box = doc.createElement('div');
  box.className = 'panel';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', env.t('panel_title'));
  root.append(style, box);
  acceptPersonOnly(root);

  let side: Side = 'right';
  const place = () => {
    box.style.bottom = '12px';
    box.style.left = side === 'left' ? '12px' : '';
    box.style.right = side === 'right' ? '12px' : '';
    host.setAttribute('data-side', side);
  };
  const avoid = (field: Box | null) => {
    const rect = box.getBoundingClientRect();
    // before the first layout the box has no size yet: take the size the stylesheet gives it
    const size = { width: rect.width || PANEL_WIDTH, height: rect.height || Math.round(win.innerHeight * 0.7) };
    side = chooseSide(side, field, { width: win.innerWidth, height: win.innerHeight }, size);
    place();
  };
  const onFocus = (e: Event) => {
    const target = e.target as Element | null;
    // focus inside the panel itself, or on a frame element (the field is inside it), is not a field
    if (!target || target === host || target.localName === 'iframe' || target.localName === 'frame') return;
    avoid(boxIn(win, target));
  };
  // Fields of same-origin frames (an OA form in a portal iframe) are watched too; frames that
  // load later are picked up the next time focus leaves this window for one of them.
  const watched: Document[] = [];
  const watch = (d: Document, depth = 0) => {
    if (!watched.includes(d)) {
      watched.push(d);
      d.addEventListener('focusin', onFocus, true);
    }
    if (depth > 5) return;
    for (const f of Array.from(d.querySelectorAll('iframe, frame'))) {
      const inner = (f as HTMLIFrameElement).contentDocument; // null across origins
      if (inner) watch(inner, depth + 1);
    }
  };
  const onBlur = () => watch(doc);
  watch(doc);
  win.addEventListener('blur', onBlur);

  let unlink: (() => void) | undefined;
  const close = () => {
    unlink?.();
    unlink = undefined;
    for (const d of watched) d.removeEventListener('focusin', onFocus, true);
    win.removeEventListener('blur', onBlur);
    render(null, box);
    host.remove();
    if (mounted?.host === host) mounted = undefined;
  };
  place();
  (doc.documentElement ?? doc.body).append(host);
  render(
    <I18nContext.Provider value={env.t}>
      <Panel api={env.api} onClose={close} {...(env.guard ? { guard: env.guard } : {})} {...(env.teach ? { teach: env.teach } : {})} />
    </I18nContext.Provider>,
    box,
  );
  const active = doc.activeElement;
  if (active && active !== doc.body && active !== host) avoid(boxIn(win, active));
  mounted = { host, avoid, close };
  unlink = env.link?.(mounted);
  return mounted;
}

/** True while a panel opened here is on the page. */
export function panelIsOpen(): boolean {
  return !!mounted?.host.isConnected;
}
