import { browser } from 'wxt/browser';
import type { ErrorResponse, RequestName, RequestPayload, Responses } from './protocol';

/** Raised in extension pages when the background refuses or fails a request. */
export class RequestError extends Error {
  constructor(readonly response: ErrorResponse) {
    super(response.key);
  }
}

/** Sends a typed request to the background and returns its typed response. */
export async function request<N extends RequestName>(type: N, payload: RequestPayload<N>): Promise<Responses[N]> {
  const res = (await browser.runtime.sendMessage({ type, payload })) as Responses[N] | ErrorResponse;
  if (res && typeof res === 'object' && 'error' in res) throw new RequestError(res as ErrorResponse);
  return res as Responses[N];
}
