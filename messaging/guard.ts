import { requests, type RequestName, type SenderKind } from './protocol';

/** The parts of runtime.MessageSender the guard looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** the frame's origin as the browser saw it (Chrome; also for about:blank / srcdoc frames) */
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Classifies a sender: our own extension pages (their URL is under our extension's base URL),
 * our content scripts (in a tab, on a web page), or nobody we talk to (another extension).
 */
export function classifySender(sender: SenderInfo, ownId: string, ownBaseUrl: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  if (sender.url?.startsWith(ownBaseUrl)) return 'extension-page';
  if (sender.tab && sender.url && /^(https?|about|data|blob):/.test(sender.url)) return 'content';
  return null;
}

export type Checked =
  | { ok: true; type: RequestName; payload: unknown }
  | { ok: false; error: 'bad-request' | 'forbidden'; key: string };

/**
 * Validates a raw message against the protocol and the sender's rights. Never throws. A content
 * script acts only on its own tab: a `tabId` in its payload must be the tab it runs in.
 */
export function checkMessage(raw: unknown, sender: SenderKind | null, senderTabId?: number): Checked {
  if (!raw || typeof raw !== 'object') return { ok: false, error: 'bad-request', key: 'err_bad_message' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(requests, type)) return { ok: false, error: 'bad-request', key: 'err_bad_message' };
  const spec = requests[type as RequestName];
  if (!sender || !(spec.from as readonly SenderKind[]).includes(sender)) return { ok: false, error: 'forbidden', key: 'err_forbidden' };
  const parsed = spec.payload.safeParse(payload ?? {});
  if (!parsed.success) return { ok: false, error: 'bad-request', key: 'err_bad_message' };
  const tabId = (parsed.data as { tabId?: unknown }).tabId;
  if (sender === 'content' && tabId !== undefined && tabId !== senderTabId) return { ok: false, error: 'forbidden', key: 'err_forbidden' };
  return { ok: true, type: type as RequestName, payload: parsed.data };
}

/**
 * The web origin a content script runs in: `sender.origin` where the browser gives it (Chrome,
 * which also knows the creator of an about:blank frame), else the origin of `sender.url`; null
 * when there is none (an opaque origin).
 */
export function contentOriginOf(sender: SenderInfo): string | null {
  const candidate = sender.origin ?? (sender.url ? safeOrigin(sender.url) : null);
  return candidate && /^https?:\/\//.test(candidate) ? candidate : null;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
