// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CadrePicker } from '../../../../components/visits/CadrePicker';
import { FindingList } from '../../../../components/visits/FindingList';
import { VisitEditor } from '../../../../components/visits/VisitEditor';
import { VisitList } from '../../../../components/visits/VisitList';
import { emptyVisitDraft } from '../../../../components/visits/visit-draft';
import { visitRecord, type VisitRecord } from '../../../../core/model/visit-record';
import type { Finding } from '../../../../core/rules/finding';
import type { CadreSummary } from '../../../../messaging/protocol';
import { renderZh } from '../render';

afterEach(cleanup);

const visit = (id: string, date: string, amount: number, goodsValue = 0): VisitRecord =>
  visitRecord.parse({ id, createdAt: 0, updatedAt: 0, cadreId: 'cadre-00000001', visitType: '节日慰问', festival: '春节', date, amount, goodsValue, source: 'manual' });

describe('VisitList', () => {
  it('lists a year’s records with their total, and deletes only after confirming', () => {
    const onDelete = vi.fn();
    const onYear = vi.fn();
    renderZh(<VisitList visits={[visit('visit-0000001', '2026-01-20', 0, 480.5), visit('visit-0000002', '2026-09-28', 300)]} year={2026} onYear={onYear} onOpen={() => {}} onDelete={onDelete} />);
    expect(screen.getAllByTestId('visit-row')).toHaveLength(2);
    expect(screen.getByTestId('visit-year-total').dataset.total).toBe('780.5');
    expect(screen.getByTestId('visit-year-total').textContent).toBe('共 2 次，合计 780.50 元');
    fireEvent.click(screen.getByTestId('visit-year-prev'));
    expect(onYear).toHaveBeenCalledWith(2025);
    const second = screen.getAllByTestId('visit-row')[1]!;
    fireEvent.click(within(second).getByTestId('visit-delete'));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(within(second).getByTestId('visit-delete-confirm'));
    expect(onDelete).toHaveBeenCalledWith('visit-0000002');
  });
});

describe('VisitEditor', () => {
  it('refuses a date that is not a date and an amount that is not a number, then saves the fixed record', () => {
    const onSave = vi.fn();
    renderZh(<VisitEditor initial={emptyVisitDraft('cadre-00000001', '2026-05-10')} isNew problems={[]} status={{ kind: 'idle' }} milestones={[80, 90, 100]} onSave={onSave} onCancel={() => {}} />);
    fireEvent.input(screen.getByTestId('visit-date'), { target: { value: '2026-02-30' } });
    fireEvent.input(screen.getByTestId('visit-amount'), { target: { value: '三百' } });
    fireEvent.click(screen.getByTestId('visit-save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('visit-form').textContent).toContain('请输入数字');
    fireEvent.input(screen.getByTestId('visit-date'), { target: { value: '2026-02-10' } });
    fireEvent.input(screen.getByTestId('visit-amount'), { target: { value: '300' } });
    fireEvent.change(screen.getByTestId('visit-festival'), { target: { value: '春节' } });
    fireEvent.click(screen.getByTestId('visit-save'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ date: '2026-02-10', amount: 300, festival: '春节', source: 'manual' }));
  });
});

describe('FindingList', () => {
  const findings: Finding[] = [
    { ruleId: 'per-visit-cap', severity: 'block', message: '住院看望（一般）单次慰问金额 1,200.00 元，超过标准 1,000.00 元', ref: '示例第七条', fields: ['visit.amount'] },
    { ruleId: 'approval-level', severity: 'info', message: '须报分管领导审批（示例第十六条）', ref: '示例第十六条', fields: [] },
  ];
  it('shows severity, message, clause and fields, and a summary', () => {
    renderZh(<FindingList findings={findings} />);
    expect(screen.getByTestId('findings-summary').textContent).toBe('阻止 1 项，提醒 0 项，提示 1 项');
    const [cap] = screen.getAllByTestId('finding');
    expect(cap!.dataset.severity).toBe('block');
    expect(cap!.textContent).toContain('阻止');
    expect(cap!.textContent).toContain('超过标准 1,000.00 元');
    expect(cap!.textContent).toContain('依据 示例第七条');
    expect(cap!.textContent!.match(/示例第七条/g)).toHaveLength(1);
    expect(cap!.textContent).toContain('涉及：慰问金额');
  });

  it('does not repeat a clause the message already cites', () => {
    renderZh(<FindingList findings={findings} />);
    const approval = screen.getAllByTestId('finding')[1]!;
    expect(approval.textContent!.match(/示例第十六条/g)).toHaveLength(1);
  });

  it('says when there is nothing to find', () => {
    renderZh(<FindingList findings={[]} />);
    expect(screen.getByTestId('findings-summary').textContent).toBe('未发现问题。');
  });
});

describe('CadrePicker', () => {
  const summary: CadreSummary = { id: 'cadre-00000001', name: '欧阳示例', category: '退休', alive: true, updatedAt: 0 };

  it('searches as the person types and hands the chosen cadre over', async () => {
    const search = vi.fn(async () => ({ items: [summary], total: 1 }));
    const onPick = vi.fn();
    renderZh(<CadrePicker testId="p" search={search} onPick={onPick} onClear={() => {}} />);
    fireEvent.input(screen.getByTestId('p-search'), { target: { value: 'oy' } });
    await waitFor(() => expect(screen.getAllByTestId('cadre-option')).toHaveLength(1));
    expect(search).toHaveBeenCalledWith('oy');
    fireEvent.click(screen.getByTestId('cadre-option'));
    expect(onPick).toHaveBeenCalledWith(summary);
  });

  it('shows the chosen cadre with a way to change', () => {
    const onClear = vi.fn();
    renderZh(<CadrePicker testId="p" search={async () => ({ items: [], total: 0 })} selected={summary} onPick={() => {}} onClear={onClear} />);
    expect(screen.getByTestId('p-selected').textContent).toContain('欧阳示例');
    fireEvent.click(screen.getByTestId('p-change'));
    expect(onClear).toHaveBeenCalled();
  });
});
