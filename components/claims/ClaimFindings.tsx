import type { Finding } from '../../core/rules/finding';
import { useT } from '../i18n';
import { useLang } from '../standards/lang';

const SEVERITY_KEY: Record<Finding['severity'], string> = { block: 'finding_block', warn: 'finding_warn', info: 'finding_info' };

/** The findings of a claim check, one item each with its rule id (`testId` per item). */
export function ClaimFindings({ findings, testId }: { findings: readonly Finding[]; testId: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <ul class="finding-list" data-testid={`${testId}s`} data-count={String(findings.length)}>
      {findings.map((f, i) => (
        <li key={i} class={`finding is-${f.severity}`} data-testid={testId} data-rule={f.ruleId} data-severity={f.severity}>
          <span class={`severity severity-${f.severity}`}>{t(SEVERITY_KEY[f.severity])}</span>
          <span class="finding-message">{lang === 'en' ? (f.messageEn ?? f.message) : f.message}</span>
        </li>
      ))}
    </ul>
  );
}
