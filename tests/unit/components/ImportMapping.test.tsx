// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { columnLetter, ImportMapping } from '../../../components/ImportMapping';
import { ImportPanel } from '../../../components/ImportPanel';
import { mapColumns } from '../../../core/spreadsheet';
import type { ImportPreview } from '../../../messaging/protocol';
import { sheetOf } from '../spreadsheet/helpers';
import { renderZh } from './render';

afterEach(cleanup);

describe('ImportMapping', () => {
  const sheet = sheetOf([
    ['序号', '姓名', '公民身份号码', '爱人单位', '单位', '原单位'],
    [1, '张三', '110101194912310035', '某厂', '某厅', '某厅'],
  ]);
  const mapping = mapColumns(sheet, 0);

  it('shows each column with its header, an example and the field it goes to, and takes the person’s choice', () => {
    const onMap = vi.fn();
    renderZh(
      <ImportMapping
        sheetNames={['台账', '说明']}
        sheetIndex={0}
        headerRow={0}
        headerChoices={['序号 | 姓名', '1 | 张三']}
        mapping={mapping}
        samples={{ 1: '张三', 3: '某厂' }}
        missing={['category']}
        rowCount={1}
        onSheet={() => {}}
        onHeaderRow={() => {}}
        onMap={onMap}
      />,
    );
    const rows = screen.getAllByTestId('mapping-row');
    expect(rows.map((r) => r.dataset.field)).toEqual(['', 'name', 'idNumber', '', 'originalUnit', '']);
    expect(rows[0]!.textContent).toContain('无需导入');
    expect(rows[3]!.textContent).toContain('未识别的列');
    expect(rows[5]!.textContent).toContain('与 E 列重复');
    expect(screen.getByTestId('mapping-missing').textContent).toContain('离退休类别');
    fireEvent.change(screen.getByTestId('mapping-field-3'), { target: { value: 'notes' } });
    expect(onMap).toHaveBeenCalledWith(3, 'notes');
    fireEvent.change(screen.getByTestId('mapping-field-4'), { target: { value: '' } });
    expect(onMap).toHaveBeenLastCalledWith(4, null);
    expect(screen.getByTestId('mapping-sheet')).toBeTruthy();
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('ImportPanel with a spreadsheet', () => {
  const preview: ImportPreview = {
    total: 6,
    toAdd: 1,
    toUpdate: 1,
    unchanged: 2,
    errors: [
      { row: 5, problems: [{ path: 'spouse.status', key: 'err_choose_one' }] },
      { row: 7, problems: [{ path: 'idNumber', key: 'err_import_duplicate', subs: ['3'] }] },
    ],
    duplicates: [{ row: 7, sameAs: 3 }],
    committed: false,
  };

  it('counts unchanged and repeated rows, names fields the editor does not show, and cancels', () => {
    const onCancel = vi.fn();
    renderZh(<ImportPanel state={{ kind: 'preview', preview }} onFile={() => {}} onCommit={() => {}} onCancel={onCancel} />);
    const box = screen.getByTestId('import-preview');
    expect([box.dataset.unchanged, box.dataset.duplicates]).toEqual(['2', '1']);
    expect(screen.getByTestId('import-unchanged').textContent).toBe('2');
    expect(screen.getAllByTestId('import-error-row')[0]!.textContent).toBe('第 5 行配偶情况：请从列表中选择一项');
    expect((screen.getByTestId('import-file') as HTMLInputElement).accept).toContain('.xlsx');
    fireEvent.click(screen.getByTestId('import-cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
