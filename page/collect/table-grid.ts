import { isMarkupHidden, type TextCache } from './dom-text';

/**
 * A table as a grid of slots with rowspan and colspan resolved (the HTML table model), so that
 * "the cell to the left", "the header above" and "the row group" are found by position, as a
 * person reads the table, not by cellIndex.
 */

export interface CellPosition {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

type Cell = HTMLTableCellElement;

const MAX_SPAN = 1000;

/** The table's own rows (not those of nested tables), in thead/tbody/tfoot order as the DOM has them. */
export function ownRows(table: Element): HTMLTableRowElement[] {
  const rows: HTMLTableRowElement[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'tr') rows.push(child as HTMLTableRowElement);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot')
      for (let tr = child.firstElementChild; tr; tr = tr.nextElementSibling) if (tr.localName === 'tr') rows.push(tr as HTMLTableRowElement);
  }
  return rows;
}

/** A row's own cells (some DOMs also list the cells of nested tables in `row.cells`). */
export function ownCells(tr: Element): Cell[] {
  const cells: Cell[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'td' || c.localName === 'th') cells.push(c as Cell);
  return cells;
}

/** The first own row of a table, without listing them all. */
export function firstOwnRow(table: Element): HTMLTableRowElement | undefined {
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'tr') return child as HTMLTableRowElement;
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot')
      for (let tr = child.firstElementChild; tr; tr = tr.nextElementSibling) if (tr.localName === 'tr') return tr as HTMLTableRowElement;
  }
  return undefined;
}

export class TableGrid {
  /** slot → the cell covering it */
  private readonly slots: (Cell | undefined)[][] = [];
  private readonly positions = new Map<Cell, CellPosition>();
  private readonly hiddenRows: boolean[] = [];
  private readonly titleRows: boolean[] = [];
  /** per row, the nearest full-width title row at or above it (-1: none) */
  private titleAbove: number[] | undefined;
  private readonly dataRowsCache = new Map<string, number[]>();
  readonly width: number;

  constructor(
    table: HTMLTableElement,
    private readonly texts: TextCache,
  ) {
    const rows = ownRows(table);
    const count = rows.length;
    for (let r = 0; r < count; r++) this.slots.push([]);
    let width = 0;
    rows.forEach((tr, r) => {
      this.hiddenRows.push(isMarkupHidden(tr));
      let c = 0;
      for (let child = tr.firstElementChild; child; child = child.nextElementSibling) {
        const tag = child.localName;
        if (tag !== 'td' && tag !== 'th') continue;
        const cell = child as Cell;
        const line = this.slots[r]!;
        while (line[c] !== undefined) c++;
        const rowSpan = Math.min(cell.rowSpan === 0 ? count - r : Math.max(1, cell.rowSpan), count - r);
        const colSpan = Math.min(Math.max(1, cell.colSpan), MAX_SPAN);
        for (let dr = 0; dr < rowSpan; dr++) {
          const target = this.slots[r + dr]!;
          for (let dc = 0; dc < colSpan; dc++) target[c + dc] = cell;
        }
        this.positions.set(cell, { row: r, col: c, rowSpan, colSpan });
        c += colSpan;
        width = Math.max(width, c);
      }
    });
    this.width = width;
  }

  get rowCount(): number {
    return this.slots.length;
  }

  position(cell: Cell): CellPosition | undefined {
    return this.positions.get(cell);
  }

  at(row: number, col: number): Cell | undefined {
    return this.slots[row]?.[col];
  }

  /** A row that is one text cell across the whole table: a title such as 报销明细 or 一、基本情况. */
  isTitleRow(row: number): boolean {
    let title = this.titleRows[row];
    if (title === undefined) {
      const first = this.at(row, 0);
      const pos = first ? this.positions.get(first) : undefined;
      title = !!first && !!pos && this.width >= 2 && pos.colSpan >= this.width && !this.texts.hasControl(first) && this.texts.text(first) !== '';
      this.titleRows[row] = title;
    }
    return title;
  }

  /** The nearest title row above `row` (exclusive), or -1. */
  titleRowAbove(row: number): number {
    if (!this.titleAbove) {
      this.titleAbove = [];
      let last = -1;
      for (let r = 0; r < this.rowCount; r++) {
        this.titleAbove.push(last);
        if (this.isTitleRow(r)) last = r;
      }
    }
    return this.titleAbove[row] ?? -1;
  }

  /**
   * The label cell to the left of a cell, scanning past at most one empty cell; null when the
   * neighbour holds a control or only a number (a 序号 column: the row is a data row).
   */
  leftLabel(cell: Cell): { label: Cell | null; serial: boolean } {
    const pos = this.positions.get(cell);
    if (!pos) return { label: null, serial: false };
    let empties = 0;
    for (let c = pos.col - 1; c >= 0; c--) {
      const left = this.at(pos.row, c);
      if (!left || left === cell) continue;
      if (this.texts.hasControl(left)) return { label: null, serial: false };
      const t = this.texts.text(left);
      if (t === '') {
        if (++empties > 1) return { label: null, serial: false };
        continue;
      }
      if (/^[\d\s.、#]+$/.test(t)) return { label: null, serial: true };
      return { label: left, serial: false };
    }
    return { label: null, serial: false };
  }

  /** A rowspan cell further left that groups several rows: 慰问对象信息 over 姓名, 电话 ... */
  rowGroup(cell: Cell, labelCell: Cell | null): Cell | null {
    const pos = this.positions.get(cell);
    if (!pos) return null;
    const start = labelCell ? this.positions.get(labelCell)!.col - 1 : pos.col - 1;
    for (let c = start; c >= 0; c--) {
      const left = this.at(pos.row, c);
      if (!left || left === labelCell) continue;
      const lp = this.positions.get(left)!;
      if (lp.rowSpan > 1 && !this.texts.hasControl(left) && this.texts.text(left) !== '') return left;
    }
    return null;
  }

  /**
   * The header cell above a cell: the nearest text cell in the same column, skipping data rows,
   * stopping at a title row (unless the cell itself spans the table, then the title is its label).
   * A wider header over it (金额 over 小写 / 大写) is returned as `group`.
   */
  headerAbove(cell: Cell): { header: Cell; group: Cell | null } | null {
    const pos = this.positions.get(cell);
    if (!pos) return null;
    for (let r = pos.row - 1; r >= 0; r--) {
      const above = this.at(r, pos.col);
      if (!above || above === cell) continue;
      if (this.isTitleRow(r)) return pos.colSpan >= this.width ? { header: above, group: null } : null;
      if (this.texts.hasControl(above) || this.texts.text(above) === '') continue;
      const hp = this.positions.get(above)!;
      const over = hp.row > 0 ? this.at(hp.row - 1, pos.col) : undefined;
      const op = over ? this.positions.get(over) : undefined;
      const group =
        over && op && op.colSpan > hp.colSpan && !this.isTitleRow(op.row) && !this.texts.hasControl(over) && this.texts.text(over) !== ''
          ? over
          : null;
      return { header: above, group };
    }
    return null;
  }

  /** The visible rows under a header that hold a control in this column: a detail table's data rows. */
  dataRows(header: Cell, col: number): number[] {
    const hp = this.positions.get(header)!;
    const key = `${hp.row}:${col}`;
    let rows = this.dataRowsCache.get(key);
    if (!rows) {
      rows = [];
      for (let r = hp.row + hp.rowSpan; r < this.rowCount; r++) {
        if (this.isTitleRow(r)) break;
        const c = this.at(r, col);
        if (c && !this.hiddenRows[r] && this.texts.hasControl(c) && this.positions.get(c)!.row === r) rows.push(r);
      }
      this.dataRowsCache.set(key, rows);
    }
    return rows;
  }

  /** The cell right of a cell, for a unit written in its own cell (<td><input></td><td>元</td>). */
  rightOf(cell: Cell): Cell | undefined {
    const pos = this.positions.get(cell);
    if (!pos) return undefined;
    const right = this.at(pos.row, pos.col + pos.colSpan);
    return right && right !== cell ? right : undefined;
  }
}
