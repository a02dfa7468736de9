import type { IsoDate } from '../model/validators/dates';
import { fullYearsOn } from './dates';
import { HistoryRow, type CadreHistory, type HistoryTable } from './history';
import type { CadreRef, TodayCadre } from './types';

/** True when the cadre had died by `date`: a recorded death on or before it, or no date but not alive. */
export function deceasedBy(c: Pick<TodayCadre, 'alive' | 'deathDate'>, date: IsoDate): boolean {
  return c.deathDate !== undefined ? c.deathDate <= date : c.alive === false;
}

/**
 * A cadre as a page shows it on a list: no ID number, a few fields, the age on `today`. Every
 * ref has the same fields in the same order (absent ones undefined).
 */
export function cadreRef(c: TodayCadre, today: IsoDate): CadreRef {
  return {
    cadreId: c.id,
    name: c.name,
    category: c.category,
    rank: c.rank,
    unit: c.originalUnit,
    age: c.birthDate === undefined ? undefined : fullYearsOn(c.birthDate, today),
    phone: c.phones?.[0],
  };
}

/**
 * The cadre being looked at in the one pass, with its history row. One object, moved from cadre
 * to cadre: the pass allocates nothing per cadre but list items.
 */
export class Subject {
  c!: TodayCadre;
  readonly h: CadreHistory;
  private readonly row: HistoryRow;

  constructor(
    readonly today: IsoDate,
    table: HistoryTable,
  ) {
    this.row = new HistoryRow(table);
    this.h = this.row;
  }

  /** Moves on to the cadre at `index` of the ledger the history table was built over. */
  reset(c: TodayCadre, index: number): this {
    this.c = c;
    this.row.index = index;
    return this;
  }
}
