import type { ParsedPayload, RequestName, Responses } from '../../../messaging/protocol';
import type { Repos } from '../../../storage/repos';

/** What a request handler works with. */
export interface HandlerContext {
  repos: Repos;
}

export type Handler<N extends RequestName> = (payload: ParsedPayload<N>, ctx: HandlerContext) => Promise<Responses[N]>;

/** One handler per request of messaging/protocol.ts: tsc refuses a table that misses one. */
export type HandlerTable = { [N in RequestName]: Handler<N> };
