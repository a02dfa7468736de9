import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { translatorFromGetMessage } from '../components/i18n';
import { startFrameAgent } from '../page/frame-agent';
import { createEngine } from '../page/fill/engine';
import { canHostPanel } from '../page/fill/panel-host';
import { fillApiFor } from '../page/panel/fill-api';
import { startFocusWatch, type FocusWatch, type RelayPort } from '../page/panel/focus-watch';
import { linkPanelHost } from '../page/panel/host-link';
import { mountPanel, panelIsOpen } from '../page/panel/mount';
import { FOCUS_WATCH } from '../page/panel/relay-protocol';
import { guardApiFor } from '../page/guard/guard-api';
import { guardPanelStore } from '../page/guard/panel-store';
import { createSubmitGuard } from '../page/guard/submit-guard';
import { teachApiFor } from '../page/teach/api';
import { createTeachHandlers } from '../page/teach/frame-handlers';

/**
 * The autofill engine, injected on demand by the background (scripting.executeScript with
 * `files: ['oa-engine.js']`) into the frames of the tab being filled. It answers frame.collect,
 * frame.apply, frame.undo, frame.panel and frame.focusWatch; the frame agent (oa-frame.js) keeps answering
 * frame.ping. Uses the browser's native API, not the polyfill.
 */

interface NativeApi {
  runtime: Parameters<typeof startFrameAgent>[0] & { sendMessage(msg: unknown): Promise<unknown>; connect(info: { name: string }): RelayPort };
  i18n: { getMessage(key: string, subs?: string | string[]): string };
  dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null };
}

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi; __carefillEngine?: string };
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api?.runtime?.id) return;
  // injected again for the next fill: the first engine of this extension instance keeps answering
  if (g.__carefillEngine === api.runtime.id) return;
  g.__carefillEngine = api.runtime.id;

  const shadowRootOf = (el: Element): ShadowRoot | null => {
    const firefox = (el as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
    if (typeof firefox === 'function') return firefox.call(el);
    return api.dom?.openOrClosedShadowRoot?.(el) ?? null;
  };
  const t = translatorFromGetMessage((key, subs) => api.i18n.getMessage(key, subs));
  const send = (type: string, payload: unknown) => api.runtime.sendMessage({ type, payload });
  const connect = (name: string) => api.runtime.connect({ name });
  const openPanelIn = (tabId: number): boolean => {
    if (!Number.isInteger(tabId) || !canHostPanel(window)) return false;
    mountPanel({
      doc: document,
      win: window,
      api: fillApiFor(send, tabId),
      t,
      guard: { api: guardApiFor(send, tabId), store: guardPanelStore },
      teach: teachApiFor(send, tabId),
      // while open, the other frames report focus so the panel keeps off fields in them too
      link: (panel) => linkPanelHost({ win: window, connect, avoid: panel.avoid }),
    });
    return true;
  };
  // installed only while a panel is open in the tab (frame.focusWatch from the background)
  let focusWatch: FocusWatch | undefined;
  const setFocusWatch = (on: boolean) => {
    if (on && focusWatch?.active()) return { watching: true };
    focusWatch?.stop();
    focusWatch = on ? startFocusWatch({ doc: document, win: window, connect, showsPanel: panelIsOpen }) : undefined;
    return { watching: on };
  };

  const { handlers, session } = createEngine({
    doc: document,
    win: window,
    shadowRootOf,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    openPanel: (tabId) => openPanelIn(tabId),
  });
  // the submit guard (issue 7): armed by the background, shows its state in the panel
  const guard = createSubmitGuard({
    doc: document,
    win: window,
    send,
    shadowRootOf,
    canShowHere: () => canHostPanel(window),
    showHere: (tabId, state) => {
      if (!canHostPanel(window)) return false;
      guardPanelStore.set(state);
      return openPanelIn(tabId);
    },
    ...((import.meta.env as { MODE?: string }).MODE === 'test' ? { fault: () => document.documentElement.getAttribute('data-carefill-guard-fault') } : {}),
  });
  startFrameAgent(api.runtime, {
    ...handlers,
    ...guard.handlers,
    ...createTeachHandlers({ doc: document, win: window, shadowRootOf, session }),
    [FOCUS_WATCH]: (p: { on?: unknown } | undefined) => setFocusWatch(p?.on === true),
  } as unknown as Record<string, (payload: unknown) => unknown>);
});
