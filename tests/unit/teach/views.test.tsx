// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SiteMapEditor } from '../../../components/site-maps/SiteMapEditor';
import { SiteMapList } from '../../../components/site-maps/SiteMapList';
import type { SiteMap } from '../../../core/model/site-map';
import type { FillReport, FillRow } from '../../../messaging/requests/fill';
import { TeachContext, TeachCorrections } from '../../../page/panel/TeachCorrections';
import type { TeachApi } from '../../../page/teach/api';
import { renderZh } from '../components/render';

/** The correction offers in the panel's report, and the options page's site-map list and editor. */

const row = (name: string, key: string, value: string, over: Partial<FillRow> = {}): FillRow => ({
  key,
  label: name,
  value,
  shown: value,
  status: 'verified',
  frameId: 0,
  framePath: '',
  selector: `#${name}`,
  name,
  ...over,
});

const report: FillReport = {
  ok: true,
  role: 'visit',
  formSignature: 'fs1-abc-3',
  frames: 1,
  rows: [row('address', 'cadre.address', '武昌区示例路1号'), row('phone', 'cadre.phone', '13800138000'), row('note', '', '', { status: 'skipped', reason: 'unknown' })],
  counts: { verified: 2, filled: 0, mismatch: 0, skipped: 1 },
  usedSiteMap: false,
  preparedFrames: 0,
  missing: [],
  ms: 1,
};

describe('correction offers in the panel', () => {
  it('offers the key whose value the person put into a filled field, and remembers it on accept', async () => {
    const acceptCorrection = vi.fn<TeachApi['acceptCorrection']>(async () => ({ ok: true, fields: 1 }));
    const api: TeachApi = {
      pick: vi.fn(),
      cancel: vi.fn(),
      save: vi.fn(),
      changes: async () => ({ changes: [{ frameId: 0, selector: '#address', now: ' 13800138000 ' }, { frameId: 0, selector: '#phone', now: '13900000000' }] }),
      acceptCorrection,
    };
    const view = renderZh(
      <TeachContext.Provider value={api}>
        <TeachCorrections report={report} />
      </TeachContext.Provider>,
    );
    const offer = await view.findByTestId('teach-correction');
    expect(offer.getAttribute('data-key')).toBe('cadre.address');
    expect(offer.getAttribute('data-learn-key')).toBe('cadre.phone');
    expect(offer.textContent).toContain('联系电话');
    expect(view.getAllByTestId('teach-correction')).toHaveLength(1);
    fireEvent.click(view.getByTestId('teach-correction-accept'));
    await waitFor(() => expect(view.getByTestId('teach-correction').getAttribute('data-state')).toBe('saved'));
    expect(acceptCorrection).toHaveBeenCalledWith(report, expect.objectContaining({ learnKey: 'cadre.phone', now: '13800138000' }));
  });

  it('shows nothing without the panel\'s teaching API (the popup)', () => {
    const view = renderZh(<TeachCorrections report={report} />);
    expect(view.queryByTestId('teach-corrections')).toBeNull();
  });
});

const map: SiteMap = {
  id: 'sitemap0001',
  createdAt: 1,
  updatedAt: 1_764_400_000_000,
  origin: 'http://127.0.0.1:8765',
  formSignature: 'fs1-abc-3',
  formName: '慰问审批单',
  role: 'visit',
  fields: [
    { selector: '#a', altSelectors: [], label: '姓名', framePath: '', key: 'cadre.name' },
    { selector: '#r', altSelectors: [], label: '金额', framePath: 'iframe#main', key: 'expense.row.amount[2]' },
  ],
  submitTexts: [],
};

describe('site maps in the options page', () => {
  it('lists forms per origin with their counts', () => {
    const view = renderZh(<SiteMapList items={[{ id: 'x', origin: map.origin, formSignature: map.formSignature, formName: '慰问审批单', role: 'visit', fields: 2, ignored: 1, updatedAt: map.updatedAt }]} onOpen={() => {}} />);
    const r = view.getByTestId('sitemap-row');
    expect(r.getAttribute('data-origin')).toBe(map.origin);
    expect(r.textContent).toContain('2 个字段，1 个忽略');
  });

  it('edits keys (a row key keeps its row), saves only when changed, deletes after a confirm', () => {
    const onSave = vi.fn();
    const onDelete = vi.fn();
    const view = renderZh(<SiteMapEditor siteMap={map} status={{ kind: 'idle' }} onSave={onSave} onDelete={onDelete} />);
    const save = view.getByTestId('sitemap-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const selects = view.getAllByTestId('sitemap-field-key') as HTMLSelectElement[];
    expect(selects[1]!.value).toBe('expense.row.amount');
    fireEvent.change(selects[1]!, { target: { value: 'expense.row.date' } });
    fireEvent.change(selects[0]!, { target: { value: 'ignore' } });
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledWith([expect.objectContaining({ selector: '#a', key: 'ignore' }), expect.objectContaining({ selector: '#r', key: 'expense.row.date[2]' })]);

    expect(view.queryByTestId('sitemap-delete-confirm')).toBeNull();
    fireEvent.click(view.getByTestId('sitemap-delete'));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(view.getByTestId('sitemap-delete-confirm'));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });
});
