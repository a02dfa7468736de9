// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FrameApplyStep } from '../../../messaging/requests/fill';
import { createEngine } from '../../../page/fill/engine';
import { isOwnUi } from '../../../page/fill/own-ui';
import { canHostPanel } from '../../../page/fill/panel-host';
import { queryDeep, resolveField } from '../../../page/fill/resolve';

/** The engine of one frame over the test document: collect, apply with read-back, undo. */

function engine(sleep?: () => Promise<void>) {
  return createEngine({ doc: document, win: window, ...(sleep ? { sleep } : {}) });
}

const text = (index: number, value: string, selectors: string[] = []): FrameApplyStep => ({ index, selectors, value: { kind: 'text', text: value } });

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collect', () => {
  it("never lists CareFill's own panel, even in its open shadow root", async () => {
    document.body.innerHTML = '<table><tr><td>姓名</td><td><input name="xm"></td></tr></table>';
    const host = document.createElement('carefill-panel');
    const root = host.attachShadow({ mode: 'open' });
    const search = document.createElement('input');
    search.setAttribute('data-testid', 'cadre-search');
    const select = document.createElement('select');
    root.append(search, select);
    document.body.append(host);
    const { handlers } = engine();
    const answer = await handlers['frame.collect']({ frameId: 4 });
    expect(answer.collection.fields.map((f) => f.name)).toEqual(['xm']);
    expect(answer.collection.fields[0]!.frameId).toBe(4);
    expect(isOwnUi(search)).toBe(true);
    expect(isOwnUi(document.querySelector('input')!)).toBe(false);
  });

  it('reports which fields still hold what CareFill wrote (not those the person changed since)', async () => {
    document.body.innerHTML = '<input name="a"><input name="b">';
    const { handlers } = engine();
    await handlers['frame.collect']({ frameId: 0 });
    await handlers['frame.apply']({ steps: [text(0, '一'), text(1, '二')] });
    (document.getElementsByName('b')[0] as HTMLInputElement).value = '人改的';
    expect((await handlers['frame.collect']({ frameId: 0 })).written).toEqual([0]);
  });
});

describe('apply', () => {
  it('verifies each field by reading it back, and finds re-rendered controls by selector', async () => {
    document.body.innerHTML = '<div id="box"><input id="a" name="a"></div><input id="b" name="b">';
    const { handlers } = engine();
    await handlers['frame.collect']({ frameId: 0 });
    // the page re-renders #a: the remembered element is gone, its selector finds the new one
    document.getElementById('box')!.replaceChildren(Object.assign(document.createElement('input'), { id: 'a', name: 'a' }));
    document.getElementById('b')!.remove();
    const res = await handlers['frame.apply']({ steps: [text(0, '欧阳测试', ['#a']), text(1, 'x', ['#b'])] });
    expect(res.results).toEqual([
      { index: 0, status: 'verified', shown: '欧阳测试' },
      { index: 1, status: 'gone', shown: '' },
    ]);
    expect((document.getElementById('a') as HTMLInputElement).value).toBe('欧阳测试');
  });

  it('reports a mismatch when the page changes the value at once, or a moment later', async () => {
    document.body.innerHTML = '<input id="now"><input id="later">';
    const now = document.getElementById('now') as HTMLInputElement;
    const later = document.getElementById('later') as HTMLInputElement;
    now.addEventListener('change', () => (now.value = now.value.slice(0, 2)));
    const { handlers } = engine(async () => {
      later.value = ''; // a framework resetting its model after the fill
    });
    await handlers['frame.collect']({ frameId: 0 });
    const res = await handlers['frame.apply']({ steps: [text(0, '省水利厅'), text(1, '副处长')], settleMs: 150 });
    expect(res.results.map((r) => [r.status, r.shown])).toEqual([
      ['mismatch', '省水'],
      ['mismatch', ''],
    ]);
  });
});

describe('component-library widgets', () => {
  it('writes library widgets one at a time through the component path (page/widgets/component)', async () => {
    document.body.innerHTML = `
      <div class="el-form-item"><label class="el-form-item__label">性别</label><div class="el-select"><input readonly placeholder="请选择" name="sel"></div></div>
      <div class="el-form-item"><label class="el-form-item__label">慰问日期</label><div class="el-date-editor"><input name="day"></div></div>`;
    const { handlers } = engine();
    const collected = await handlers['frame.collect']({ frameId: 0 });
    expect(collected.collection.fields.map((f) => [f.name, f.component])).toEqual([
      ['sel', 'el-select'],
      ['day', 'el-date'],
    ]);
    const res = await handlers['frame.apply']({
      steps: [text(0, '男'), { index: 1, selectors: [], value: { kind: 'date', text: '2026-11-29', iso: '2026-11-29', format: 'yyyy-MM-dd' } }],
    });
    // a select whose dropdown never opens cannot take a value: reported, never typed into its input
    expect(res.results.map((r) => [r.status, (r as { reason?: string }).reason])).toEqual([
      ['mismatch', 'rejected'],
      ['verified', undefined],
    ]);
    expect((document.getElementsByName('sel')[0] as HTMLInputElement).value).toBe('');
    expect((document.getElementsByName('day')[0] as HTMLInputElement).value).toBe('2026-11-29');
  });
});

describe('undo', () => {
  it('restores in reverse order, so totals the page computes end as they were', async () => {
    document.body.innerHTML = '<input id="total"><input id="r1" class="row"><input id="r2" class="row">';
    const total = document.getElementById('total') as HTMLInputElement;
    // like a 明细 table: a row change writes the sum ("0.00" when the rows are empty)
    document.addEventListener('change', (e) => {
      if (!(e.target as Element).classList.contains('row')) return;
      const sum = Array.from(document.querySelectorAll<HTMLInputElement>('.row')).reduce((s, r) => s + Number(r.value || 0), 0);
      total.value = sum.toFixed(2);
    });
    const { handlers } = engine();
    await handlers['frame.collect']({ frameId: 0 });
    await handlers['frame.apply']({ steps: [text(0, '800.00'), text(1, '500.00'), text(2, '300.00')] });
    expect(total.value).toBe('800.00');
    expect((await handlers['frame.undo']({})).restored).toBe(3);
    expect(total.value).toBe('');
    expect((document.getElementById('r1') as HTMLInputElement).value).toBe('');
    expect((await handlers['frame.undo']({})).restored).toBe(0);
  });
});

describe('selectors', () => {
  it('crosses shadow roots with >>> and resolves groups by their container', () => {
    const host = document.createElement('x-field');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('input');
    inner.id = 'in';
    root.append(inner);
    document.body.innerHTML = '<div id="g"><input type="radio" name="r"><input type="radio" name="r"></div><input class="dup"><input class="dup">';
    document.body.append(host);
    expect(queryDeep(document, 'x-field >>> #in')).toEqual([inner]);
    expect(queryDeep(document, 'x-field >>> ::bad((')).toEqual([]);
    expect(resolveField(document, ['#g'], true)).toHaveLength(2);
    expect(resolveField(document, ['.dup'], false), 'an ambiguous single-control selector finds nothing').toBeNull();
    expect(resolveField(document, ['.dup', 'x-field >>> #in'], false)).toEqual([inner]);
  });
});

describe('where the panel may show', () => {
  const win = (over: Record<string, unknown>): Window => {
    const w: Record<string, unknown> = { innerWidth: 1200, innerHeight: 800, document: { body: { localName: 'body' } }, ...over };
    w.top ??= w;
    w.parent ??= w.top;
    return w as unknown as Window;
  };
  it('in the top frame, or in a large frame of a frameset top page', () => {
    expect(canHostPanel(win({}))).toBe(true);
    const framesetTop = win({ document: { body: { localName: 'frameset' } } });
    expect(canHostPanel(framesetTop)).toBe(false);
    expect(canHostPanel(win({ top: framesetTop, parent: framesetTop }))).toBe(true);
    expect(canHostPanel(win({ top: framesetTop, parent: framesetTop, innerHeight: 48 })), 'not in a banner frame').toBe(false);
    const normalTop = win({});
    expect(canHostPanel(win({ top: normalTop, parent: normalTop })), 'a frame of a normal page leaves it to the top').toBe(false);
  });
});
