import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDispatcher } from '../../../entrypoints/background/dispatch';
import { addLauncher, onShortcut } from '../../../entrypoints/background/fill/wiring';
import { handlers } from '../../../entrypoints/background/handlers';
import type { RequestName, RequestPayload, Responses } from '../../../messaging/protocol';
import { openRepos, type Repos } from '../../../storage/repos';
import { FILL_CADRE } from '../../fixtures/oa/fill-data';
import { freshDb } from '../storage/synthetic';

/**
 * The fill's requests through the real dispatcher (guard included): what the popup, the options
 * page and the in-page panel (a content script) may ask, and the OA origins in the settings.
 */

let repos: Repos;
let send: <N extends RequestName>(type: N, payload: RequestPayload<N>) => Promise<Responses[N]>;
let sendAsContent: (type: string, payload: unknown) => Promise<unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  repos = openRepos(freshDb());
  const base = fakeBrowser.runtime.getURL('/');
  const dispatch = createDispatcher(handlers, { repos }, { id: fakeBrowser.runtime.id, baseUrl: base });
  send = async (type, payload) => {
    const answer = await dispatch({ type, payload }, { id: fakeBrowser.runtime.id, url: `${base}options.html` });
    if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(`${type}: ${JSON.stringify(answer)}`);
    return answer as never;
  };
  sendAsContent = (type, payload) => dispatch({ type, payload }, { id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8765/form', tab: { id: 3 }, frameId: 0 });
});
afterEach(() => repos.db.delete());

describe('what the panel (a content script) may ask', () => {
  it('searches cadres (masked summaries, few results) and lists templates with the one to preselect', async () => {
    const saved = await repos.cadres.create(FILL_CADRE);
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    const found = (await sendAsContent('fill.cadres', { query: '欧阳', limit: 5 })) as Responses['fill.cadres'];
    expect(found.items.map((c) => c.name)).toEqual(['欧阳测试']);
    expect(JSON.stringify(found)).not.toContain(FILL_CADRE.idNumber);
    expect(await sendAsContent('fill.cadres', { query: '欧阳', limit: 500 }), 'no bulk reads from a page').toMatchObject({ error: 'bad-request' });

    const list = (await sendAsContent('fill.templates', { cadreId: saved.id })) as Responses['fill.templates'];
    expect(list.templates.length).toBeGreaterThan(5);
    // the cadre is in hospital (FILL_CADRE has an open stay): the starter 住院看望 template is preselected
    expect(list.templates.find((t) => t.id === list.defaultId)?.visitType).toBe('住院看望');
    expect(Object.keys(list.templates[0]!).sort()).toEqual(expect.arrayContaining(['id', 'name', 'visitType']));
  });

  it('may not read the ledger wholesale nor manage the OA origins', async () => {
    expect(await sendAsContent('cadre.search', { query: '欧' })).toMatchObject({ error: 'forbidden' });
    expect(await sendAsContent('oa.origins', {})).toMatchObject({ error: 'forbidden' });
    expect(await sendAsContent('oa.origin.add', { origin: 'http://10.1.2.3:8080' })).toMatchObject({ error: 'forbidden' });
  });
});

describe('OA origins', () => {
  it('are added normalised, kept sorted and unique, and removed', async () => {
    expect(await send('oa.origins', {})).toEqual({ origins: [] });
    expect(await send('oa.origin.add', { origin: 'http://10.1.2.3:8080' })).toEqual({ ok: true, origins: ['http://10.1.2.3:8080'] });
    expect(await send('oa.origin.add', { origin: 'http://10.1.2.3:8080' })).toEqual({ ok: true, origins: ['http://10.1.2.3:8080'] });
    expect(await send('oa.origin.add', { origin: 'https://oa.example.gov.cn' })).toMatchObject({ origins: ['http://10.1.2.3:8080', 'https://oa.example.gov.cn'] });
    expect((await repos.settings.get()).oaOrigins).toHaveLength(2);
    expect(await send('oa.origin.remove', { origin: 'http://10.1.2.3:8080' })).toEqual({ origins: ['https://oa.example.gov.cn'] });
    await expect(send('oa.origin.add', { origin: 'file:///etc/passwd' })).rejects.toThrow(/bad-request/);
  });
});

describe('the launcher', () => {
  it('goes into the top frame of granted pages only', async () => {
    const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins[0] === 'http://127.0.0.1/*');
    const executeScript = vi.fn(async () => [{ frameId: 0, result: true }]);
    Object.assign(fakeBrowser.permissions, { contains });
    Object.assign(fakeBrowser.scripting, { executeScript });
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => (key === 'launcher_label' ? '打开填表面板' : '') });
    expect(await addLauncher(5, 'http://127.0.0.1:8765/forms/condolence')).toBe(true);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 5, frameIds: [0] }, args: [5, expect.any(String), '打开填表面板'] }));
    expect(await addLauncher(5, 'https://news.example.com/')).toBe(false);
    expect(await addLauncher(5, 'chrome://extensions/')).toBe(false);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});

describe('the keyboard shortcut', () => {
  it('opens the panel in the top frame of a granted page, and nowhere else', async () => {
    Object.assign(fakeBrowser.permissions, { contains: vi.fn(async ({ origins }: { origins: string[] }) => origins[0] === 'http://127.0.0.1/*') });
    const executeScript = vi.fn(async () => [{ frameId: 0, result: undefined }]);
    Object.assign(fakeBrowser.scripting, { executeScript });
    const sendMessage = vi.fn(async () => ({ opened: true }));
    Object.assign(fakeBrowser.tabs, { sendMessage });
    expect(await onShortcut(5, 'http://127.0.0.1:8765/forms/landray')).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5, frameIds: [0] }, files: ['/oa-engine.js'] });
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'frame.panel', payload: { tabId: 5 } }, { frameId: 0 });
    expect(await onShortcut(6, 'https://news.example.com/')).toBe(false);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
