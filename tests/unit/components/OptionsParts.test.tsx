// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../../components/ImportPanel';
import { OptionsNav } from '../../../components/OptionsNav';
import { SettingsPanel } from '../../../components/SettingsPanel';
import type { ImportPreview } from '../../../messaging/protocol';
import { renderZh } from './render';

afterEach(cleanup);

const preview: ImportPreview = {
  total: 5,
  toAdd: 2,
  toUpdate: 1,
  errors: [
    { row: 3, problems: [{ path: 'idNumber', key: 'err_id_checksum' }, { path: 'phones.0', key: 'err_phone_format' }] },
    { row: 5, problems: [{ path: 'idNumber', key: 'err_import_duplicate', subs: ['1'] } as { path: string; key: string }] },
  ],
  committed: false,
};

describe('OptionsNav', () => {
  it('offers 台账 / 导入 / 设置 and marks the current view', () => {
    const onNavigate = vi.fn();
    renderZh(<OptionsNav current="ledger" onNavigate={onNavigate} />);
    expect(screen.getByTestId('nav-ledger').textContent).toBe('台账');
    expect(screen.getByTestId('nav-ledger').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-import').textContent).toBe('导入');
    fireEvent.click(screen.getByTestId('nav-settings'));
    expect(onNavigate).toHaveBeenCalledWith('settings');
    expect(screen.getByText('老干部服务助手')).toBeTruthy();
  });
});

describe('ImportPanel', () => {
  it('hands the chosen file over', () => {
    const onFile = vi.fn();
    renderZh(<ImportPanel state={{ kind: 'idle' }} onFile={onFile} onCommit={() => {}} />);
    const file = new File(['[]'], 'ledger.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it('previews counts and the refused rows with row numbers and Chinese reasons', () => {
    const onCommit = vi.fn();
    renderZh(<ImportPanel state={{ kind: 'preview', preview }} fileName="ledger.json" onFile={() => {}} onCommit={onCommit} />);
    const box = screen.getByTestId('import-preview');
    expect([box.dataset.toAdd, box.dataset.toUpdate, box.dataset.errors]).toEqual(['2', '1', '2']);
    const rows = screen.getAllByTestId('import-error-row');
    expect(rows.map((r) => r.dataset.row)).toEqual(['3', '5']);
    expect(rows[0]!.textContent).toBe('第 3 行身份证号：身份证号码校验位不正确，请核对最后一位；联系电话：电话号码格式不正确（手机 11 位，座机如 027-87654321）');
    expect(rows[1]!.textContent).toContain('与第 1 行重复');
    const commit = screen.getByTestId('import-commit');
    expect(commit.textContent).toBe('导入（3 条）');
    fireEvent.click(commit);
    expect(onCommit).toHaveBeenCalledOnce();
  });

  it('explains an unusable file and reports the finished import', () => {
    const { rerender } = renderZh(<ImportPanel state={{ kind: 'invalid', messageKey: 'err_import_not_json' }} onFile={() => {}} onCommit={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('文件不是有效的 JSON，请确认选择的是台账文件');
    expect(screen.queryByTestId('import-commit')).toBeNull();
    rerender(<ImportPanel state={{ kind: 'done', preview: { ...preview, committed: true } }} onFile={() => {}} onCommit={() => {}} />);
    expect(screen.getByTestId('import-status').textContent).toBe('导入完成：新增 2 人，更新 1 人。');
    expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('SettingsPanel', () => {
  it('erases only after the confirmation step', () => {
    const onWipe = vi.fn();
    renderZh(<SettingsPanel counts={{ cadres: 12, followUps: 3, visits: 4 }} wipe={{ kind: 'idle' }} onWipe={onWipe} />);
    expect(screen.getByTestId('stored-counts').textContent).toBe('台账 12 人，跟进记录 3 条，慰问记录 4 条。');
    expect(screen.queryByTestId('wipe-confirm')).toBeNull();
    fireEvent.click(screen.getByTestId('wipe-all'));
    expect(onWipe).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('wipe-cancel'));
    expect(screen.queryByTestId('wipe-confirm')).toBeNull();
    fireEvent.click(screen.getByTestId('wipe-all'));
    fireEvent.click(screen.getByTestId('wipe-confirm'));
    expect(onWipe).toHaveBeenCalledOnce();
  });

  it('reports the result of erasing', () => {
    renderZh(<SettingsPanel counts={{ cadres: 0, followUps: 0, visits: 0 }} wipe={{ kind: 'done' }} onWipe={() => {}} />);
    expect(screen.getByTestId('wipe-status').textContent).toBe('已清除全部数据。');
  });
});
