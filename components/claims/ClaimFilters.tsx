import type { VisitFilter } from '../../core/expense/select';
import { FESTIVALS, VISIT_TYPES } from '../../core/model/vocab';
import { useT } from '../i18n';

export interface ClaimFiltersProps {
  filter: VisitFilter;
  onChange: (next: VisitFilter) => void;
}

/** Sets or clears one key of the filter ('' clears). */
function withValue<K extends keyof VisitFilter>(f: VisitFilter, key: K, value: VisitFilter[K] | '' | undefined): VisitFilter {
  const next = { ...f };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** A labelled choice of one vocabulary word, or any (''). */
function VocabSelect<V extends string>(props: { label: string; testId: string; any: string; value: V | undefined; options: readonly V[]; onChange: (v: V | '') => void }) {
  return (
    <label>
      {props.label}
      <select data-testid={props.testId} value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value as V | '')}>
        <option value="">{props.any}</option>
        {props.options.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Which visits a claim may take: year, type, festival, date range, funding source, unclaimed only. */
export function ClaimFilters({ filter, onChange }: ClaimFiltersProps) {
  const t = useT();
  const set = <K extends keyof VisitFilter>(key: K, value: VisitFilter[K] | '' | undefined) => onChange(withValue(filter, key, value));
  return (
    <div class="claim-filters form-grid" data-testid="claim-filters">
      <label>
        {t('claim_filter_year')}
        <input
          type="number"
          min={1900}
          max={2200}
          data-testid="claim-filter-year"
          value={filter.year ?? ''}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            set('year', e.currentTarget.value === '' || !Number.isInteger(n) ? undefined : n);
          }}
        />
      </label>
      <VocabSelect label={t('claim_filter_type')} testId="claim-filter-type" any={t('claim_filter_any')} value={filter.visitType} options={VISIT_TYPES} onChange={(v) => set('visitType', v)} />
      <VocabSelect label={t('claim_filter_festival')} testId="claim-filter-festival" any={t('claim_filter_any')} value={filter.festival} options={FESTIVALS} onChange={(v) => set('festival', v)} />
      <label>
        {t('claim_filter_from')}
        <input type="date" data-testid="claim-filter-from" value={filter.from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label>
        {t('claim_filter_to')}
        <input type="date" data-testid="claim-filter-to" value={filter.to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      <label>
        {t('claim_filter_funding')}
        <input type="text" maxLength={60} data-testid="claim-filter-funding" value={filter.fundingSource ?? ''} onChange={(e) => set('fundingSource', e.currentTarget.value.trim())} />
      </label>
      <label class="checkbox-label">
        <input type="checkbox" data-testid="claim-filter-unclaimed" checked={filter.unclaimedOnly !== false} onChange={(e) => onChange({ ...filter, unclaimedOnly: e.currentTarget.checked })} />
        {t('claim_filter_unclaimed')}
      </label>
    </div>
  );
}
