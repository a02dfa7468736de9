import type { CadreSummary } from '../messaging/protocol';
import { DEFAULT_COLUMNS } from './ledger-columns';
import { LEDGER_ROW_HEIGHT, LedgerTable } from './LedgerTable';

export const CADRE_ROW_HEIGHT = LEDGER_ROW_HEIGHT;

export interface CadreListProps {
  items: readonly CadreSummary[];
  /** height of the scrolling area in pixels */
  height: number;
  selectedId?: string;
  /** full ID numbers the person chose to see, by cadre id */
  revealed: Readonly<Record<string, string>>;
  onSelect: (id: string) => void;
  /** asks for the full ID number of a cadre (shown once `revealed` has it) */
  onReveal: (id: string) => void;
  onHide: (id: string) => void;
}

/**
 * A loaded list of cadres in the ledger's default columns (the ledger view itself pages through
 * `LedgerTable`). Only the rows in view are rendered; ID numbers stay masked unless asked for.
 */
export function CadreList({ items, height, selectedId, revealed, onSelect, onReveal, onHide }: CadreListProps) {
  return (
    <LedgerTable
      rowCount={items.length}
      rowAt={(i) => items[i]}
      columns={DEFAULT_COLUMNS}
      height={height}
      openId={selectedId}
      revealed={revealed}
      onOpen={onSelect}
      onReveal={onReveal}
      onHide={onHide}
    />
  );
}
