import { checkMessage, classifySender, contentOriginOf, type SenderInfo } from '../../messaging/guard';
import type { ErrorResponse, RequestName, Responses } from '../../messaging/protocol';
import { isQuotaError, STORAGE_FULL_KEY } from '../../storage/errors';
import type { HandlerContext, HandlerTable } from './handlers/context';

export type Dispatch = (message: unknown, sender: SenderInfo) => Promise<Responses[RequestName] | ErrorResponse>;

/** Who we are, to tell our own pages and content scripts from anybody else. */
export interface Self {
  id: string;
  /** `browser.runtime.getURL('/')` */
  baseUrl: string;
  /**
   * Whether CareFill holds the host permission of a web origin. When given, a content-script
   * message from a frame of any other origin is refused (defence in depth: our scripts only run
   * on granted OA origins, so such a sender is a forged or compromised one).
   */
  isGrantedOrigin?: (origin: string) => Promise<boolean>;
}

/**
 * The background's answer to every runtime message: classify the sender, validate the message
 * against the protocol and the sender's rights (messaging/guard.ts), run the request's handler.
 * It never throws: refusals and failures become an `ErrorResponse` with an i18n key, and the
 * log names only the request and the error's class, never data.
 */
export function createDispatcher(handlers: HandlerTable, ctx: HandlerContext, self: Self): Dispatch {
  return async (message, sender) => {
    const kind = classifySender(sender, self.id, self.baseUrl);
    const checked = checkMessage(message, kind, sender.tab?.id);
    if (!checked.ok) return { error: checked.error, key: checked.key };
    if (kind === 'content' && self.isGrantedOrigin && !(await grantedContentOrigin(sender, self.isGrantedOrigin))) return { error: 'forbidden', key: 'err_forbidden' };
    const handler = handlers[checked.type] as (payload: unknown, ctx: HandlerContext) => Promise<Responses[RequestName]>;
    try {
      return await handler(checked.payload, ctx);
    } catch (e) {
      console.error(`[CareFill] ${checked.type} failed: ${e instanceof Error ? e.name : typeof e}`);
      // the transaction rolled back: say the storage is full (and nothing was written), not "internal"
      return { error: 'internal', key: isQuotaError(e) ? STORAGE_FULL_KEY : 'err_internal' };
    }
  };
}

async function grantedContentOrigin(sender: SenderInfo, isGranted: (origin: string) => Promise<boolean>): Promise<boolean> {
  const origin = contentOriginOf(sender);
  if (!origin) return false;
  try {
    return await isGranted(origin);
  } catch {
    return false;
  }
}
