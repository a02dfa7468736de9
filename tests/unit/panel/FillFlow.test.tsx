// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadreSummary, FillReport, FillRow } from '../../../messaging/protocol';
import { FillFlow } from '../../../page/panel/FillFlow';
import { FillApiError, fillApiFor, type FillApi } from '../../../page/panel/fill-api';
import { renderZh } from '../components/render';

/** The fill flow of the popup and the panel, over a fake API: the automation contract's test ids. */

afterEach(cleanup);

const cadre: CadreSummary = { id: 'cadre00001', name: '欧阳测试', category: '退休', alive: true, updatedAt: 1 };
const row = (over: Partial<FillRow>): FillRow => ({
  key: 'cadre.name',
  label: '慰问对象姓名',
  value: '欧阳测试',
  shown: '欧阳测试',
  status: 'verified',
  frameId: 3,
  framePath: 'iframe#work_form_data',
  selector: '#field6011',
  name: 'field6011',
  ...over,
});
const report = (rows: FillRow[]): FillReport => ({
  ok: true,
  role: 'visit',
  formSignature: 'fs1-x',
  frames: 1,
  rows,
  counts: {
    verified: rows.filter((r) => r.status === 'verified').length,
    filled: rows.filter((r) => r.status === 'filled').length,
    mismatch: rows.filter((r) => r.status === 'mismatch').length,
    skipped: rows.filter((r) => r.status === 'skipped').length,
  },
  usedSiteMap: false,
  preparedFrames: 0,
  missing: [],
  ms: 12,
});

function fakeApi(over: Partial<FillApi> = {}): FillApi {
  return {
    searchCadres: vi.fn(async () => ({ items: [cadre], total: 1 })),
    templates: vi.fn(async () => ({
      templates: [
        { id: 'tpl0000001', name: '春节慰问', visitType: '节日慰问' as const, festival: '春节' },
        { id: 'tpl0000002', name: '住院看望', visitType: '住院看望' as const },
      ],
      defaultId: 'tpl0000002',
    })),
    fill: vi.fn(async () =>
      report([row({}), row({ key: 'cadre.idNumber', name: 'field6013', status: 'skipped', reason: 'user-typed', label: '身份证号码' }), row({ key: '', name: 'remark', status: 'skipped', reason: 'unknown', label: '签字意见' })]),
    ),
    undo: vi.fn(async () => ({ restored: 1, frames: 1 })),
    prepare: vi.fn(async () => ({ frames: 1, fields: 3 })),
    ...over,
  };
}

async function pickCadre(): Promise<void> {
  fireEvent.input(screen.getByTestId('cadre-search'), { target: { value: 'oyc' } });
  fireEvent.click(await screen.findByTestId('cadre-option'));
}

describe('FillFlow', () => {
  it('has the tab collect its fields when it opens, and again after a fill or an undo', async () => {
    const api = fakeApi();
    renderZh(<FillFlow api={api} />);
    await waitFor(() => expect(api.prepare).toHaveBeenCalledTimes(1));
    await pickCadre();
    await waitFor(() => expect(screen.getByTestId('fill-button')).not.toHaveProperty('disabled', true));
    fireEvent.click(screen.getByTestId('fill-button'));
    await screen.findByTestId('fill-report');
    await waitFor(() => expect(api.prepare).toHaveBeenCalledTimes(2));
    fireEvent.click(screen.getByTestId('undo-button'));
    await waitFor(() => expect(screen.getByTestId('undo-status').dataset.state).toBe('done'));
    await waitFor(() => expect(api.prepare).toHaveBeenCalledTimes(3));
  });

  it('fills all the same when preparing failed', async () => {
    const api = fakeApi({ prepare: vi.fn(async () => Promise.reject(new Error('no engine'))) });
    renderZh(<FillFlow api={api} />);
    await pickCadre();
    await waitFor(() => expect(screen.getByTestId('fill-button')).not.toHaveProperty('disabled', true));
    fireEvent.click(screen.getByTestId('fill-button'));
    await screen.findByTestId('fill-report');
    expect(api.fill).toHaveBeenCalledTimes(1);
  });

  it('searches, preselects the template the background suggests, fills and lists every field', async () => {
    const api = fakeApi();
    renderZh(<FillFlow api={api} />);
    await pickCadre();
    const select = (await screen.findByTestId('template-select')) as HTMLSelectElement;
    expect(api.templates).toHaveBeenCalledWith('cadre00001');
    await waitFor(() => expect(select.value).toBe('tpl0000002'));
    expect(Array.from(select.querySelectorAll('optgroup'), (g) => g.getAttribute('label'))).toEqual(['节日慰问', '住院看望']);
    fireEvent.change(select, { target: { value: 'tpl0000001' } });
    fireEvent.click(screen.getByTestId('fill-button'));
    const rep = await screen.findByTestId('fill-report');
    expect(api.fill).toHaveBeenCalledWith('cadre00001', 'tpl0000001', false);
    expect(rep.dataset.verified).toBe('1');
    expect(rep.dataset.skipped).toBe('2');
    const rows = screen.getAllByTestId('fill-row');
    expect(rows.map((r) => [r.dataset.key, r.dataset.status, r.dataset.reason, r.dataset.name])).toEqual([
      ['cadre.name', 'verified', '', 'field6011'],
      ['cadre.idNumber', 'skipped', 'user-typed', 'field6013'],
      ['', 'skipped', 'unknown', 'remark'],
    ]);
    expect(rows[1]!.textContent).toContain('保留已填内容');
    expect(rep.textContent).toContain('已填写 1 项');
  });

  it('overwrites typed values only when asked, and undoes', async () => {
    const api = fakeApi();
    renderZh(<FillFlow api={api} />);
    await pickCadre();
    await screen.findByTestId('template-select');
    fireEvent.click(screen.getByTestId('fill-button'));
    fireEvent.click(await screen.findByTestId('fill-overwrite'));
    await waitFor(() => expect(api.fill).toHaveBeenLastCalledWith('cadre00001', 'tpl0000002', true));
    await screen.findByTestId('fill-report');
    fireEvent.click(screen.getByTestId('undo-button'));
    await waitFor(() => expect(screen.getByTestId('undo-status').dataset.state).toBe('done'));
    expect(screen.getByTestId('undo-status').textContent).toContain('已恢复 1 项');
    expect((screen.getByTestId('undo-button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why a fill failed', async () => {
    renderZh(<FillFlow api={fakeApi({ fill: vi.fn(async () => ({ ok: false as const, key: 'fill_err_no_fields' as const })) })} />);
    await pickCadre();
    await screen.findByTestId('template-select');
    fireEvent.click(screen.getByTestId('fill-button'));
    const err = await screen.findByTestId('fill-error');
    expect(err.dataset.key).toBe('fill_err_no_fields');
    expect(err.textContent).toContain('没有可填写的表单');
  });
});

describe('fillApiFor', () => {
  it('sends the requests of the protocol for its tab and turns refusals into errors', async () => {
    const sent: unknown[] = [];
    const api = fillApiFor(async (type, payload) => {
      sent.push({ type, payload });
      return type === 'fill.undo' ? { error: 'forbidden', key: 'err_forbidden' } : { items: [], total: 0 };
    }, 42);
    await api.searchCadres('王');
    await api.fill('c', 't', true).catch(() => undefined);
    await expect(api.undo()).rejects.toEqual(new FillApiError('err_forbidden'));
    expect(sent).toEqual([
      { type: 'fill.cadres', payload: { query: '王', limit: 10 } },
      { type: 'fill.start', payload: { tabId: 42, cadreId: 'c', templateId: 't', overwrite: true } },
      { type: 'fill.undo', payload: { tabId: 42 } },
    ]);
  });
});

describe('FillFlow after an interrupted fill', () => {
  const interruptions: Array<[string, () => Promise<never>]> = [
    ['the message port closed (panel sender rejects)', async () => Promise.reject(new Error('The message port closed before a response was received.'))],
    ['no answer at all', async () => undefined as never],
    ['a transport error of the popup', async () => Promise.reject(new FillApiError('err_request_failed', true))],
  ];

  for (const [what, fail] of interruptions) {
    it(`says the form may be partly filled and keeps undo (${what})`, async () => {
      const undo = vi.fn(async () => ({ restored: 2, frames: 1 }));
      const api = fillApiFor(async (type) => {
        if (type === 'fill.cadres') return { items: [cadre], total: 1 };
        if (type === 'fill.templates') return { templates: [{ id: 'tpl0000001', name: '春节慰问', visitType: '节日慰问', festival: '春节' }] };
        if (type === 'fill.start') return fail();
        if (type === 'fill.prepare') return { frames: 1, fields: 3 };
        return undo();
      }, 7);
      renderZh(<FillFlow api={api} />);
      await pickCadre();
      await screen.findByTestId('template-select');
      fireEvent.click(screen.getByTestId('fill-button'));
      const err = await screen.findByTestId('fill-error');
      expect(err.dataset.key).toBe('fill_err_interrupted');
      expect(err.textContent).toContain('填写被中断');
      expect(err.textContent).not.toContain('操作失败');
      const undoButton = screen.getByTestId('undo-button') as HTMLButtonElement;
      expect(undoButton.disabled).toBe(false);
      fireEvent.click(undoButton);
      await waitFor(() => expect(screen.getByTestId('undo-status').dataset.state).toBe('done'));
      expect(undo).toHaveBeenCalledTimes(1);
    });
  }

  it('keeps the plain refusal (and no undo) when the background answered with a reason', async () => {
    renderZh(<FillFlow api={fakeApi({ fill: vi.fn(async () => Promise.reject(new FillApiError('err_forbidden'))) })} />);
    await pickCadre();
    await screen.findByTestId('template-select');
    fireEvent.click(screen.getByTestId('fill-button'));
    const err = await screen.findByTestId('fill-error');
    expect(err.dataset.key).toBe('err_forbidden');
    expect(screen.queryByTestId('undo-button')).toBeNull();
  });
});
