// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../page/fill/engine';
import { growRows, waitForChange, withAppearWatch, type GrowEnv } from '../../page/fill/grow';
import { controlCount, detailTableOf, findAddRowControl } from '../../page/fill/rows';

/** The page side of detail rows: the add-row control found by its words, rows grown, observers gone. */

const ROW = '<tr><td>1</td><td><input name="d"></td><td><input name="amt"></td></tr>';

/** A table whose add control builds a row `delayMs` after the click (or never, for `dead`). */
function page(control: string, opts: { delayMs?: number; dead?: boolean } = {}): void {
  document.body.innerHTML = `<div class="bar"><b>报销明细</b>${control}</div><table id="t"><tbody>${ROW}</tbody></table><div><button type="button">新增人员</button></div>`;
  const add = document.querySelector('[data-add]')!;
  add.addEventListener('click', () => {
    if (opts.dead) return;
    setTimeout(() => document.querySelector('#t tbody')!.insertAdjacentHTML('beforeend', ROW), opts.delayMs ?? 5);
  });
}

/** A MutationObserver that counts the live ones. */
function countingEnv(): GrowEnv & { live: () => number; made: () => number } {
  let live = 0;
  let made = 0;
  class Counting extends MutationObserver {
    private on = false;
    override observe(target: Node, options?: MutationObserverInit): void {
      if (!this.on) live++;
      this.on = true;
      made++;
      super.observe(target, options);
    }
    override disconnect(): void {
      if (this.on) live--;
      this.on = false;
      super.disconnect();
    }
  }
  return {
    doc: document,
    MutationObserver: Counting,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    live: () => live,
    made: () => made,
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findAddRowControl', () => {
  it('finds 添加明细, + 增加行 and a bare + near the table, not an unrelated 新增人员', () => {
    for (const control of ['<input type="button" data-add value="添加明细">', '<a href="#" data-add>+ 增加行</a>', '<span onclick="void 0" data-add>＋</span>']) {
      page(control);
      const table = detailTableOf(document.querySelector('input[name="amt"]')!)!;
      expect(findAddRowControl(table)).toBe(document.querySelector('[data-add]'));
    }
  });

  it('prefers the more specific wording, and ignores disabled or hidden controls', () => {
    document.body.innerHTML = '<div><button id="a">新增</button><button id="b" disabled>添加明细</button><button id="c">添加行</button><table><tr><td><input></td></tr></table></div>';
    expect(findAddRowControl(document.querySelector('table')!)!.id).toBe('c');
    document.querySelector('#c')!.setAttribute('hidden', '');
    expect(findAddRowControl(document.querySelector('table')!)!.id).toBe('a');
  });

  it('never picks a control that would submit the form or leave the page', () => {
    document.body.innerHTML = '<form><button id="s">添加明细</button><a id="l" href="/oa/new">新增</a><table><tr><td><input></td></tr></table></form>';
    expect(findAddRowControl(document.querySelector('table')!)).toBeNull();
    document.querySelector('#s')!.setAttribute('type', 'button');
    expect(findAddRowControl(document.querySelector('table')!)!.id).toBe('s');
  });

  it('finds nothing when the page has no add control', () => {
    document.body.innerHTML = '<table><tr><td><input></td></tr></table><button>提交</button>';
    expect(findAddRowControl(document.querySelector('table')!)).toBeNull();
  });
});

describe('growRows', () => {
  it('adds four rows to one, waiting for each, and leaves no observer behind', async () => {
    page('<input type="button" data-add value="添加明细">', { delayMs: 10 });
    const env = countingEnv();
    const result = await growRows(env, document.querySelector('input[name="amt"]')!, 4);
    expect(result).toEqual({ added: 4, control: true });
    expect(document.querySelectorAll('#t input[name="amt"]')).toHaveLength(5);
    expect(env.made()).toBeGreaterThan(0);
    expect(env.live()).toBe(0);
  });

  it('stops when the page does not react, and still disconnects', async () => {
    page('<input type="button" data-add value="添加明细">', { dead: true });
    const env = countingEnv();
    const result = await growRows(env, document.querySelector('input[name="amt"]')!, 3, 50);
    expect(result).toEqual({ added: 0, control: true });
    expect(env.live()).toBe(0);
  });

  it('reports a table without an add control', async () => {
    document.body.innerHTML = `<table><tbody>${ROW}</tbody></table>`;
    const env = countingEnv();
    expect(await growRows(env, document.querySelector('input')!, 2)).toEqual({ added: 0, control: false });
    expect(env.made()).toBe(0);
  });

  it('waitForChange resolves at once when the condition already holds', async () => {
    const env = countingEnv();
    expect(await waitForChange(env, document.body, () => true, 10)).toBe(true);
    expect(env.made()).toBe(0);
    expect(controlCount(document.body)).toBe(0);
  });
});

describe('frame.grow in the engine', () => {
  it('grows the table of the control its selectors find', async () => {
    page('<a href="#" data-add>+ 增加行</a>');
    const { handlers } = createEngine({ doc: document, win: window });
    const answer = await handlers['frame.grow']({ selectors: ['input[name="amt"]'], rows: 2 });
    expect([answer.added, answer.control]).toEqual([2, true]);
    expect(document.querySelectorAll('input[name="amt"]')).toHaveLength(3);
  });

  it('does nothing for selectors that find no control', async () => {
    page('<a href="#" data-add>+ 增加行</a>');
    const { handlers } = createEngine({ doc: document, win: window });
    expect((await handlers['frame.grow']({ selectors: ['#nothing'], rows: 2 })).added).toBe(0);
  });
});

describe('fields appearing during an apply', () => {
  it('counts the controls a write reveals, not CareFill\'s own, and disconnects after the apply', async () => {
    document.body.innerHTML = '<select id="type"><option></option><option>慰问费</option></select>';
    document.getElementById('type')!.addEventListener('change', () => {
      document.body.insertAdjacentHTML('beforeend', '<div><input name="late"><input type="hidden" name="h"><textarea></textarea></div>');
      document.body.append(document.createElement('carefill-panel'));
    });
    const env = countingEnv();
    const apply = withAppearWatch(async () => {
      const s = document.getElementById('type') as HTMLSelectElement;
      s.selectedIndex = 1;
      s.dispatchEvent(new Event('change', { bubbles: true }));
      return { results: [], ms: 0 };
    }, () => env);
    expect(await apply({})).toEqual({ results: [], ms: 0, appeared: 2 });
    expect(env.live()).toBe(0);
  });

  it('disconnects also when the apply throws', async () => {
    const env = countingEnv();
    const apply = withAppearWatch(async () => {
      throw new Error('page broke');
    }, () => env);
    await expect(apply({})).rejects.toThrow('page broke');
    expect(env.made()).toBe(1);
    expect(env.live()).toBe(0);
  });

  it('is part of the engine\'s frame.apply answer', async () => {
    document.body.innerHTML = '<input name="a">';
    const { handlers } = createEngine({ doc: document, win: window });
    await handlers['frame.collect']({ frameId: 0 });
    const answer = await handlers['frame.apply']({ steps: [{ index: 0, selectors: ['input[name="a"]'], value: { kind: 'text', text: 'x' } }] });
    expect(answer.appeared).toBe(0);
    expect(answer.results[0]!.status).toBe('verified');
  });
});

