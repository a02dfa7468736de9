import { checkMessage, classifySender, type SenderInfo } from '../../messaging/guard';
import type { ErrorResponse, RequestName, Responses } from '../../messaging/protocol';
import type { HandlerContext, HandlerTable } from './handlers/context';

export type Dispatch = (message: unknown, sender: SenderInfo) => Promise<Responses[RequestName] | ErrorResponse>;

/** Who we are, to tell our own pages and content scripts from anybody else. */
export interface Self {
  id: string;
  /** `browser.runtime.getURL('/')` */
  baseUrl: string;
}

/**
 * The background's answer to every runtime message: classify the sender, validate the message
 * against the protocol and the sender's rights (messaging/guard.ts), run the request's handler.
 * It never throws: refusals and failures become an `ErrorResponse` with an i18n key, and the
 * log names only the request and the error's class, never data.
 */
export function createDispatcher(handlers: HandlerTable, ctx: HandlerContext, self: Self): Dispatch {
  return async (message, sender) => {
    const checked = checkMessage(message, classifySender(sender, self.id, self.baseUrl), sender.tab?.id);
    if (!checked.ok) return { error: checked.error, key: checked.key };
    const handler = handlers[checked.type] as (payload: unknown, ctx: HandlerContext) => Promise<Responses[RequestName]>;
    try {
      return await handler(checked.payload, ctx);
    } catch (e) {
      console.error(`[CareFill] ${checked.type} failed: ${e instanceof Error ? e.name : typeof e}`);
      return { error: 'internal', key: 'err_internal' };
    }
  };
}
