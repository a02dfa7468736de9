import { useEffect, useState } from 'preact/hooks';
import type { BudgetEntry } from '../../core/model/settings';
import { useT } from '../i18n';

export type BudgetStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; messageKey: string };

export interface BudgetEditorProps {
  budgets: readonly BudgetEntry[];
  status: BudgetStatus;
  defaultYear: number;
  onSave: (budgets: BudgetEntry[]) => void;
}

interface Draft {
  item: string;
  year: string;
  amount: string;
}

const toDraft = (b: BudgetEntry): Draft => ({ item: b.item, year: String(b.year), amount: String(b.amount) });

/** Draft rows that read as budgets; null when one does not. */
function parseDrafts(drafts: readonly Draft[]): BudgetEntry[] | null {
  const out: BudgetEntry[] = [];
  for (const d of drafts) {
    const year = Number(d.year);
    const amount = Number(d.amount);
    if (d.item.trim() === '' || !Number.isInteger(year) || !/^\d+(\.\d{1,2})?$/.test(d.amount.trim()) || !Number.isFinite(amount)) return null;
    out.push({ item: d.item.trim(), year, amount });
  }
  return out;
}

/** 年度预算 per 预算科目: rows of item, year and amount, saved together. */
export function BudgetEditor({ budgets, status, defaultYear, onSave }: BudgetEditorProps) {
  const t = useT();
  const [drafts, setDrafts] = useState<Draft[]>(() => budgets.map(toDraft));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDrafts(budgets.map(toDraft)), [budgets]);
  const edit = (i: number, patch: Partial<Draft>) => setDrafts(drafts.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  return (
    <div class="budget-editor" data-testid="budget-editor">
      <table class="data-table">
        <thead>
          <tr>
            <th>{t('budget_item')}</th>
            <th>{t('budget_year')}</th>
            <th>{t('budget_amount')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {drafts.map((d, i) => (
            <tr key={i} data-testid="budget-row">
              <td>
                <input type="text" maxLength={60} data-testid="budget-item" value={d.item} onInput={(e) => edit(i, { item: e.currentTarget.value })} />
              </td>
              <td>
                <input type="number" min={2000} max={2100} data-testid="budget-year" value={d.year} onInput={(e) => edit(i, { year: e.currentTarget.value })} />
              </td>
              <td>
                <input type="text" inputMode="decimal" data-testid="budget-amount" value={d.amount} onInput={(e) => edit(i, { amount: e.currentTarget.value })} />
              </td>
              <td>
                <button type="button" class="secondary" data-testid="budget-remove" onClick={() => setDrafts(drafts.filter((_d, k) => k !== i))}>
                  {t('budget_remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="secondary" data-testid="budget-add" onClick={() => setDrafts([...drafts, { item: '离退休干部经费', year: String(defaultYear), amount: '' }])}>
          {t('budget_add')}
        </button>
        <button
          type="button"
          data-testid="budget-save"
          disabled={status.kind === 'saving'}
          onClick={() => {
            const parsed = parseDrafts(drafts);
            setInvalid(parsed === null);
            if (parsed) onSave(parsed);
          }}
        >
          {t('budget_save')}
        </button>
        <span class="save-status" data-testid="budget-status" data-state={invalid ? 'invalid' : status.kind} role="status">
          {invalid && t('budget_invalid')}
          {!invalid && status.kind === 'saved' && t('budget_saved')}
          {!invalid && status.kind === 'failed' && t(status.messageKey)}
        </span>
      </div>
    </div>
  );
}
