import { describe, expect, it } from 'vitest';
import { checkMessage, classifySender } from '../../../messaging/guard';

const OWN = 'ownextensionid';
const BASE = `chrome-extension://${OWN}/`;

describe('classifySender', () => {
  it.each([
    [{ id: OWN, url: `${BASE}popup.html` }, 'extension-page'],
    [{ id: OWN, url: 'http://10.1.2.3:8080/form', tab: { id: 4 } }, 'content'],
    [{ id: 'another-extension', url: 'http://10.1.2.3/', tab: { id: 4 } }, null],
    [{ id: OWN, url: 'chrome-extension://someoneelse/page.html' }, null],
    [{ id: OWN }, null],
  ])('%j is %s', (sender, kind) => {
    expect(classifySender(sender, OWN, BASE)).toBe(kind);
  });
});

describe('checkMessage', () => {
  it('refuses unknown types, malformed payloads and senders without the right', () => {
    expect(checkMessage(null, 'extension-page')).toMatchObject({ ok: false, error: 'bad-request' });
    expect(checkMessage({ type: 'nope', payload: {} }, 'extension-page')).toMatchObject({ ok: false, error: 'bad-request' });
    expect(checkMessage({ type: 'cadre.get', payload: { id: 1 } }, 'extension-page')).toMatchObject({ ok: false, error: 'bad-request' });
    expect(checkMessage({ type: 'cadre.search', payload: { query: '' } }, 'content')).toMatchObject({ ok: false, error: 'forbidden' });
    expect(checkMessage({ type: 'cadre.search', payload: { query: '' } }, null)).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('lets a content script act on its own tab only', () => {
    const fill = (tabId: number) => ({ type: 'fill.undo', payload: { tabId } });
    expect(checkMessage(fill(7), 'content', 7)).toMatchObject({ ok: true });
    expect(checkMessage(fill(8), 'content', 7)).toMatchObject({ ok: false, error: 'forbidden' });
    expect(checkMessage(fill(8), 'content', undefined)).toMatchObject({ ok: false, error: 'forbidden' });
    // extension pages target any tab (popup.html?tab=ID)
    expect(checkMessage(fill(8), 'extension-page')).toMatchObject({ ok: true });
  });
});
