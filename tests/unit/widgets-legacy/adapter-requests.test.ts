import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import { adapterEnabledFor } from '../../../entrypoints/background/fill/adapter';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb } from '../storage/synthetic';

/** Turning the page-world adapter on and off per OA origin, through the real dispatcher. */
let repos: Repos;
let send: (type: string, payload: unknown, asContent?: boolean) => Promise<unknown>;
const OA = 'http://10.1.2.3:8080';

beforeEach(() => {
  fakeBrowser.reset();
  repos = openRepos(freshDb());
  const base = fakeBrowser.runtime.getURL('/');
  const dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  send = (type, payload, asContent = false) =>
    dispatch(
      { type, payload },
      asContent ? { id: fakeBrowser.runtime.id, url: `${OA}/form`, tab: { id: 2 } } : { id: fakeBrowser.runtime.id, url: `${base}options.html` },
    );
});
afterEach(() => repos.db.delete());

describe('oa.adapter.*', () => {
  it('is off for every origin until turned on, and only for an OA origin', async () => {
    expect(await send('oa.adapter.origins', {})).toEqual({ origins: [] });
    expect(await send('oa.adapter.set', { origin: OA, enabled: true })).toEqual({ ok: false, key: 'err_origin' });
    await send('oa.origin.add', { origin: OA });
    expect(await send('oa.adapter.set', { origin: `${OA}/workflow/x.jsp`, enabled: true })).toEqual({ ok: true, origins: [OA] });
    expect(adapterEnabledFor(await repos.settings.get(), `${OA}/workflow/request.jsp`)).toBe(true);
    expect(await send('oa.adapter.set', { origin: OA, enabled: false })).toEqual({ ok: true, origins: [] });
    expect(adapterEnabledFor(await repos.settings.get(), `${OA}/workflow/request.jsp`)).toBe(false);
  });

  it('removing the OA origin turns the adapter off with it', async () => {
    await send('oa.origin.add', { origin: OA });
    await send('oa.adapter.set', { origin: OA, enabled: true });
    await send('oa.origin.remove', { origin: OA });
    expect(await send('oa.adapter.origins', {})).toEqual({ origins: [] });
    expect(adapterEnabledFor(await repos.settings.get(), OA)).toBe(false);
  });

  it('an OA page (content script) may not turn it on', async () => {
    await send('oa.origin.add', { origin: OA });
    expect(await send('oa.adapter.set', { origin: OA, enabled: true }, true)).toMatchObject({ error: 'forbidden' });
    expect(await send('oa.adapter.origins', {}, true)).toMatchObject({ error: 'forbidden' });
  });
});
