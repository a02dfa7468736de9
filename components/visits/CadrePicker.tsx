import { useRef, useState } from 'preact/hooks';
import type { CadreSummary } from '../../messaging/protocol';
import { CadreResultList } from '../CadreResultList';
import { useT } from '../i18n';
import { SearchBox } from '../SearchBox';

export interface CadreSearchResult {
  items: CadreSummary[];
  total: number;
}

export interface CadrePickerProps {
  /** prefixes the `data-testid`s: `${testId}-search`, `${testId}-selected` */
  testId: string;
  /** searches the ledger (the view sends `cadre.search`) */
  search: (query: string) => Promise<CadreSearchResult>;
  selected?: CadreSummary;
  onPick: (cadre: CadreSummary) => void;
  onClear: () => void;
}

/** Choosing a cadre of the ledger by name, pinyin, initials or ID digits; then the choice, changeable. */
export function CadrePicker({ testId, search, selected, onPick, onClear }: CadrePickerProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<CadreSearchResult & { loading: boolean; error?: string }>({ items: [], total: 0, loading: false });
  const seq = useRef(0);

  const onSearch = async (q: string) => {
    setQuery(q);
    if (!q) return setResult({ items: [], total: 0, loading: false });
    const mine = ++seq.current;
    setResult((r) => ({ ...r, loading: true }));
    try {
      const res = await search(q);
      if (mine === seq.current) setResult({ ...res, loading: false });
    } catch {
      if (mine === seq.current) setResult({ items: [], total: 0, loading: false, error: t('err_request_failed') });
    }
  };

  if (selected)
    return (
      <div class="cadre-picked" data-testid={`${testId}-selected`} data-cadre-id={selected.id}>
        <span class="cadre-name">{selected.name}</span>
        {!selected.alive && <span class="tag tag-muted">{t('deceased')}</span>}
        <span class="tag">{selected.category}</span>
        {selected.rank && <span class="tag tag-plain">{selected.rank}</span>}
        <span class="muted">{selected.originalUnit}</span>
        <button type="button" class="link-button" data-testid={`${testId}-change`} onClick={onClear}>
          {t('cadre_change')}
        </button>
      </div>
    );

  return (
    <div class="cadre-picker">
      <SearchBox testId={`${testId}-search`} label={t('search_label')} placeholder={t('search_placeholder')} onSearch={(q) => void onSearch(q)} />
      <CadreResultList
        query={query}
        items={result.items}
        total={result.total}
        loading={result.loading}
        error={result.error}
        onPick={(id) => {
          const c = result.items.find((i) => i.id === id);
          if (c) onPick(c);
        }}
      />
    </div>
  );
}
