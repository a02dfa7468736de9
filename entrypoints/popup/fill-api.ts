import { request, RequestError } from '../../messaging/client';
import { FillApiError, type FillApi } from '../../page/panel/fill-api';
import { targetTabId } from './target-tab';

/** A refused request becomes the error the fill flow shows (its i18n key). */
async function keyed<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw new FillApiError(e instanceof RequestError ? e.response.key : 'err_request_failed');
  }
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
    searchCadres: (query) => keyed(request('cadre.search', { query, limit: 20 })),
    templates: (cadreId) => keyed(request('fill.templates', { cadreId })),
    fill: async (cadreId, templateId, overwrite) => keyed(request('fill.start', { tabId: await tabId(), cadreId, templateId, overwrite })),
    undo: async () => keyed(request('fill.undo', { tabId: await tabId() })),
  };
}
