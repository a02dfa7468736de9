import { CATEGORIES, HEALTH_STATUSES, RANKS } from '../core/model';
import type { LedgerFilters } from '../core/ledger/filters';
import { useT } from './i18n';

/** Age bands offered by the filter (years, both ends inclusive). */
export const AGE_BANDS: readonly { id: string; labelKey: string; min?: number; max?: number }[] = [
  { id: 'under70', labelKey: 'age_band_under70', max: 69 },
  { id: '70s', labelKey: 'age_band_70s', min: 70, max: 79 },
  { id: '80s', labelKey: 'age_band_80s', min: 80, max: 89 },
  { id: '90s', labelKey: 'age_band_90s', min: 90, max: 99 },
  { id: '100plus', labelKey: 'age_band_100plus', min: 100 },
];

export interface LedgerFilterBarProps {
  filters: LedgerFilters;
  /** tags and units in use */
  tags: readonly string[];
  units: readonly string[];
  /** how ages are counted (周岁 or 虚岁), and the milestone ages, as the standard in force says */
  ageMode: string;
  milestones: readonly number[];
  onChange: (filters: LedgerFilters) => void;
}

/** `value` of a select: '' for "all", else the one value chosen. */
const one = (values: readonly string[] | undefined) => values?.[0] ?? '';
const yesNo = (v: boolean | undefined) => (v === undefined ? '' : v ? 'yes' : 'no');
const fromYesNo = (v: string) => (v === '' ? undefined : v === 'yes');

/** Filters of the ledger list that combine: category, rank, unit, health, difficulty, alive, age, milestone, follow-up, tag. */
export function LedgerFilterBar({ filters: f, tags, units, ageMode, milestones, onChange }: LedgerFilterBarProps) {
  const t = useT();
  const set = (patch: Partial<LedgerFilters>) => {
    const next: Record<string, unknown> = { ...f, ...patch };
    for (const [k, v] of Object.entries(next)) if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k];
    onChange(next as LedgerFilters);
  };
  const list = (v: string) => (v ? [v] : undefined);
  const band = AGE_BANDS.find((b) => b.min === f.ageMin && b.max === f.ageMax)?.id ?? '';
  const active = Object.keys(f).length > 0;

  const select = (testId: string, labelKey: string, value: string, options: readonly (readonly [string, string])[], onPick: (v: string) => void) => (
    <label class="filter">
      <span>{t(labelKey)}</span>
      <select data-testid={testId} value={value} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('filter_all')}</option>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
  const same = (values: readonly string[]) => values.map((v) => [v, v] as const);

  return (
    <div class="filter-bar" data-testid="ledger-filters" role="group" aria-label={t('filters_label')}>
      {select('filter-category', 'field_category', one(f.categories), same(CATEGORIES), (v) => set({ categories: list(v) as LedgerFilters['categories'] }))}
      {select('filter-rank', 'field_rank', one(f.ranks), same(RANKS), (v) => set({ ranks: list(v) as LedgerFilters['ranks'] }))}
      <label class="filter filter-unit">
        <span>{t('field_originalUnit')}</span>
        <input
          type="text"
          data-testid="filter-unit"
          list="filter-unit-options"
          value={f.unit ?? ''}
          placeholder={t('filter_unit_placeholder')}
          onInput={(e) => set({ unit: (e.currentTarget as HTMLInputElement).value.trim() || undefined })}
        />
        <datalist id="filter-unit-options">
          {units.slice(0, 200).map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
      </label>
      {select('filter-health', 'field_healthStatus', one(f.healthStatuses), same(HEALTH_STATUSES), (v) =>
        set({ healthStatuses: list(v) as LedgerFilters['healthStatuses'] }),
      )}
      {select('filter-difficulty', 'column_difficulty', yesNo(f.difficulty), [['yes', t('filter_difficulty_yes')], ['no', t('filter_difficulty_no')]], (v) =>
        set({ difficulty: fromYesNo(v) }),
      )}
      {select('filter-alive', 'filter_alive', yesNo(f.alive), [['yes', t('filter_alive_yes')], ['no', t('deceased')]], (v) => set({ alive: fromYesNo(v) }))}
      {select(
        'filter-age',
        'filter_age',
        band,
        AGE_BANDS.map((b) => [b.id, t(b.labelKey)] as const),
        (v) => {
          const b = AGE_BANDS.find((x) => x.id === v);
          set({ ageMin: b?.min, ageMax: b?.max });
        },
      )}
      {tags.length > 0 && select('filter-tag', 'field_tags', one(f.tags), same(tags), (v) => set({ tags: list(v) }))}
      <label class="filter filter-check">
        <input type="checkbox" data-testid="filter-milestone" checked={f.milestone === true} onChange={(e) => set({ milestone: (e.currentTarget as HTMLInputElement).checked || undefined })} />
        <span>{t('filter_milestone', [milestones.join('/'), ageMode])}</span>
      </label>
      <label class="filter filter-check">
        <input type="checkbox" data-testid="filter-followup" checked={f.followUpDue === true} onChange={(e) => set({ followUpDue: (e.currentTarget as HTMLInputElement).checked || undefined })} />
        <span>{t('filter_followup_due')}</span>
      </label>
      {active && (
        <button type="button" class="link-button" data-testid="filter-clear" onClick={() => onChange({})}>
          {t('filter_clear')}
        </button>
      )}
    </div>
  );
}
