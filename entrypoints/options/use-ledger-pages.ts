import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LedgerFilters, LedgerSort } from '../../core/ledger/filters';
import { request } from '../../messaging/client';
import type { CadreSummary } from '../../messaging/protocol';
import { failureKey } from './failure';

/** What the ledger list shows: a search, filters, a sort. */
export interface LedgerQuery {
  query: string;
  filters: LedgerFilters;
  sort?: LedgerSort;
}

export const PAGE_SIZE = 100;

export interface LedgerPages {
  total: number;
  /** the first page, or the total, is on its way */
  loading: boolean;
  errorKey?: string;
  rowAt: (index: number) => CadreSummary | undefined;
  /** the rows [start, end) are in view: load their pages */
  show: (start: number, end: number) => void;
  /** forget every page and load again (after an edit, a delete, an import) */
  reload: () => void;
}

/**
 * The ledger list a page at a time (`cadre.list`): the first page as soon as the query changes,
 * the others as they scroll into view. Answers to an older query or an older reload are dropped.
 */
export function useLedgerPages(q: LedgerQuery): LedgerPages {
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [errorKey, setErrorKey] = useState<string>();
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, CadreSummary[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const range = useRef({ start: 0, end: PAGE_SIZE });
  const query = useRef(q);
  query.current = q;

  const load = useCallback((page: number) => {
    if (pages.current.has(page) || pending.current.has(page)) return;
    pending.current.add(page);
    const gen = generation.current;
    const { query: text, filters, sort } = query.current;
    request('cadre.list', { query: text, filters, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (res) => {
        if (gen !== generation.current) return;
        pending.current.delete(page);
        pages.current.set(page, res.items);
        setTotal(res.total);
        setErrorKey(undefined);
        setVersion((v) => v + 1);
        setLoading(false);
      },
      (e: unknown) => {
        if (gen !== generation.current) return;
        pending.current.delete(page);
        setErrorKey(failureKey(e));
        setLoading(false);
      },
    );
  }, []);

  const show = useCallback(
    (start: number, end: number) => {
      range.current = { start, end };
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(Math.max(start, end - 1) / PAGE_SIZE); p++) load(p);
    },
    [load],
  );

  const reload = useCallback(() => {
    generation.current++;
    pages.current = new Map();
    pending.current = new Set();
    setLoading(true);
    load(0);
    show(range.current.start, range.current.end);
  }, [load, show]);

  const key = JSON.stringify(q);
  useEffect(() => {
    range.current = { start: 0, end: PAGE_SIZE };
    reload();
  }, [key, reload]);

  const rowAt = useCallback((i: number) => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE], []);
  return { total, loading, errorKey, rowAt, show, reload };
}
