// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { collectFields } from '../../../page/collect/collect';
import { TextCache } from '../../../page/collect/dom-text';
import { headingsOf, noteOutline, type ScopeOutline } from '../../../page/collect/form-context';
import { Presence } from '../../../page/collect/presence';
import { RootIndex, selectorsFor } from '../../../page/collect/selectors';
import { widgetOf } from '../../../page/collect/widgets';

/**
 * The collector reads, during its one walk of a root, what later steps used to query the root
 * for (label[for], headings, tables, attribute selectors), and skips class tests a root cannot
 * pass. These tests check each shortcut against the plain DOM answer.
 */

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

/** A presence that has noted every element of the document, as the collector's walk does. */
function notedPresence(): Presence {
  const p = new Presence(document);
  for (const el of Array.from(document.querySelectorAll('*'))) p.note(el, el.localName);
  p.seal();
  return p;
}

test('attribute selectors a root lacks are known absent together; one that is present is still found', () => {
  document.body.innerHTML = '<form><div role="group"><input id="a"></div><input id="b"></form>';
  const p = notedPresence();
  expect(p.has('[fieldval]')).toBe(false);
  expect(p.has('[role="radiogroup"], [role="group"]')).toBe(true);
  const a = document.getElementById('a')!;
  const b = document.getElementById('b')!;
  for (const sel of ['[fieldval]', '[role="radiogroup"], [role="group"]', '[role="radiogroup"]']) {
    expect(p.closest(a, sel), sel).toBe(a.closest(sel));
    expect(p.closest(b, sel), sel).toBe(b.closest(sel));
  }
});

test('a shared class attribute is noted once and still counts', () => {
  document.body.innerHTML = '<div class="el-form-item"></div><div class="el-form-item"></div><span class="x"></span>';
  const p = notedPresence();
  expect(p.has('.el-form-item')).toBe(true);
  expect(p.has('.x')).toBe(true);
  expect(p.has('.ant-form-item')).toBe(false);
});

test('label[for] found by the walk; a scoped collection still finds a label outside its scope', () => {
  document.body.innerHTML = `
    <table><tr><td><label for="n">姓名</label></td><td id="scope"><input id="n" name="n"></td></tr>
    <tr><td><label for="p">电话</label><label for="p">（手机）</label></td><td><input id="p"></td></tr></table>`;
  const whole = collectFields(document).collection.fields;
  expect(whole.find((f) => f.id === 'n')?.labels[0]).toEqual({ source: 'label-for', text: '姓名' });
  // two labels for one control, in document order
  expect(whole.find((f) => f.id === 'p')?.labels.filter((l) => l.source === 'label-for').map((l) => l.text)).toEqual(['电话', '（手机）']);
  const scoped = collectFields(document.getElementById('scope')!).collection.fields;
  expect(scoped).toHaveLength(1);
  expect(scoped[0]?.labels[0]).toEqual({ source: 'label-for', text: '姓名' });
});

test('label[for] inside a shadow root labels the control of that root only', () => {
  document.body.innerHTML = '<label for="x">外部</label><x-card></x-card>';
  const host = document.querySelector('x-card')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<label for="x">内部</label><input id="x">';
  const fields = collectFields(document).collection.fields;
  expect(fields).toHaveLength(1);
  expect(fields[0]?.labels.filter((l) => l.source === 'label-for').map((l) => l.text)).toEqual(['内部']);
});

test('headings from the walk equal those the selectors find', () => {
  document.title = '慰问审批 - OA';
  document.body.innerHTML = `
    <div class="subtitle">不是标题</div>
    <h2>离退休干部慰问审批单</h2>
    <div class="form-title">表单名称</div>
    <div class="box title">第二个标题</div>
    <table><caption>明细</caption><tr><td colspan="2">一、基本情况</td></tr><tr><td>姓名</td><td><input></td></tr></table>
    <table><tr><td>A</td><td>B</td></tr></table>
    <svg><title>图标</title></svg>`;
  const outline: ScopeOutline = { headings: [], tables: [] };
  for (const el of Array.from(document.querySelectorAll('*'))) noteOutline(outline, el, el.localName, el.getAttribute('class'));
  const fromWalk = headingsOf(document, document, new TextCache(), undefined, outline);
  const fromQueries = headingsOf(document, document, new TextCache());
  expect(fromWalk).toEqual(fromQueries);
  expect(fromWalk).toEqual(['离退休干部慰问审批单', '表单名称', '第二个标题', '明细', '一、基本情况', '慰问审批 - OA']);
  // and the collector gives the same
  expect(collectFields(document).collection.headings).toEqual(fromQueries);
});

test('a unit after &nbsp; is read, in the same cell or in a span', () => {
  document.body.innerHTML = `<table>
    <tr><td>慰问金额</td><td><input id="a">&nbsp;<span class="unit">元</span></td></tr>
    <tr><td>天数</td><td><input id="b">&nbsp;天</td></tr>
    <tr><td>备注</td><td><input id="c">&nbsp;</td></tr></table>`;
  const fields = collectFields(document).collection.fields;
  expect(fields.map((f) => [f.id, f.unit])).toEqual([
    ['a', '元'],
    ['b', '天'],
    ['c', undefined],
  ]);
});

test('widget classes are still seen when the root has them (skips only what cannot match)', () => {
  document.body.innerHTML = `
    <div class="layui-form-select"><div class="layui-select-title"><input id="t" readonly></div></div>
    <input id="f" class="textbox-f">
    <input id="s" class="select2-search__field">
    <div class="bs-searchbox"><input id="b"></div>
    <input id="plain" class="textbox-field">`;
  const p = notedPresence();
  const closest = (el: Element, sel: string) => p.closest(el, sel);
  const mayMatch = (sel: string) => p.has(sel);
  for (const id of ['t', 'f', 's', 'b', 'plain']) {
    const el = document.getElementById(id)!;
    expect(widgetOf(el, closest, mayMatch), id).toEqual(widgetOf(el));
  }
  expect(widgetOf(document.getElementById('plain')!, closest, mayMatch).kind).toBe('text');
  expect(widgetOf(document.getElementById('b')!, closest, mayMatch).kind).toBe('hidden');
});

test('selectors: no duplicates, at most five, in the same order as before', () => {
  document.body.innerHTML = '<form id="f"><input id="a" name="a" title="甲"><input name="b"><input name="b"></form>';
  const index = new RootIndex();
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const id = el.getAttribute('id');
    if (id) index.countId(id);
    if (el.localName === 'input') index.countControl(el);
  }
  const [a, b] = Array.from(document.querySelectorAll('input'));
  expect(selectorsFor(a!, index, '')).toEqual(['#a', 'input[name="a"]', 'input[title="甲"]']);
  expect(selectorsFor(b!, index, '')).toEqual(['#f > input:nth-of-type(2)']);
  expect(index.nameCount('input', 'b')).toBe(2);
  expect(index.titleCount('input', '甲')).toBe(1);
  expect(index.nameCount('select', 'a')).toBe(0);
});

test('a form whose control is named "id" keeps its own id (no shadowed property)', () => {
  document.body.innerHTML = '<form id="main"><input name="id"></form><form id="main"><input name="x"></form>';
  // browsers return the control for form.id (happy-dom does not: do it as they do)
  const first = document.querySelector('form')!;
  Object.defineProperty(first, 'id', { get: () => first.querySelector('input') });
  // the duplicated form id is counted from the attribute: neither form gives a selector by id
  const fields = collectFields(document).collection.fields;
  expect(fields.map((f) => f.selector)).toEqual(['input[name="id"]', 'input[name="x"]']);
  expect(fields.every((f) => f.altSelectors.every((s) => !s.startsWith('#main')))).toBe(true);
});

test('closest through a presence drops only alternatives the root lacks, and leaves lists it cannot split', () => {
  document.body.innerHTML = `<table><tr><td data-x="a,b"><span class="textbox"><input id="a"></span></td></tr></table><ul><li><input id="b"></li></ul>`;
  const p = notedPresence();
  const selectors = [
    'td, th, dd, li, .el-form-item, .ant-form-item, span.textbox, xformflag',
    '.el-form-item, li',
    '[data-x], .absent',
    'td > span.textbox, .absent',
    '.absent, .missing',
  ];
  for (const id of ['a', 'b']) {
    const el = document.getElementById(id)!;
    for (const sel of selectors) expect(p.closest(el, sel), `${id} ${sel}`).toBe(el.closest(sel));
  }
  expect(p.has('.absent, .missing')).toBe(false);
});
