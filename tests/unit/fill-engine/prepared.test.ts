// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../page/fill/engine';
import { PREPARED_FOR_MS } from '../../../page/fill/prepared';
import { fixtureHtml } from '../page/fixture';

/**
 * The collection prepared when the fill flow opens: the click gets exactly what a collect at that
 * moment would find — values the person changed included — and any change of the page's markup
 * since (or a shadow root attached) makes the click collect anew.
 */

function engine() {
  return createEngine({ doc: document, win: window });
}

/** A collect of the page as it is now, by an engine that prepared nothing. */
async function coldCollect() {
  return (await engine().handlers['frame.collect']({ frameId: 0 })).collection;
}

const input = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a prepared collection', () => {
  const pages: [string, string][] = [
    ...['oa-classic', 'detail-table', 'dl-form', 'element-antd', 'tongda', 'login'].map((n): [string, string] => [n, fixtureHtml(n)]),
    ['condolence (demo OA)', readFileSync(join(process.cwd(), 'tests/fixtures/oa/pages/condolence.html'), 'utf8')],
    ['expense (demo OA)', readFileSync(join(process.cwd(), 'tests/fixtures/oa/pages/expense.html'), 'utf8')],
  ];

  it.each(pages)('answers the click as a fresh collect would, after the person changed values: %s', async (_name, html) => {
    document.body.innerHTML = html;
    const { handlers, prepared } = engine();
    const ready = await handlers['frame.prepare']({ frameId: 0 });
    expect(prepared.holding()).toBe(true);
    // the person types, ticks and chooses: no markup changes
    document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type]), textarea').forEach((el, i) => (el.value = `改${i}`));
    document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]').forEach((el, i) => (el.checked = i % 2 === 0));
    document.querySelectorAll<HTMLSelectElement>('select').forEach((el) => (el.selectedIndex = el.options.length - 1));
    const answer = await handlers['frame.collect']({ frameId: 0 });
    expect(prepared.holding()).toBe(false);
    expect(answer.collection.fields.length).toBe(ready.fields);
    expect(answer.collection).toEqual(await coldCollect());
  });

  it('is dropped by a change of markup, so the click sees the new field', async () => {
    document.body.innerHTML = '<table><tr><td>姓名</td><td><input name="xm"></td></tr></table>';
    const { handlers, prepared } = engine();
    await handlers['frame.prepare']({ frameId: 0 });
    const tr = document.createElement('tr');
    tr.innerHTML = '<td>电话</td><td><input name="dh"></td>';
    document.querySelector('tbody, table')!.append(tr);
    await Promise.resolve(); // the observer's delivery
    expect(prepared.holding()).toBe(false);
    expect((await handlers['frame.collect']({ frameId: 0 })).collection.fields.map((f) => f.name)).toEqual(['xm', 'dh']);
  });

  it('sees a change made in the same task as the click (records not yet delivered)', async () => {
    document.body.innerHTML = '<table><tr><td id="l">姓名</td><td><input name="xm"></td></tr></table>';
    const { handlers } = engine();
    await handlers['frame.prepare']({ frameId: 0 });
    document.getElementById('l')!.textContent = '联系电话';
    const answer = await handlers['frame.collect']({ frameId: 0 });
    expect(answer.collection.fields[0]!.labels.map((l) => l.text)).toContain('联系电话');
  });

  it('is dropped when a shadow root is attached since, which no observer sees', async () => {
    document.body.innerHTML = '<label>姓名 <input name="xm"></label><div id="host"></div>';
    const { handlers } = engine();
    await handlers['frame.prepare']({ frameId: 0 });
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label>电话 <input name="dh"></label>';
    const names = (await handlers['frame.collect']({ frameId: 0 })).collection.fields.map((f) => f.name);
    expect(names).toEqual(['xm', 'dh']);
  });

  it('is kept while only CareFill’s own panel comes, changes and goes', async () => {
    document.body.innerHTML = '<label>姓名 <input name="xm"></label>';
    const { handlers, prepared } = engine();
    await handlers['frame.prepare']({ frameId: 0 });
    const host = document.createElement('carefill-panel');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input data-testid="cadre-search">';
    document.body.append(host);
    host.setAttribute('style', 'left: 10px');
    await Promise.resolve();
    expect(prepared.holding()).toBe(true);
    const answer = await handlers['frame.collect']({ frameId: 0 });
    expect(answer.collection.fields.map((f) => f.name)).toEqual(['xm']);
  });

  it('serves one click only, and only the frame it was made for', async () => {
    document.body.innerHTML = '<label>姓名 <input name="xm"></label>';
    const { handlers, prepared } = engine();
    await handlers['frame.prepare']({ frameId: 3 });
    await handlers['frame.collect']({ frameId: 5 });
    expect(prepared.holding()).toBe(false);
    await handlers['frame.prepare']({ frameId: 3 });
    expect((await handlers['frame.collect']({ frameId: 3 })).collection.fields[0]!.frameId).toBe(3);
    expect(prepared.holding()).toBe(false);
  });

  it('lets go of its observer and timer after ten minutes without a fill', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<label>姓名 <input name="xm"></label>';
    const { handlers, prepared } = engine();
    await handlers['frame.prepare']({ frameId: 0 });
    vi.advanceTimersByTime(PREPARED_FOR_MS - 1);
    expect(prepared.holding()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(prepared.holding()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('writes with the prepared elements, and the fill then finds the page changed', async () => {
    document.body.innerHTML = '<label>姓名 <input name="xm" onchange="this.setAttribute(\'data-seen\', this.value)"></label>';
    const { handlers, prepared } = engine();
    await handlers['frame.prepare']({ frameId: 0 });
    await handlers['frame.collect']({ frameId: 0 });
    const res = await handlers['frame.apply']({ steps: [{ index: 0, selectors: [], value: { kind: 'text', text: '欧阳测试' } }] });
    expect(res.results[0]!.status).toBe('verified');
    expect(input('xm').value).toBe('欧阳测试');
    expect(prepared.holding()).toBe(false);
  });
});
