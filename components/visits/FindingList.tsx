import type { Finding, Severity } from '../../core/rules/finding';
import { useT } from '../i18n';
import { fieldKeyLabel, useLang } from '../standards/lang';

export interface FindingListProps {
  findings: readonly Finding[];
}

const SEVERITY_KEY: Record<Severity, string> = { block: 'finding_block', warn: 'finding_warn', info: 'finding_info' };

/**
 * The findings of a check, block first: severity, the message stating the limit and the value,
 * the clause it rests on, and the fields concerned.
 */
export function FindingList({ findings }: FindingListProps) {
  const t = useT();
  const lang = useLang();
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return (
    <div class="findings" data-testid="findings" data-count={String(findings.length)}>
      <p class="findings-summary" data-testid="findings-summary">
        {findings.length === 0 ? t('findings_none') : t('findings_summary', [String(count('block')), String(count('warn')), String(count('info'))])}
      </p>
      <ul class="finding-list">
        {findings.map((f, i) => (
          <li key={i} class={`finding is-${f.severity}`} data-testid="finding" data-rule-id={f.ruleId} data-severity={f.severity}>
            <span class={`severity severity-${f.severity}`}>{t(SEVERITY_KEY[f.severity])}</span>
            <div class="finding-body">
              <p class="finding-message">{lang === 'en' ? (f.messageEn ?? f.message) : f.message}</p>
              <p class="finding-meta muted small-text">
                {/* the messages mostly cite their clause already */}
                {f.ref && !f.message.includes(f.ref) && <span class="finding-ref">{t('finding_ref', f.ref)}</span>}
                {f.fields.length > 0 && <span class="finding-fields">{t('finding_fields', f.fields.map((k) => fieldKeyLabel(k, lang)).join('、'))}</span>}
                <span class="finding-rule">{f.ruleId}</span>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
