import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFieldKey } from '../../../core/model/field-keys';
import { todayInShanghai } from '../../../core/model/validators/dates';
import { encodeFormBody } from '../../fixtures/oa/form-body';
import { GOLDEN_FILES, PAGES_DIR, parseGolden, readGolden } from '../../fixtures/oa/fill-data';
import { startOaServer, type OaServer } from '../../fixtures/oa/server';
import { tableGolden, tablePage } from '../../fixtures/oa/table-page';

/**
 * The fixture pages of issue 5 and their golden files agree (every control listed once, keys of
 * the vocabulary), and the demo OA serves them: charsets, cross-origin frames, today's date, the
 * 1,000-field page, and submissions decoded in the charset of the page that sent them.
 */

const read = (name: string) => readFileSync(join(PAGES_DIR, name), 'utf8');

/** The controls of a page that a form submits or a person fills (buttons and our hidden plumbing aside). */
function namedControls(html: string): { name: string; type: string }[] {
  const window = new Window({ url: 'http://127.0.0.1/' });
  window.document.write(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  const els = Array.from(window.document.querySelectorAll('input, select, textarea')) as unknown as HTMLInputElement[];
  const out: { name: string; type: string }[] = [];
  for (const el of els) {
    const type = (el.getAttribute('type') ?? el.tagName.toLowerCase()).toLowerCase();
    const name = el.getAttribute('name');
    // passwords are never even read by CareFill, so no golden line names them
    if (!name || ['button', 'submit', 'password'].includes(type)) continue;
    if (!out.some((o) => o.name === name)) out.push({ name, type });
  }
  return out;
}

const PAGES_OF: Record<Exclude<keyof typeof GOLDEN_FILES, 'table1000'>, string[]> = {
  condolence: ['condolence.html'],
  expense: ['expense.html'],
  seeyon: ['seeyon-form.html', 'seeyon-extra.html'],
  tongda: ['tongda-form.html'],
  landray: ['landray.html'],
  login: ['login.html'],
};
/** Hidden inputs the forms carry for the OA itself (workflow ids), not fields of the form. */
const PLUMBING = new Set(['requestid', 'workflowid', 'formid', 'nodeid', 'src', 'needcheck', 'billid', 'moduleId', 'RUN_ID', 'FLOW_ID', 'fdId', 'fdTemplateId']);

describe('golden files', () => {
  for (const [golden, pages] of Object.entries(PAGES_OF) as [keyof typeof PAGES_OF, string[]][]) {
    it(`${golden}: lists every control of its page(s) once, with keys of the vocabulary`, () => {
      const lines = readGolden(golden, '2026-11-29');
      const controls = pages.flatMap((p) => namedControls(read(p))).filter((c) => !PLUMBING.has(c.name));
      expect(lines.map((l) => l.name).sort()).toEqual(controls.map((c) => c.name).sort());
      for (const l of lines) {
        expect(l.key === 'ignore' || isFieldKey(l.key.replace(/\[\d+\]$/, '')), l.key).toBe(true);
        expect(l.label, l.name).not.toBe('');
        expect(l.expected).not.toContain('{today}');
      }
      // one key per field, except a hidden value written with its visible field
      const hidden = new Set(controls.filter((c) => c.type === 'hidden').map((c) => c.name));
      const keys = lines.filter((l) => l.key !== 'ignore' && !hidden.has(l.name)).map((l) => l.key);
      expect(new Set(keys).size).toBe(keys.length);
    });
  }

  it('the login page expects nothing at all', () => {
    expect(readGolden('login').every((l) => l.key === 'ignore' && l.expected === '')).toBe(true);
  });

  it('parses frame paths that contain the column separator', () => {
    const [line] = parseGolden('cadre.name | 慰问对象 | field0001 | frame[name="main"] |> iframe#zwIframe | 欧阳测试 {today}', '2026-11-29');
    expect(line).toEqual({ key: 'cadre.name', label: '慰问对象', name: 'field0001', frame: 'frame[name="main"] |> iframe#zwIframe', expected: '欧阳测试 2026-11-29' });
  });

  it('table1000.golden.txt is what the generator says, and matches its page', () => {
    expect(readGolden('table1000').map((l) => `${l.key} | ${l.label} | ${l.name} |  | ${l.expected}`)).toEqual(tableGolden(1000));
    const controls = namedControls(tablePage(1000));
    expect(controls).toHaveLength(1000);
    expect(controls.map((c) => c.name)).toEqual(readGolden('table1000').map((l) => l.name));
  });

  it('fixture pages encode in their charset and load nothing from outside', () => {
    for (const name of ['tongda-top.html', 'tongda-form.html']) expect(iconv.decode(iconv.encode(read(name), 'gbk'), 'gbk'), name).toBe(read(name));
    for (const name of ['expense.html', 'seeyon-top.html', 'seeyon-main.html', 'seeyon-form.html', 'seeyon-extra.html', 'landray.html', 'login.html']) {
      expect(read(name), name).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    }
  });
});

describe('the demo OA serves the fixtures', () => {
  let oa: OaServer;
  beforeAll(async () => {
    oa = await startOaServer({ port: 0 });
  });
  afterAll(() => oa.close());

  it('in their charsets, with the other origin for cross-origin frames and today filled in', async () => {
    const expense = await fetch(`${oa.url}/forms/expense`);
    expect(expense.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await expense.text()).toContain('field_chinglish7009');
    const main = await (await fetch(`${oa.url}/seeyon/main`)).text();
    expect(main).toContain(`src="${oa.altUrl}/seeyon/extra"`);
    expect(main).toContain(`var extraOrigin = '${oa.altUrl}'`);
    const extra = await (await fetch(`${oa.altUrl}/seeyon/extra`)).text();
    expect(extra).toContain(`var parentOrigin = '${oa.url}'`);
    const tongda = await fetch(`${oa.url}/tongda/form`);
    expect(tongda.headers.get('content-type')).toBe('text/html; charset=gbk');
    expect(iconv.decode(Buffer.from(await tongda.arrayBuffer()), 'gbk')).toContain(`value="${todayInShanghai()}"`);
    for (const path of ['/seeyon/', '/seeyon/head', '/seeyon/component', '/seeyon/form', '/tongda/', '/forms/landray', '/login']) {
      expect((await fetch(`${oa.url}${path}`)).status, path).toBe(200);
    }
  });

  it('the table page with n fields, within bounds', async () => {
    const page = await (await fetch(`${oa.url}/forms/table?n=200`)).text();
    expect(page.match(/<input /g)).toHaveLength(200);
    expect((await fetch(`${oa.url}/forms/table?n=0`)).status).toBe(400);
    expect((await fetch(`${oa.url}/forms/table?n=abc`)).status).toBe(400);
  });

  it('decodes a submission in the charset of the page that sent it', async () => {
    await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
    const post = (form: string, body: Buffer) =>
      fetch(`${oa.url}/submit/${form}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new Uint8Array(body) });
    expect((await post('expense', encodeFormBody({ field7002: '周晓燕' }, 'utf-8'))).status).toBe(200);
    expect((await post('tongda', encodeFormBody({ DATA_1: '欧阳测试' }, 'gbk'))).status).toBe(200);
    const list = (await (await fetch(`${oa.url}/api/submissions`)).json()) as { form: string; id: string; fields: Record<string, string> }[];
    expect(list.map((s) => [s.form, Object.values(s.fields)[0]])).toEqual([
      ['expense', '周晓燕'],
      ['tongda', '欧阳测试'],
    ]);
    expect(list[1]!.id).toMatch(/^TD-\d{4}-\d{4}$/);
  });
});
