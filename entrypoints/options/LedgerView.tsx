import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { CadreEditor, type SaveStatus } from '../../components/CadreEditor';
import { ColumnPicker } from '../../components/ColumnPicker';
import { emptyForm, formFromCadre, formToInput, type CadreFormValues, type CadreLike } from '../../components/cadre-form';
import { useT } from '../../components/i18n';
import { columnsFrom, type ColumnId } from '../../components/ledger-columns';
import { LedgerFilterBar } from '../../components/LedgerFilterBar';
import { LedgerTable } from '../../components/LedgerTable';
import { SearchBox } from '../../components/SearchBox';
import { SelectionBar } from '../../components/SelectionBar';
import type { LedgerFilters, LedgerSort } from '../../core/ledger/filters';
import { todayInShanghai, type FieldProblem } from '../../core/model';
import { request } from '../../messaging/client';
import { CadreFollowUps } from './CadreFollowUps';
import { exportLedger } from './ledger-export';
import { failureKey } from './failure';
import { useLedgerPages } from './use-ledger-pages';
import { useListHeight } from './use-list-height';
import './ledger.css';

interface EditorState {
  /** a new key loads a new form */
  key: number;
  id?: string;
  /** the version the editor loaded, so the background can refuse to overwrite a newer edit */
  updatedAt?: number;
  /** the record as loaded: fields the form does not show are kept from it */
  base: CadreLike;
  initial: CadreFormValues;
}

interface Facets {
  tags: string[];
  units: string[];
  ageMode: string;
  milestones: number[];
}

type ExportState = { kind: 'idle' } | { kind: 'running'; done: number; total: number } | { kind: 'done'; count: number } | { kind: 'failed'; messageKey: string };

const COLUMNS_KEY = 'carefill.ledger.columns';
/** The save status of an edit refused because the record changed elsewhere. */
const CONFLICT_KEY = 'save_conflict';
const ABOVE_LIST_EXTRA = 110;
const MIN_LIST_HEIGHT = 240;

function savedColumns(): ColumnId[] {
  try {
    return columnsFrom(JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null'));
  } catch {
    return columnsFrom(null);
  }
}

/**
 * The ledger view: search, filters, sortable columns of the person's choice over the whole ledger
 * (paged from the background), ID numbers on demand, selection with bulk delete, export to
 * Excel; and the editor with the cadre's follow-up log.
 */
export function LedgerView() {
  const t = useT();
  const today = todayInShanghai();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [sort, setSort] = useState<LedgerSort>();
  const [columns, setColumns] = useState<ColumnId[]>(savedColumns);
  const [facets, setFacets] = useState<Facets>({ tags: [], units: [], ageMode: '周岁', milestones: [80, 90, 100] });
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [notice, setNotice] = useState<string>();
  const [exporting, setExporting] = useState<ExportState>({ kind: 'idle' });
  // the filter bar and the status line sit above the list too
  const listHeight = Math.max(MIN_LIST_HEIGHT, useListHeight() - ABOVE_LIST_EXTRA);
  const editorSeq = useRef(0);
  const pages = useLedgerPages({ query, filters, sort });

  const loadFacets = useCallback(() => void request('ledger.facets', {}).then(setFacets, () => undefined), []);
  // after the first page: the facets need the whole ledger loaded, the first page does not
  const firstPageShown = !pages.loading;
  useEffect(() => {
    if (firstPageShown) loadFacets();
  }, [firstPageShown, loadFacets]);
  useEffect(() => localStorage.setItem(COLUMNS_KEY, JSON.stringify(columns)), [columns]);

  const showEditor = (next: Omit<EditorState, 'key'>) => {
    setEditor({ ...next, key: ++editorSeq.current });
    setProblems([]);
    setStatus({ kind: 'idle' });
    setNotice(undefined);
  };

  const open = async (id: string) => {
    try {
      const { cadre } = await request('cadre.get', { id });
      if (!cadre) return setNotice(t('cadre_not_found'));
      showEditor({ id, updatedAt: cadre.updatedAt, base: cadre, initial: formFromCadre(cadre) });
    } catch (e) {
      setNotice(t(failureKey(e)));
    }
  };
  // `#ledger/<cadre id>` opens that cadre (links from the home screen and the follow-up list)
  useEffect(() => {
    const openFromHash = () => {
      const id = /^#ledger\/(.+)$/.exec(location.hash)?.[1];
      if (id) void open(decodeURIComponent(id));
    };
    openFromHash();
    addEventListener('hashchange', openFromHash);
    return () => removeEventListener('hashchange', openFromHash);
  }, []);

  const reveal = async (id: string) => {
    try {
      const { idNumber } = await request('cadre.revealId', { id });
      if (idNumber) setRevealed((r) => ({ ...r, [id]: idNumber }));
    } catch (e) {
      setNotice(t(failureKey(e)));
    }
  };
  const hide = (id: string) => setRevealed((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== id)));

  const save = async (values: CadreFormValues) => {
    if (!editor) return;
    const input = formToInput(values, editor.base);
    setStatus({ kind: 'saving' });
    try {
      const res = await request('cadre.save', {
        ...(editor.id ? { id: editor.id } : {}),
        ...(editor.updatedAt !== undefined ? { expectedUpdatedAt: editor.updatedAt } : {}),
        input,
      });
      if (res.ok) {
        setEditor((e) => e && { ...e, id: res.id, updatedAt: res.updatedAt, base: input });
        setProblems([]);
        setStatus({ kind: 'saved' });
        // the revealed ID number may have changed
        hide(res.id);
        pages.reload();
        loadFacets();
      } else {
        setProblems(res.problems);
        setStatus(
          res.conflict
            ? { kind: 'failed', messageKey: CONFLICT_KEY }
            : { kind: 'failed', messageKey: 'save_invalid', subs: [String(res.problems.length)] },
        );
      }
    } catch (e) {
      setStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const remove = async (ids: string[]) => {
    try {
      const { deleted } = await request('cadre.delete', { ids });
      setNotice(t('deleted_count', String(deleted)));
      setSelected(new Set());
      if (editor?.id && ids.includes(editor.id)) setEditor(null);
      pages.reload();
      loadFacets();
    } catch (e) {
      setNotice(t(failureKey(e)));
    }
  };

  const selectAll = async () => {
    try {
      const { ids } = await request('cadre.ids', { query, filters, sort });
      setSelected(new Set(ids));
    } catch (e) {
      setNotice(t(failureKey(e)));
    }
  };

  const runExport = async () => {
    setExporting({ kind: 'running', done: 0, total: pages.total });
    try {
      const count = await exportLedger({ query, filters, sort }, today, (done, total) => setExporting({ kind: 'running', done, total }));
      setExporting({ kind: 'done', count });
    } catch (e) {
      setExporting({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  // the record changed elsewhere since it was loaded: offer to load it as stored
  const conflicted = status.kind === 'failed' && status.messageKey === CONFLICT_KEY;

  let listBody;
  if (pages.errorKey) listBody = <p class="empty-state is-error">{t(pages.errorKey)}</p>;
  else if (!pages.loading && pages.total === 0)
    listBody = <p class="empty-state">{query || Object.keys(filters).length ? t('search_no_results') : t('ledger_empty')}</p>;
  else
    listBody = (
      <LedgerTable
        rowCount={pages.total}
        rowAt={pages.rowAt}
        columns={columns}
        height={listHeight}
        sort={sort}
        onSort={setSort}
        selected={selected}
        onToggle={(id, on) =>
          setSelected((s) => {
            const next = new Set(s);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
        openId={editor?.id}
        revealed={revealed}
        onOpen={(id) => void open(id)}
        onReveal={(id) => void reveal(id)}
        onHide={hide}
        onRangeChange={pages.show}
        today={today}
      />
    );

  return (
    <div class="ledger-layout">
      <section class="ledger-side" aria-label={t('nav_ledger')}>
        <div class="ledger-toolbar">
          <SearchBox testId="ledger-search" label={t('search_label')} placeholder={t('search_placeholder')} onSearch={setQuery} />
          <ColumnPicker columns={columns} onChange={setColumns} />
          <button type="button" class="secondary" data-testid="export-ledger" disabled={exporting.kind === 'running' || pages.total === 0} onClick={() => void runExport()}>
            {t('export_button')}
          </button>
          <button type="button" class="primary" data-testid="new-cadre" onClick={() => showEditor({ base: {}, initial: emptyForm() })}>
            {t('new_cadre')}
          </button>
        </div>
        <LedgerFilterBar filters={filters} tags={facets.tags} units={facets.units} ageMode={facets.ageMode} milestones={facets.milestones} onChange={setFilters} />
        <div class="ledger-status">
          <p class="ledger-count" data-testid="ledger-count" data-total={String(pages.total)} data-state={pages.loading ? 'loading' : 'ready'}>
            {pages.loading ? t('loading') : t('ledger_count', String(pages.total))}
          </p>
          <SelectionBar
            count={selected.size}
            total={pages.total}
            onSelectAll={() => void selectAll()}
            onClear={() => setSelected(new Set())}
            onDelete={() => void remove([...selected])}
          />
          <p class="export-status" data-testid="export-status" data-state={exporting.kind} role="status">
            {exporting.kind === 'running' && t('export_running', [String(exporting.done), String(exporting.total)])}
            {exporting.kind === 'done' && t('export_done', String(exporting.count))}
            {exporting.kind === 'failed' && t(exporting.messageKey)}
          </p>
        </div>
        {notice && (
          <p class="notice" role="status" data-testid="ledger-notice">
            {notice}
          </p>
        )}
        {listBody}
      </section>
      <section class="ledger-editor">
        {editor ? (
          <>
            <CadreEditor
              key={editor.key}
              initial={editor.initial}
              isNew={!editor.id}
              problems={problems}
              status={status}
              today={today}
              onSave={(v) => void save(v)}
              onCancel={() => setEditor(null)}
              onDelete={editor.id ? () => void remove([editor.id!]) : undefined}
              onReload={conflicted && editor.id ? () => void open(editor.id!) : undefined}
            />
            {editor.id && <CadreFollowUps key={editor.id} cadreId={editor.id} today={today} onChanged={pages.reload} />}
          </>
        ) : (
          <p class="empty-state editor-placeholder">{t('editor_placeholder')}</p>
        )}
      </section>
    </div>
  );
}
