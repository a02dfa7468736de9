import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher } from '../../../entrypoints/background/dispatch';
import { handlers } from '../../../entrypoints/background/handlers';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb } from '../storage/synthetic';

/** The office details through the real dispatcher: what the settings view reads and saves. */
let repos: Repos;
let send: (type: string, payload: unknown, asContent?: boolean) => Promise<unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  repos = openRepos(freshDb());
  const base = fakeBrowser.runtime.getURL('/');
  const dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  send = (type, payload, asContent = false) =>
    dispatch(
      { type, payload },
      asContent ? { id: fakeBrowser.runtime.id, url: 'http://10.1.2.3/form', tab: { id: 2 } } : { id: fakeBrowser.runtime.id, url: `${base}options.html` },
    );
});
afterEach(() => repos.db.delete());

describe('settings.office', () => {
  it('reads defaults, saves, and the templates see the handler name', async () => {
    expect(await send('settings.office', {})).toEqual({ handlerName: '', department: '', contactIntervalMonths: 3 });
    const saved = await send('settings.office.save', { office: { handlerName: ' 周晓燕 ', department: '离退休干部处', contactIntervalMonths: 2 } });
    expect(saved).toEqual({ ok: true, office: { handlerName: '周晓燕', department: '离退休干部处', contactIntervalMonths: 2 } });
    expect((await repos.settings.get()).handlerName).toBe('周晓燕');
  });

  it('refuses a bad interval field by field and keeps what was stored', async () => {
    await send('settings.office.save', { office: { handlerName: '甲', department: '', contactIntervalMonths: 3 } });
    const res = await send('settings.office.save', { office: { handlerName: '乙', department: '', contactIntervalMonths: 0 } });
    expect(res).toEqual({ ok: false, problems: [{ path: 'contactIntervalMonths', key: 'err_interval_range' }] });
    expect(await send('settings.office', {})).toMatchObject({ handlerName: '甲', contactIntervalMonths: 3 });
  });

  it('clears the handler name when it is emptied', async () => {
    await send('settings.office.save', { office: { handlerName: '甲', department: '处', contactIntervalMonths: 3 } });
    await send('settings.office.save', { office: { handlerName: '', department: '', contactIntervalMonths: 3 } });
    expect((await repos.settings.get()).handlerName).toBeUndefined();
  });

  it('is refused to a content script', async () => {
    expect(await send('settings.office', {}, true)).toMatchObject({ error: 'forbidden' });
    expect(await send('settings.office.save', { office: {} }, true)).toMatchObject({ error: 'forbidden' });
  });
});
