import type { Sheet, SheetCell } from './types';

/**
 * The sheet with every merged range filled with its top-left value. Ledgers merge cells both in
 * two-row headers (a group title over its columns) and in the data (one 原工作单位 for a run of
 * cadres): after filling, every row reads on its own.
 */
export function fillMerges(sheet: Sheet): Sheet {
  if (!sheet.merges?.length) return sheet;
  const rows = sheet.rows.map((r) => [...r]);
  for (const m of sheet.merges) {
    const value: SheetCell | null | undefined = rows[m.s.r]?.[m.s.c];
    if (!value) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (rows[r] ??= []);
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) row[c] = value;
    }
  }
  return { ...sheet, rows, merges: [] };
}
