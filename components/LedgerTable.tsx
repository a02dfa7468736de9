import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LedgerSort } from '../core/ledger/filters';
import type { CadreSummary } from '../messaging/protocol';
import { useT } from './i18n';
import { gridTemplate, LEDGER_COLUMNS, rowWidth, type ColumnId } from './ledger-columns';
import { visibleRange } from './visible-range';

export const LEDGER_ROW_HEIGHT = 44;

export interface LedgerTableProps {
  /** how many rows the list has (all pages, loaded or not) */
  rowCount: number;
  /** the row at an index, or undefined while its page loads */
  rowAt: (index: number) => CadreSummary | undefined;
  columns: readonly ColumnId[];
  /** height of the scrolling area in pixels */
  height: number;
  sort?: LedgerSort;
  /** the person clicked a sortable header; undefined: back to the default order */
  onSort?: (sort: LedgerSort | undefined) => void;
  /** cadres ticked for a bulk action; without it the list has no tick boxes */
  selected?: ReadonlySet<string>;
  onToggle?: (id: string, on: boolean) => void;
  /** the cadre open in the editor */
  openId?: string;
  /** full ID numbers the person chose to see, by cadre id */
  revealed: Readonly<Record<string, string>>;
  onOpen: (id: string) => void;
  /** asks for the full ID number of a cadre (shown once `revealed` has it) */
  onReveal: (id: string) => void;
  onHide: (id: string) => void;
  /** the rows [start, end) in view changed: their pages are needed */
  onRangeChange?: (start: number, end: number) => void;
  /** the day, to mark overdue follow-ups */
  today?: string;
  overscan?: number;
}

/**
 * The ledger list: one fixed-height row per cadre, only the rows in view rendered, so 20,000
 * cadres scroll smoothly. Columns are the person's choice, sortable headers sort, ID numbers stay
 * masked unless asked for. Rows whose page has not arrived yet show as loading.
 */
export function LedgerTable(props: LedgerTableProps) {
  const { rowCount, rowAt, columns, height, selected, onRangeChange, overscan = 6 } = props;
  const t = useT();
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange(rowCount, scrollTop, height, LEDGER_ROW_HEIGHT, overscan);
  useEffect(() => onRangeChange?.(start, end), [start, end, onRangeChange]);

  const template = gridTemplate(columns, !!selected);
  const width = `max(100%, ${rowWidth(columns, !!selected)}px)`;
  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const c = rowAt(i);
    rows.push(
      <div key={c?.id ?? `loading-${i}`} class="virtual-row" role="listitem" style={{ top: `${i * LEDGER_ROW_HEIGHT}px`, height: `${LEDGER_ROW_HEIGHT}px` }}>
        {c ? (
          <LedgerRow cadre={c} {...props} template={template} />
        ) : (
          <div class="cadre-row is-loading" data-testid="cadre-row-loading" style={{ gridTemplateColumns: template }}>
            <span class="muted">{t('loading')}</span>
          </div>
        )}
      </div>,
    );
  }
  return (
    <div class="cadre-list">
      <HeaderRow {...props} template={template} width={width} />
      <div
        class="virtual-list"
        data-testid="ledger-list"
        role="list"
        aria-label={t('ledger_list')}
        style={{ height: `${height}px`, width }}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
      >
        <div class="virtual-spacer" style={{ height: `${rowCount * LEDGER_ROW_HEIGHT}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}

function HeaderRow({ columns, sort, onSort, selected, template, width }: LedgerTableProps & { template: string; width: string }) {
  const t = useT();
  return (
    <div class="cadre-list-head" role="row" style={{ gridTemplateColumns: template, width }}>
      {selected && <span class="col-select" />}
      {columns.map((id) => {
        const spec = LEDGER_COLUMNS[id];
        const sortBy = spec.sortBy;
        const current = sortBy && sort?.key === sortBy ? sort.dir : undefined;
        const ariaSort = current === 'asc' ? 'ascending' : current === 'desc' ? 'descending' : undefined;
        if (!sortBy || !onSort)
          return (
            <span key={id} class={`col-${id}`} role="columnheader">
              {t(spec.labelKey)}
            </span>
          );
        // ascending, descending, then back to the default order
        const next = current === undefined ? { key: sortBy, dir: 'asc' as const } : current === 'asc' ? { key: sortBy, dir: 'desc' as const } : undefined;
        return (
          <span key={id} class={`col-${id}`} role="columnheader" aria-sort={ariaSort}>
            <button type="button" class="sort-button" data-testid={`sort-${id}`} data-sort={current ?? 'none'} onClick={() => onSort(next)}>
              {t(spec.labelKey)}
              <span class="sort-mark" aria-hidden="true">
                {current === 'asc' ? '▲' : current === 'desc' ? '▼' : '⇅'}
              </span>
            </button>
          </span>
        );
      })}
    </div>
  );
}

function LedgerRow({ cadre: c, columns, selected, onToggle, openId, revealed, onOpen, onReveal, onHide, today, template }: LedgerTableProps & { cadre: CadreSummary; template: string }) {
  const t = useT();
  const fullId = revealed[c.id];
  const cell = (id: ColumnId): ComponentChildren => {
    switch (id) {
      case 'name':
        return (
          <button type="button" class="cadre-row-open" onClick={() => onOpen(c.id)} title={t('open_cadre')}>
            {c.name}
            {!c.alive && <span class="tag tag-muted">{t('deceased')}</span>}
            {c.milestoneAge !== undefined && <span class="tag tag-milestone">{t('milestone_tag', String(c.milestoneAge))}</span>}
          </button>
        );
      case 'age':
        return c.age ?? '';
      case 'idNumber':
        return (
          <>
            <span class={fullId ? 'id-full' : 'id-masked'} data-testid="cadre-id">
              {fullId ?? c.idMasked ?? ''}
            </span>
            {c.idMasked &&
              (fullId ? (
                <button type="button" class="link-button" data-testid="hide-id" onClick={() => onHide(c.id)}>
                  {t('hide_id')}
                </button>
              ) : (
                <button type="button" class="link-button" data-testid="reveal-id" onClick={() => onReveal(c.id)}>
                  {t('reveal_id')}
                </button>
              ))}
          </>
        );
      case 'difficulty':
        return c.hasDifficulty ? <span class="tag tag-warn">{t('difficulty_yes')}</span> : '';
      case 'tags':
        return (c.tags ?? []).join('、');
      case 'followUp':
        return c.nextFollowUp ? <span class={today && c.nextFollowUp < today ? 'is-overdue' : ''}>{c.nextFollowUp}</span> : '';
      default:
        return c[id] ?? '';
    }
  };
  const classes = ['cadre-row', c.id === openId && 'is-selected', selected?.has(c.id) && 'is-ticked'].filter(Boolean).join(' ');
  return (
    <div class={classes} data-testid="cadre-row" data-cadre-id={c.id} style={{ gridTemplateColumns: template }}>
      {selected && (
        <span class="col-select">
          <input
            type="checkbox"
            data-testid="select-cadre"
            aria-label={t('select_cadre', c.name)}
            checked={selected.has(c.id)}
            onChange={(e) => onToggle?.(c.id, (e.currentTarget as HTMLInputElement).checked)}
          />
        </span>
      )}
      {columns.map((id) => (
        <span key={id} class={`col-${id}`} title={typeof c[id as keyof CadreSummary] === 'string' ? String(c[id as keyof CadreSummary]) : undefined}>
          {cell(id)}
        </span>
      ))}
    </div>
  );
}
