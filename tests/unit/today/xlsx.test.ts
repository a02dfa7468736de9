import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { visitListSheet } from '../../../core/today';
import { visitListWorkbook } from '../../../entrypoints/options/today-xlsx';
import { cadre, run } from './helpers';

describe('the visit list as .xlsx', () => {
  it('reads back as title, subtitle, Chinese header and one row per cadre', () => {
    const cadres = [cadre({ name: '王测试', originalUnit: '省财政厅' }), cadre({ name: '李测试', originalUnit: '省教育厅' })];
    const sheet = visitListSheet(run({ cadres }, '2023-01-02').campaign!);
    const bytes = visitListWorkbook(XLSX, sheet);
    const wb = XLSX.read(new Uint8Array(bytes), { type: 'array' });
    expect(wb.SheetNames).toEqual(['走访名单']);
    const ws = wb.Sheets['走访名单']!;
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(ws, { header: 1, defval: '' });
    expect(rows[0]![0]).toBe('2023年春节走访慰问名单');
    expect(String(rows[1]![0])).toContain('应走访 2 人');
    expect(rows[2]).toEqual([...sheet.header]);
    expect(rows.slice(3).map((r) => [r[0], r[1], r[6], r[11]])).toEqual([
      [1, '王测试', '省财政厅', '未走访'],
      [2, '李测试', '省教育厅', '未走访'],
    ]);
    expect(ws['!merges']).toHaveLength(2);
  });
});
