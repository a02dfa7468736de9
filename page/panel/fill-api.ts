import type { CadreSummary, FillResponses, TemplateChoice } from '../../messaging/protocol';

/**
 * What the fill flow (popup or in-page panel) asks of the background. The popup sends through
 * messaging/client; the panel, a content script, through the native runtime.
 */
export interface FillApi {
  /** the flow opened (or is ready for another fill): the tab collects its fields ahead of the click */
  prepare(): Promise<FillResponses['fill.prepare']>;
  searchCadres(query: string): Promise<{ items: CadreSummary[]; total: number }>;
  templates(cadreId: string): Promise<{ templates: TemplateChoice[]; defaultId?: string }>;
  fill(cadreId: string, templateId: string, overwrite: boolean): Promise<FillResponses['fill.start']>;
  undo(): Promise<FillResponses['fill.undo']>;
}

/** A request as the background's dispatcher takes it. */
export type SendRequest = (type: string, payload: unknown) => Promise<unknown>;

export const PANEL_SEARCH_LIMIT = 10;

/** The key of a request that got no answer (the connection dropped, the service worker stopped). */
export const REQUEST_FAILED_KEY = 'err_request_failed';

/**
 * Thrown when the background answers with `{ error, key }`, or (`transport`) when no answer came
 * back at all: then the request may have run partly, which the fill flow must say.
 */
export class FillApiError extends Error {
  constructor(
    readonly key: string,
    readonly transport = false,
  ) {
    super(key);
  }
}

/** True when the request may have been cut off mid-way rather than refused by the background. */
export function isTransportFailure(e: unknown): boolean {
  if (!(e instanceof FillApiError)) return true;
  return e.transport || e.key === REQUEST_FAILED_KEY;
}

async function call<T>(send: SendRequest, type: string, payload: unknown): Promise<T> {
  let res: unknown;
  try {
    res = await send(type, payload);
  } catch {
    throw new FillApiError(REQUEST_FAILED_KEY, true);
  }
  if (!res || typeof res !== 'object') throw new FillApiError(REQUEST_FAILED_KEY, true);
  if ('error' in res) throw new FillApiError(String((res as { key?: unknown }).key ?? REQUEST_FAILED_KEY));
  return res as T;
}

/** The fill API for a tab over any request sender (the panel's native runtime, tests' fakes). */
export function fillApiFor(send: SendRequest, tabId: number): FillApi {
  return {
    prepare: () => call(send, 'fill.prepare', { tabId }),
    searchCadres: (query) => call(send, 'fill.cadres', { query, limit: PANEL_SEARCH_LIMIT }),
    templates: (cadreId) => call(send, 'fill.templates', { cadreId }),
    fill: (cadreId, templateId, overwrite) => call(send, 'fill.start', { tabId, cadreId, templateId, overwrite }),
    undo: () => call(send, 'fill.undo', { tabId }),
  };
}
