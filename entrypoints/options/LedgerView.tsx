import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { CadreEditor, type SaveStatus } from '../../components/CadreEditor';
import { CadreList } from '../../components/CadreList';
import { emptyForm, formFromCadre, formToInput, type CadreFormValues, type CadreLike } from '../../components/cadre-form';
import { useT } from '../../components/i18n';
import { SearchBox } from '../../components/SearchBox';
import { todayInShanghai, type FieldProblem } from '../../core/model';
import { request } from '../../messaging/client';
import type { CadreSummary } from '../../messaging/protocol';
import { failureKey } from './failure';
import { useListHeight } from './use-list-height';

/** The most rows `cadre.search` returns in one answer. */
const LIST_LIMIT = 200;

interface ListState {
  items: CadreSummary[];
  total: number;
  loading: boolean;
  errorKey?: string;
}

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

/** Wires the ledger view: search, list, reveal an ID number, open, create and save cadres. */
export function LedgerView() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [list, setList] = useState<ListState>({ items: [], total: 0, loading: true });
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [notice, setNotice] = useState<string>();
  const listHeight = useListHeight();
  const searchSeq = useRef(0);
  const editorSeq = useRef(0);

  const loadList = useCallback(async (q: string) => {
    const seq = ++searchSeq.current;
    setList((l) => ({ ...l, loading: true }));
    try {
      const res = await request('cadre.search', { query: q, limit: LIST_LIMIT });
      if (seq === searchSeq.current) setList({ items: res.items, total: res.total, loading: false });
    } catch (e) {
      if (seq === searchSeq.current) setList({ items: [], total: 0, loading: false, errorKey: failureKey(e) });
    }
  }, []);
  useEffect(() => void loadList(query), [query, loadList]);

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

  const reveal = async (id: string) => {
    try {
      const { cadre } = await request('cadre.get', { id });
      if (cadre?.idNumber) setRevealed((r) => ({ ...r, [id]: cadre.idNumber! }));
    } catch (e) {
      setNotice(t(failureKey(e)));
    }
  };

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
        // The revealed ID number may have changed.
        setRevealed((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== res.id)));
        void loadList(query);
      } else {
        setProblems(res.problems);
        setStatus(
          res.conflict
            ? { kind: 'failed', messageKey: 'save_conflict' }
            : { kind: 'failed', messageKey: 'save_invalid', subs: [String(res.problems.length)] },
        );
      }
    } catch (e) {
      setStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  let listBody;
  if (list.errorKey) listBody = <p class="empty-state is-error">{t(list.errorKey)}</p>;
  else if (!list.loading && list.items.length === 0)
    listBody = <p class="empty-state">{query ? t('search_no_results') : t('ledger_empty')}</p>;
  else
    listBody = (
      <CadreList
        items={list.items}
        height={listHeight}
        selectedId={editor?.id}
        revealed={revealed}
        onSelect={(id) => void open(id)}
        onReveal={(id) => void reveal(id)}
        onHide={(id) => setRevealed((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== id)))}
      />
    );

  return (
    <div class="ledger-layout">
      <section class="ledger-side" aria-label={t('nav_ledger')}>
        <div class="ledger-toolbar">
          <SearchBox testId="ledger-search" label={t('search_label')} placeholder={t('search_placeholder')} onSearch={setQuery} />
          <button type="button" class="primary" data-testid="new-cadre" onClick={() => showEditor({ base: {}, initial: emptyForm() })}>
            {t('new_cadre')}
          </button>
        </div>
        <p class="ledger-count" data-testid="ledger-count" data-total={String(list.total)} data-state={list.loading ? 'loading' : 'ready'}>
          {list.loading ? t('loading') : t('ledger_count', String(list.total))}
          {!list.loading && list.total > list.items.length && ` ${t('ledger_truncated', String(list.items.length))}`}
        </p>
        {notice && (
          <p class="notice is-error" role="alert">
            {notice}
          </p>
        )}
        {listBody}
      </section>
      <section class="ledger-editor">
        {editor ? (
          <CadreEditor
            key={editor.key}
            initial={editor.initial}
            isNew={!editor.id}
            problems={problems}
            status={status}
            today={todayInShanghai()}
            onSave={(v) => void save(v)}
            onCancel={() => setEditor(null)}
          />
        ) : (
          <p class="empty-state editor-placeholder">{t('editor_placeholder')}</p>
        )}
      </section>
    </div>
  );
}
