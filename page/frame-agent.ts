/**
 * The part of CareFill present in every frame of an OA page from page load. It must stay tiny
 * and inert: no DOM scans, observers or timers until the background asks for something. The
 * autofill engine is injected on demand; this agent only answers the background.
 *
 * It uses the browser's native extension API (promise-capable `browser` in Firefox, `chrome` in
 * Chromium) instead of the polyfill, which alone would be larger than the whole agent.
 */

interface NativeRuntime {
  id: string;
  onMessage: {
    addListener(
      cb: (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => boolean | void,
    ): void;
  };
}

type FrameHandler = (payload: unknown) => unknown;

/** Answers `frame.*` requests from our background, and nobody else's. */
export function startFrameAgent(runtime: NativeRuntime, handlers: Record<string, FrameHandler>): void {
  runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== runtime.id || !msg || typeof msg !== 'object') return;
    const { type, payload } = msg as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return;
    Promise.resolve()
      .then(() => handlers[type]!(payload))
      .then(sendResponse, () => sendResponse({ error: 'internal', key: 'err_internal' }));
    return true; // the answer is sent asynchronously
  });
}

/** `frame.ping`: which page this frame shows. */
export function describeFrame(): { url: string; title: string; top: boolean } {
  return { url: location.href, title: document.title, top: window === window.top };
}
