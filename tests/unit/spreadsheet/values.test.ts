import { describe, expect, it } from 'vitest';
import { cellPreview, excelSerialToIso, readCell, splitPhones } from '../../../core/spreadsheet';

const read = (v: string | number | boolean, kind: Parameters<typeof readCell>[1], path = 'x', extra: object = {}) => readCell({ v, ...extra }, kind, path);

describe('excelSerialToIso', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [11060, '1930-04-12'],
    [45658, '2025-01-01'],
    [45658.75, '2025-01-01'],
  ])('serial %d is %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('has no day for 0 and for the fake 1900-02-29, and counts the 1904 system from 1904-01-01', () => {
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(9598, true)).toBe('1930-04-12');
  });
});

describe('readCell', () => {
  it('reads dates: Excel dates, plain serials, 8-digit numbers, Chinese spellings, months', () => {
    expect(read(11060, 'date', 'birthDate', { date: true })).toEqual({ ok: true, value: '1930-04-12' });
    expect(read(11060, 'date')).toEqual({ ok: true, value: '1930-04-12' });
    expect(read(19300412, 'date')).toEqual({ ok: true, value: '1930-04-12' });
    expect(read('1930年4月12日', 'date')).toEqual({ ok: true, value: '1930-04-12' });
    expect(read('1930/4/12', 'date')).toEqual({ ok: true, value: '1930-04-12' });
    expect(read('1930.04', 'date')).toEqual({ ok: true, value: '1930-04-01', monthOnly: true });
    // 1930.10 typed as a number: what Excel shows keeps October
    expect(read(1930.1, 'date', 'x', { text: '1930.10' })).toEqual({ ok: true, value: '1930-10-01', monthOnly: true });
    expect(read('不详', 'date')).toEqual({ ok: true, value: '不详' });
  });

  it('maps office spellings to the vocabulary', () => {
    expect(read('男性', 'gender')).toEqual({ ok: true, value: '男' });
    expect(read('女', 'gender')).toEqual({ ok: true, value: '女' });
    expect(read('离休干部', 'category')).toEqual({ ok: true, value: '离休' });
    expect(read('退休人员', 'category')).toEqual({ ok: true, value: '退休' });
    expect(read('遗孀', 'category')).toEqual({ ok: true, value: '遗属' });
    expect(read('在职', 'category')).toEqual({ ok: true, value: '在职' });
    expect(read('预备党员', 'political')).toEqual({ ok: true, value: '中共党员' });
    expect(read('九三学社社员', 'political')).toEqual({ ok: true, value: '民主党派' });
    expect(read('良好', 'health')).toEqual({ ok: true, value: '健康' });
    expect(read('不能自理', 'health')).toEqual({ ok: true, value: '生活不能自理' });
    expect(read('病故', 'spouseStatus')).toEqual({ ok: true, value: '已故' });
  });

  it('reads finer grades as the 职级 and keeps them as the detail', () => {
    expect(read('厅局级', 'rank')).toEqual({ ok: true, value: '厅局级' });
    expect(read('正处级', 'rank')).toEqual({ ok: true, value: '县处级', detail: '正处级' });
    expect(read('一级巡视员', 'rank')).toEqual({ ok: true, value: '厅局级', detail: '一级巡视员' });
    expect(read('四级主任科员', 'rank')).toEqual({ ok: true, value: '乡科级及以下', detail: '四级主任科员' });
    expect(read('副部级', 'rank')).toEqual({ ok: true, value: '省部级', detail: '副部级' });
    expect(read('工勤技能岗', 'rank')).toEqual({ ok: true, value: '乡科级及以下', detail: '工勤技能岗' });
    expect(read('局长', 'rank')).toEqual({ ok: true, value: '局长' });
  });

  it('reads yes and no, and 健在/已故 for the alive column', () => {
    expect(read('是', 'bool')).toEqual({ ok: true, value: true });
    expect(read('√', 'bool')).toEqual({ ok: true, value: true });
    expect(read('无', 'bool')).toEqual({ ok: true, value: false });
    expect(read(true, 'bool')).toEqual({ ok: true, value: true });
    expect(read('已故', 'alive')).toEqual({ ok: true, value: false });
    expect(read('健在', 'alive')).toEqual({ ok: true, value: true });
    expect(read('也许', 'bool', 'difficulty.has')).toEqual({ ok: false, problem: { path: 'difficulty.has', key: 'err_import_yes_no', subs: ['也许'] } });
  });

  it('refuses an ID number that Excel stored as a number (its last digits are gone)', () => {
    expect(read(Number('420106193004120170'), 'idNumber', 'idNumber')).toEqual({ ok: false, problem: { path: 'idNumber', key: 'err_import_id_as_number' } });
    expect(read(420106300412017, 'idNumber')).toEqual({ ok: true, value: '420106300412017' });
    expect(read(" 42010619300412017x", 'idNumber')).toEqual({ ok: true, value: '42010619300412017X' });
    expect(read('４２０１０６１９３００４１２０１７Ｘ', 'idNumber')).toEqual({ ok: true, value: '42010619300412017X' });
  });

  it('splits phones and lists, and keeps numbers as digits', () => {
    expect(splitPhones('13800138000、027-87650001；010 6234 5678')).toEqual(['13800138000', '027-87650001', '010 6234 5678']);
    expect(read(13800138000, 'phones')).toEqual({ ok: true, value: ['13800138000'] });
    expect(read('书法，太极拳、京剧', 'list')).toEqual({ ok: true, value: ['书法', '太极拳', '京剧'] });
    expect(read('就医陪护', 'needs')).toEqual({ ok: true, value: [{ category: '其他', text: '就医陪护' }] });
  });

  it('treats an empty or blank cell as no value', () => {
    expect(read('  ', 'text')).toEqual({ ok: true, empty: true });
    expect(readCell(null, 'text', 'x')).toEqual({ ok: true, empty: true });
  });
});

describe('cellPreview', () => {
  it('shows dates as dates and numbers as Excel does', () => {
    expect(cellPreview({ v: 11060, date: true })).toBe('1930-04-12');
    expect(cellPreview({ v: 4.20106e17, text: '4.20106E+17' })).toBe('4.20106E+17');
    expect(cellPreview({ v: ' 张三 ' })).toBe('张三');
    expect(cellPreview(null)).toBe('');
  });
});
