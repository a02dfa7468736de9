import { describe, expect, it } from 'vitest';
import { visitListSheet, VISIT_LIST_HEADER } from '../../../core/today';
import { cadre, run, visit } from './helpers';

describe('the campaign visit list (走访名单)', () => {
  it('has Chinese headers, a title naming festival and year, and one row per eligible cadre, those left first', () => {
    const a = cadre({ name: '王测试', gender: '男', originalUnit: '省财政厅', rank: '县处级', phones: ['13800138000'], address: '武汉市武昌区测试路1号', birthDate: '1946-05-01' });
    const b = cadre({ name: '李测试', category: '遗属', originalUnit: '省财政厅' });
    const r = run({ cadres: [a, b], visits: [visit(a.id, '2023-01-01', { festival: '春节' })] }, '2023-01-02');
    const sheet = visitListSheet(r.campaign!);
    expect(sheet.title).toBe('2023年春节走访慰问名单');
    expect(sheet.fileName).toBe('2023年春节走访慰问名单.xlsx');
    expect(sheet.subtitle).toContain('应走访 2 人，已走访 1 人，未走访 1 人');
    expect(sheet.header).toEqual(VISIT_LIST_HEADER);
    expect(sheet.header.slice(0, 4)).toEqual(['序号', '姓名', '性别', '年龄']);
    expect(sheet.rows).toEqual([
      [1, '李测试', '', 62, '遗属', '', '省财政厅', '', '', '遗属慰问', 300, '未走访', '', '', ''],
      [2, '王测试', '男', 76, '退休', '县处级', '省财政厅', '13800138000', '武汉市武昌区测试路1号', '节日慰问', 500, '已走访', '2023-01-01', '', ''],
    ]);
    expect(sheet.rows.every((row) => row.length === sheet.header.length)).toBe(true);
  });
});
