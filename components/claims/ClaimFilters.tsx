import type { VisitFilter } from '../../core/expense/select';
import { FESTIVALS, VISIT_TYPES, type Festival, type VisitType } from '../../core/model/vocab';
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
      <label>
        {t('claim_filter_type')}
        <select data-testid="claim-filter-type" value={filter.visitType ?? ''} onChange={(e) => set('visitType', e.currentTarget.value as VisitType | '')}>
          <option value="">{t('claim_filter_any')}</option>
          {VISIT_TYPES.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('claim_filter_festival')}
        <select data-testid="claim-filter-festival" value={filter.festival ?? ''} onChange={(e) => set('festival', e.currentTarget.value as Festival | '')}>
          <option value="">{t('claim_filter_any')}</option>
          {FESTIVALS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
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
