import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, parseLedgerFile } from '../../../components/ledger-file';

describe('parseLedgerFile', () => {
  it('accepts an array of cadres or an object with a cadres array', () => {
    const rows = [{ name: '周七', category: '退休' }];
    expect(parseLedgerFile(JSON.stringify(rows))).toEqual({ ok: true, rows });
    expect(parseLedgerFile(JSON.stringify({ cadres: rows, followUps: [] }))).toEqual({ ok: true, rows });
    expect(parseLedgerFile(`\uFEFF${JSON.stringify(rows)}`)).toEqual({ ok: true, rows });
  });

  it('names what is wrong with an unusable file', () => {
    expect(parseLedgerFile('{ name: 1 ')).toEqual({ ok: false, key: 'err_import_not_json' });
    expect(parseLedgerFile('{"people": []}')).toEqual({ ok: false, key: 'err_import_shape' });
    expect(parseLedgerFile('"text"')).toEqual({ ok: false, key: 'err_import_shape' });
    expect(parseLedgerFile('null')).toEqual({ ok: false, key: 'err_import_shape' });
    expect(parseLedgerFile('[]')).toEqual({ ok: false, key: 'err_import_empty' });
    expect(parseLedgerFile(JSON.stringify(new Array(MAX_IMPORT_ROWS + 1).fill({})))).toEqual({ ok: false, key: 'err_import_too_many' });
  });
});
