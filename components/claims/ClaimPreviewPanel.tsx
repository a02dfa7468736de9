import { formatYuan } from '../../core/rules/money';
import type { ClaimHeaderInput, ClaimPreview } from '../../messaging/requests/expense';
import { useT } from '../i18n';
import { ClaimFindings } from './ClaimFindings';

export interface ClaimPreviewPanelProps {
  preview: ClaimPreview;
  header: ClaimHeaderInput;
  onHeader: (next: ClaimHeaderInput) => void;
}

/** The claim as it will be filled: header fields to adjust, rows, total and 大写, its checks. */
export function ClaimPreviewPanel({ preview, header, onHeader }: ClaimPreviewPanelProps) {
  const t = useT();
  const { claim, findings } = preview;
  const text = (key: 'budgetItem' | 'approvalNumber' | 'reason', value: string) => onHeader({ ...header, [key]: value.trim() === '' ? undefined : value });
  return (
    <div class="claim-preview" data-testid="claim-preview" data-blocked={String(preview.blocked)}>
      <div class="form-grid">
        <label>
          {t('claim_budget_item')}
          <input type="text" maxLength={60} data-testid="claim-budget-item" value={header.budgetItem ?? claim.budgetItem} onChange={(e) => text('budgetItem', e.currentTarget.value)} />
        </label>
        <label>
          {t('claim_approval_number')}
          <input type="text" maxLength={60} data-testid="claim-approval-number" value={header.approvalNumber ?? claim.approvalNumber} onChange={(e) => text('approvalNumber', e.currentTarget.value)} />
        </label>
        <label>
          {t('claim_invoice_count')}
          <input
            type="number"
            min={0}
            max={9999}
            data-testid="claim-invoice-count"
            value={header.invoiceCount ?? claim.invoiceCount}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              onHeader({ ...header, invoiceCount: e.currentTarget.value === '' || !Number.isInteger(n) ? undefined : n });
            }}
          />
        </label>
        <label class="span-all">
          {t('claim_reason')}
          <input type="text" maxLength={500} data-testid="claim-reason" value={header.reason ?? claim.reason} onChange={(e) => text('reason', e.currentTarget.value)} />
        </label>
      </div>
      <p class="claim-totals">
        {t('claim_total')} <strong data-testid="claim-total">{formatYuan(claim.totalFen)}</strong> {t('claim_yuan')} · {t('claim_total_upper')}{' '}
        <strong data-testid="claim-total-upper">{claim.totalUpper}</strong> · {t('claim_rows', String(claim.rows.length))}
      </p>
      <ClaimFindings findings={findings} testId="claim-finding" />
    </div>
  );
}
