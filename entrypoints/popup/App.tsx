import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CadreResultList } from '../../components/CadreResultList';
import { FrameStatusPanel, type FrameStatusState } from '../../components/FrameStatusPanel';
import { useT } from '../../components/i18n';
import { SearchBox } from '../../components/SearchBox';
import { request, RequestError } from '../../messaging/client';
import type { CadreSummary } from '../../messaging/protocol';
import { targetTabId } from './target-tab';

const RESULT_LIMIT = 20;

interface SearchState {
  query: string;
  items: CadreSummary[];
  total: number;
  loading: boolean;
  errorKey?: string;
}

/** The popup: find a cadre quickly, and see whether CareFill runs on the current page. */
export function App() {
  const t = useT();
  const [search, setSearch] = useState<SearchState>({ query: '', items: [], total: 0, loading: false });
  const [selectedId, setSelectedId] = useState<string>();
  const [frames, setFrames] = useState<FrameStatusState>({ kind: 'loading' });
  // Answers can arrive out of order; only the latest query's answer counts.
  const searchSeq = useRef(0);

  const onSearch = useCallback(async (query: string) => {
    const seq = ++searchSeq.current;
    if (query === '') {
      setSearch({ query, items: [], total: 0, loading: false });
      return;
    }
    setSearch((s) => ({ ...s, query, loading: true, errorKey: undefined }));
    try {
      const res = await request('cadre.search', { query, limit: RESULT_LIMIT });
      if (seq === searchSeq.current) setSearch({ query, items: res.items, total: res.total, loading: false });
    } catch (e) {
      if (seq === searchSeq.current)
        setSearch({ query, items: [], total: 0, loading: false, errorKey: e instanceof RequestError ? e.response.key : 'err_request_failed' });
    }
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        const tabId = await targetTabId();
        if (tabId === undefined) return setFrames({ kind: 'unavailable', reasonKey: 'status_no_tab' });
        const res = await request('tab.frames', { tabId });
        setFrames({ kind: 'ready', frames: res.frames });
      } catch {
        setFrames({ kind: 'unavailable', reasonKey: 'status_unavailable' });
      }
    })();
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <span class="brand-mark" aria-hidden="true" />
        <h1>{t('extName')}</h1>
      </header>
      <SearchBox
        testId="cadre-search"
        label={t('search_label')}
        placeholder={t('search_placeholder')}
        onSearch={(q) => void onSearch(q)}
        autoFocus
      />
      <CadreResultList
        query={search.query}
        items={search.items}
        total={search.total}
        loading={search.loading}
        error={search.errorKey && t(search.errorKey)}
        selectedId={selectedId}
        onPick={setSelectedId}
      />
      <FrameStatusPanel state={frames} />
      <footer class="popup-footer">
        <button type="button" class="link-button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('open_options')}
        </button>
      </footer>
    </main>
  );
}
