import { request, RequestError } from '../../messaging/client';
import { FillApiError, REQUEST_FAILED_KEY, type FillApi } from '../../page/panel/fill-api';
import { targetTabId } from './target-tab';

/**
 * A refused request becomes the error the fill flow shows (its i18n key); one that got no answer
 * (the message port closed, the service worker stopped) is marked as a transport failure.
 */
async function keyed<T>(p: Promise<T>): Promise<T> {
  let res: T;
  try {
    res = await p;
  } catch (e) {
    throw e instanceof RequestError ? new FillApiError(e.response.key) : new FillApiError(REQUEST_FAILED_KEY, true);
  }
  // a closed port can also resolve with nothing instead of rejecting
  if (res === undefined || res === null) throw new FillApiError(REQUEST_FAILED_KEY, true);
  return res;
}

/**
 * The popup's fill API: the ledger search of the popup, fill and undo on the target tab
 * (`popup.html?tab=<id>`, else the active tab).
 */
export function popupFillApi(search: string = location.search): FillApi {
  const tab = targetTabId(search);
  const tabId = async () => {
    const id = await tab;
    if (id === undefined) throw new FillApiError('fill_no_tab');
    return id;
  };
  return {
    prepare: async () => keyed(request('fill.prepare', { tabId: await tabId() })),
    searchCadres: (query) => keyed(request('cadre.search', { query, limit: 20 })),
    templates: (cadreId) => keyed(request('fill.templates', { cadreId })),
    fill: async (cadreId, templateId, overwrite) => keyed(request('fill.start', { tabId: await tabId(), cadreId, templateId, overwrite })),
    undo: async () => keyed(request('fill.undo', { tabId: await tabId() })),
  };
}
