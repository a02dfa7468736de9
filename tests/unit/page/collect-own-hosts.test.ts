// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { collectFields } from '../../../page/collect/collect';

/** The page's own form beside CareFill's hosts: only the page's fields may be collected. */
function page(): { panel: HTMLElement; launcher: HTMLElement; closedRoot: ShadowRoot } {
  document.body.innerHTML = `
    <form id="oa"><label for="xm">姓名</label><input id="xm" name="xm"></form>
    <carefill-panel><input name="light-child" aria-label="联系电话"></carefill-panel>
    <carefill-launcher></carefill-launcher>`;
  const panel = document.querySelector('carefill-panel') as HTMLElement;
  panel.attachShadow({ mode: 'open' }).innerHTML = '<label>姓名 <input data-testid="cadre-search"></label><select data-testid="template-select"><option>春节</option></select>';
  const launcher = document.querySelector('carefill-launcher') as HTMLElement;
  const closedRoot = launcher.attachShadow({ mode: 'closed' });
  closedRoot.innerHTML = '<input aria-label="身份证号">';
  return { panel, launcher, closedRoot };
}

describe('collectFields skips CareFill\'s own hosts', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  test('the in-page panel\'s open shadow root and its light children are not collected', () => {
    page();
    const { collection } = collectFields(document);
    expect(collection.fields.map((f) => f.name || f.id)).toEqual(['xm']);
    expect(collection.fields[0]!.labels[0]?.text).toBe('姓名');
  });

  test('a closed root of our own is not opened even when the caller can open closed roots', () => {
    const { launcher, closedRoot } = page();
    const asked: Element[] = [];
    const { collection } = collectFields(document, {
      shadowRootOf: (el) => {
        asked.push(el);
        return el === launcher ? closedRoot : null;
      },
    });
    expect(collection.fields).toHaveLength(1);
    expect(asked).not.toContain(launcher);
  });

  test('a custom element of the page that is not ours is still walked', () => {
    document.body.innerHTML = '<oa-field></oa-field>';
    const host = document.querySelector('oa-field') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<label>联系电话 <input name="dh"></label>';
    const { collection } = collectFields(document);
    expect(collection.fields.map((f) => f.name)).toEqual(['dh']);
  });
});
