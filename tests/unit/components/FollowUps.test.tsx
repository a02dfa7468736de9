// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followUpInput } from '../../../components/follow-up-form';
import { FollowUpDueList } from '../../../components/FollowUpDueList';
import { FollowUpLog } from '../../../components/FollowUpLog';
import type { FollowUp } from '../../../core/model';
import type { DueFollowUpItem } from '../../../messaging/protocol';
import { renderZh } from './render';

afterEach(cleanup);

const TODAY = '2026-06-15';
const f = (id: string, extra: Partial<FollowUp>): FollowUp => ({
  id,
  createdAt: 1,
  updatedAt: 2,
  cadreId: 'cadre00001',
  date: '2026-06-01',
  method: '上门走访',
  found: '独居，腿脚不便',
  ...extra,
});

describe('FollowUpLog', () => {
  it('lists contacts with where each stands, and marks an open one done', () => {
    const onMarkDone = vi.fn();
    const items = [
      f('followup01', { dueDate: '2026-06-10', action: '联系社区助餐', owner: '经办人甲' }),
      f('followup02', { dueDate: '2026-06-01', doneDate: '2026-05-30' }),
    ];
    renderZh(<FollowUpLog items={items} today={TODAY} problems={[]} onAdd={() => {}} onMarkDone={onMarkDone} />);
    const rows = screen.getAllByTestId('followup-item');
    expect(rows.map((r) => r.dataset.status)).toEqual(['overdue', 'done']);
    expect(rows[0]!.textContent).toContain('已逾期（2026-06-10）');
    expect(rows[0]!.textContent).toContain('拟办：联系社区助餐');
    expect(rows[1]!.textContent).toContain('已完成 2026-05-30');
    expect(screen.getAllByTestId('followup-done')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('followup-done'));
    expect(onMarkDone).toHaveBeenCalledWith(items[0]);
  });

  it('records a contact with today as its date, shows problems next to fields, clears once saved', () => {
    const onAdd = vi.fn();
    const { rerender } = renderZh(<FollowUpLog items={[]} today={TODAY} problems={[]} onAdd={onAdd} onMarkDone={() => {}} />);
    expect(screen.getByTestId('followup-empty').textContent).toBe('还没有跟进记录。');
    fireEvent.click(screen.getByTestId('followup-new'));
    expect((screen.getByTestId('followup-date') as HTMLInputElement).value).toBe(TODAY);
    fireEvent.change(screen.getByTestId('followup-method'), { target: { value: '电话联系' } });
    fireEvent.input(screen.getByTestId('followup-found'), { target: { value: '身体尚可' } });
    fireEvent.input(screen.getByTestId('followup-dueDate'), { target: { value: '2026年7月1日' } });
    fireEvent.submit(screen.getByTestId('followup-form'));
    const values = onAdd.mock.calls[0]![0];
    expect(followUpInput(values, 'cadre00001')).toEqual({ cadreId: 'cadre00001', date: TODAY, method: '电话联系', found: '身体尚可', dueDate: '2026-07-01' });

    rerender(<FollowUpLog items={[]} today={TODAY} problems={[{ path: 'found', key: 'err_required' }]} onAdd={onAdd} onMarkDone={() => {}} />);
    expect(screen.getByTestId('followup-error-found').textContent).toBe('此项为必填项');
    rerender(<FollowUpLog items={[]} today={TODAY} problems={[]} savedCount={1} onAdd={onAdd} onMarkDone={() => {}} />);
    expect(screen.queryByTestId('followup-form')).toBeNull();
  });
});

describe('FollowUpDueList', () => {
  const items: DueFollowUpItem[] = [
    { followUp: f('followup01', { dueDate: '2026-06-12', owner: '经办人甲' }), cadre: { id: 'cadre00001', name: '王卫东', category: '退休', originalUnit: '省财政厅' } },
    { followUp: f('followup03', { dueDate: TODAY }), cadre: { id: 'cadre00002', name: '李秀英', category: '离休' } },
    { followUp: f('followup04', { dueDate: '2026-06-20' }), cadre: { id: 'cadre00003', name: '赵六', category: '退休' } },
  ];

  it('shows how late or how soon each is, and acts on it', () => {
    const onOpenCadre = vi.fn();
    const onMarkDone = vi.fn();
    const onWithinDays = vi.fn();
    renderZh(<FollowUpDueList items={items} today={TODAY} withinDays={7} onWithinDays={onWithinDays} onOpenCadre={onOpenCadre} onMarkDone={onMarkDone} />);
    const rows = screen.getAllByTestId('followup-due-row');
    expect(rows.map((r) => r.dataset.status)).toEqual(['overdue', 'due-today', 'due-soon']);
    expect(rows[0]!.textContent).toContain('逾期 3 天');
    expect(rows[1]!.textContent).toContain('今日到期');
    expect(rows[2]!.textContent).toContain('5 天后到期');
    expect(screen.getByTestId('followups-count').textContent).toBe('共 3 项，其中逾期 1 项');
    fireEvent.click(screen.getAllByTestId('followup-open-cadre')[1]!);
    expect(onOpenCadre).toHaveBeenCalledWith('cadre00002');
    fireEvent.click(screen.getAllByTestId('followup-due-done')[0]!);
    expect(onMarkDone).toHaveBeenCalledWith(items[0]);
    fireEvent.change(screen.getByTestId('followups-window'), { target: { value: '30' } });
    expect(onWithinDays).toHaveBeenCalledWith(30);
  });
});
