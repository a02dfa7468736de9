import { useT } from '../../components/i18n';
import { VISIT_TYPES } from '../../core/model/vocab';
import type { TemplateChoice } from '../../messaging/protocol';

export interface TemplateSelectProps {
  templates: TemplateChoice[];
  value?: string;
  onChange: (id: string) => void;
}

/** The template to fill with, grouped by visit type. */
export function TemplateSelect({ templates, value, onChange }: TemplateSelectProps) {
  const t = useT();
  const groups = VISIT_TYPES.map((type) => ({ type, items: templates.filter((x) => x.visitType === type) })).filter((g) => g.items.length > 0);
  return (
    <label class="fill-template">
      <span class="fill-template-label">{t('fill_template_label')}</span>
      <select data-testid="template-select" value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {groups.map((g) => (
          <optgroup key={g.type} label={g.type}>
            {g.items.map((x) => (
              <option key={x.id} value={x.id} data-visit-type={x.visitType}>
                {x.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
