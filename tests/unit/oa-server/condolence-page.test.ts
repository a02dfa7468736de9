import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import iconv from 'iconv-lite';
import { isFieldKey } from '../../../core/model';

/**
 * The 慰问审批单 fixture and its golden file (`field-key | label | name`) must agree: every named
 * control is listed, and each golden label is the text of the label cell before the control.
 */

const pages = new URL('../../fixtures/oa/pages/', import.meta.url);
const html = readFileSync(new URL('condolence.html', pages), 'utf8');
const golden = readFileSync(new URL('condolence.golden.txt', pages), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [key, label, name] = line.split('|').map((s) => s.trim());
    return { key: key!, label: label!, name: name! };
  });

function parse(): Document {
  const window = new Window({ url: 'http://127.0.0.1/forms/condolence' });
  // scripts are not run: only the markup matters here
  window.document.write(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  return window.document as unknown as Document;
}

/** The label cell's text as a person reads it: no asterisks, colons or spaces. */
function normaliseLabel(text: string): string {
  return text.replace(/[\s\u00a0*：:]/g, '');
}

/** A table-layout label: the nearest previous cell with a label class in the same row. */
function labelOf(control: Element): string | undefined {
  let cell = control.closest('td')?.previousElementSibling;
  while (cell && !/\b(label|fieldnameClass)\b/.test(cell.className)) cell = cell.previousElementSibling;
  return cell ? normaliseLabel(cell.textContent ?? '') : undefined;
}

describe('condolence.html and its golden file', () => {
  const doc = parse();
  const controls = [...doc.querySelectorAll('form[name="frmmain"] input, form[name="frmmain"] select, form[name="frmmain"] textarea')].filter(
    (el) => el.getAttribute('type') !== 'hidden' && el.getAttribute('type') !== 'button' && el.getAttribute('name'),
  );
  const names = [...new Set(controls.map((el) => el.getAttribute('name')!))];

  it('lists every visible named control exactly once', () => {
    expect(golden.map((g) => g.name).sort()).toEqual([...names].sort());
    expect(new Set(golden.map((g) => g.name)).size).toBe(golden.length);
  });

  it('uses field keys of core/model (or ignore), each at most once', () => {
    for (const g of golden) expect(g.key === 'ignore' || isFieldKey(g.key), g.key).toBe(true);
    const keys = golden.map((g) => g.key).filter((k) => k !== 'ignore');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives each golden line the label printed in the cell before its control', () => {
    for (const g of golden) {
      const el = doc.querySelector(`[name="${g.name}"]`);
      expect(el, g.name).not.toBeNull();
      expect(labelOf(el!), g.name).toBe(g.label);
    }
  });

  it('hides meaning from the name attributes, so labels must be read', () => {
    for (const name of names) expect(name).toMatch(/^(field\d+|remark)$/);
  });

  it('has the classic OA widgets: rowspan group, id-valued selects, radios, My97 dates, 元 suffix', () => {
    const group = [...doc.querySelectorAll('td[rowspan]')].find((td) => td.textContent?.includes('慰问对象信息'));
    expect(Number(group?.getAttribute('rowspan'))).toBeGreaterThan(1);
    const types = [...doc.querySelectorAll('select[name="field6031"] option')].map((o) => [o.getAttribute('value'), o.textContent]);
    expect(types).toContainEqual(['1', '节日慰问']);
    expect(types).toContainEqual(['2', '住院看望']);
    expect([...doc.querySelectorAll('select[name="field6018"] option')].map((o) => o.getAttribute('value'))).toContain('01');
    const radios = [...doc.querySelectorAll('input[type="radio"][name="field6034"]')];
    expect(radios.map((r) => doc.querySelector(`label[for="${r.id}"]`)?.textContent)).toEqual(['慰问金', '慰问品', '慰问金和慰问品']);
    const dates = [...doc.querySelectorAll('input.Wdate')];
    expect(dates.length).toBeGreaterThanOrEqual(3);
    for (const d of dates) {
      expect(d.hasAttribute('readonly')).toBe(true);
      expect(d.getAttribute('onfocus')).toContain('WdatePicker(');
    }
    expect(doc.querySelector('[name="field6035"]')?.closest('td')?.textContent).toContain('元');
    expect(html).toContain('<font color=red>*</font>');
    expect(html).toContain('<span style="color:red">*</span>');
    expect(html).toContain('function WdatePicker(');
    expect(doc.querySelector('input[type="button"][value="提交"]')).not.toBeNull();
  });

  it('contains only characters GBK can encode, and no external resources', () => {
    for (const name of ['condolence.html', 'submitted.html']) {
      const text = readFileSync(new URL(name, pages), 'utf8');
      expect(iconv.decode(iconv.encode(text, 'gbk'), 'gbk'), name).toBe(text);
    }
    for (const name of ['condolence.html', 'submitted.html', 'portal.html']) {
      const text = readFileSync(new URL(name, pages), 'utf8');
      expect(text, name).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    }
  });
});
