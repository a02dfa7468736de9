import { describe, expect, it, vi } from 'vitest';
import { FillApiError, isTransportFailure } from '../../../page/panel/fill-api';

/** The popup's fill API tells a refusal from the background apart from a request that got no answer. */

const { request, RequestError } = vi.hoisted(() => {
  class RequestError extends Error {
    constructor(readonly response: { error: string; key: string }) {
      super(response.key);
    }
  }
  return { request: vi.fn(), RequestError };
});
vi.mock('../../../messaging/client', () => ({ request, RequestError }));

const { popupFillApi } = await import('../../../entrypoints/popup/fill-api');

async function failureOf(p: Promise<unknown>): Promise<FillApiError> {
  const e: unknown = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FillApiError);
  return e as FillApiError;
}

describe('popupFillApi fill', () => {
  const api = popupFillApi('?tab=5');

  it('marks a closed message port as a transport failure', async () => {
    request.mockRejectedValueOnce(new Error('The message port closed before a response was received.'));
    const e = await failureOf(api.fill('cadre00001', 'tpl0000001', false));
    expect(e.transport).toBe(true);
    expect(isTransportFailure(e)).toBe(true);
    expect(request).toHaveBeenLastCalledWith('fill.start', { tabId: 5, cadreId: 'cadre00001', templateId: 'tpl0000001', overwrite: false });
  });

  it('marks an empty answer as a transport failure', async () => {
    request.mockResolvedValueOnce(undefined);
    expect(isTransportFailure(await failureOf(api.fill('cadre00001', 'tpl0000001', false)))).toBe(true);
  });

  it('keeps a refusal of the background as its own key', async () => {
    request.mockRejectedValueOnce(new RequestError({ error: 'forbidden', key: 'err_forbidden' }));
    const e = await failureOf(api.fill('cadre00001', 'tpl0000001', false));
    expect(e.key).toBe('err_forbidden');
    expect(isTransportFailure(e)).toBe(false);
  });
});

describe('popupFillApi prepare', () => {
  it('asks the background to prepare the target tab', async () => {
    request.mockResolvedValueOnce({ frames: 2, fields: 40 });
    expect(await popupFillApi('?tab=9').prepare()).toEqual({ frames: 2, fields: 40 });
    expect(request).toHaveBeenLastCalledWith('fill.prepare', { tabId: 9 });
  });
});
