import { textCell, type Sheet } from './types';

/**
 * CSV as Excel writes it (RFC 4180): quoted fields may hold the separator, quotes doubled and
 * line breaks; lines end in CRLF or LF. The separator is the first of comma, tab and semicolon
 * found outside quotes in the first line. Every value stays text: an ID number must not become a
 * number on the way.
 */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const sep = detectSeparator(s);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function detectSeparator(s: string): string {
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === '\t' || ch === ';')) return ch;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
  }
  return ',';
}

/** A CSV file as a sheet of text cells. */
export function csvSheet(text: string, name = 'CSV'): Sheet {
  return { name, rows: parseCsv(text).map((r) => r.map((v) => (v === '' ? null : textCell(v)))) };
}
