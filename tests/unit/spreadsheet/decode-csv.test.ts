import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvSheet, decodeText, parseCsv } from '../../../core/spreadsheet';

const TEXT = '姓名,身份证号码,原工作单位\n张三丰,42010619300412017X,"省直机关某厅,二处"\n';

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(withBom).text).toBe(TEXT);
  });

  it('falls back to GBK when the bytes are not UTF-8 (a CSV saved by Chinese Excel)', () => {
    const gbk = new Uint8Array(iconv.encode(TEXT, 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeText(gbk)).toEqual({ text: TEXT, encoding: 'gbk' });
  });

  it('follows a UTF-16 byte-order mark', () => {
    expect(decodeText(new Uint8Array(iconv.encode(TEXT, 'utf-16le', { addBOM: true })))).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, separators and line breaks inside quotes, CRLF', () => {
    expect(parseCsv('a,"b,c","d ""e""",\r\n"多\n行",x\r\n')).toEqual([
      ['a', 'b,c', 'd "e"', ''],
      ['多\n行', 'x'],
    ]);
  });

  it('detects tab and semicolon separators and keeps digits as text', () => {
    expect(parseCsv('姓名\t身份证号码\n张三\t000123\n')).toEqual([['姓名', '身份证号码'], ['张三', '000123']]);
    expect(parseCsv('a;b\n1;2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('makes a sheet of text cells, empty fields empty', () => {
    expect(csvSheet('a,,b').rows).toEqual([[{ v: 'a' }, null, { v: 'b' }]]);
  });
});
