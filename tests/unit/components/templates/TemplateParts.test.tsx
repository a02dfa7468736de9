// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplateEditor } from '../../../../components/templates/TemplateEditor';
import { TemplateList } from '../../../../components/templates/TemplateList';
import { TemplatePreview } from '../../../../components/templates/TemplatePreview';
import { emptyTemplateDraft, type TemplateDraft } from '../../../../components/templates/template-draft';
import { template, type Template } from '../../../../core/model/template';
import { exampleStandard } from '../../../../core/rules/default-standard';
import { renderZh } from '../render';

afterEach(cleanup);

/** The editor with its draft held by a parent, as the view holds it. */
function Harness({ initial, onSave }: { initial: TemplateDraft; onSave: (d: TemplateDraft) => void }) {
  const [draft, setDraft] = useState(initial);
  return <TemplateEditor draft={draft} onChange={setDraft} isNew problems={[]} status={{ kind: 'idle' }} milestones={[80, 90, 100]} onSave={onSave} onCancel={() => {}} />;
}

describe('TemplateEditor', () => {
  it('flags an unknown placeholder while typing, and clears it once fixed', () => {
    renderZh(<Harness initial={{ ...emptyTemplateDraft('住院看望'), name: '看望' }} onSave={() => {}} />);
    const reason = screen.getByTestId('tpl-value-visit.reason');
    fireEvent.input(reason, { target: { value: '看望{{名字}}同志' } });
    expect(screen.getByTestId('tpl-placeholder-warning-visit.reason').textContent).toContain('未知占位符 {{名字}}');
    fireEvent.input(reason, { target: { value: '看望{{姓名}}同志' } });
    expect(screen.queryByTestId('tpl-placeholder-warning-visit.reason')).toBeNull();
  });

  it('inserts a placeholder from the palette into the text last focused', () => {
    renderZh(<Harness initial={{ ...emptyTemplateDraft('节日慰问'), name: '春节' }} onSave={() => {}} />);
    const reason = screen.getByTestId('tpl-value-visit.reason') as HTMLTextAreaElement;
    fireEvent.focus(reason);
    fireEvent.click(screen.getByText('{{节日}}'));
    expect(reason.value).toBe('{{节日}}');
  });

  it('saves a valid draft and refuses one without a name', () => {
    const onSave = vi.fn();
    renderZh(<Harness initial={emptyTemplateDraft('其他')} onSave={onSave} />);
    fireEvent.click(screen.getByTestId('template-save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('template-problems')).toBeTruthy();
    fireEvent.input(screen.getByTestId('tpl-name'), { target: { value: '走访' } });
    fireEvent.click(screen.getByTestId('template-save'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ name: '走访', visitType: '其他' }));
  });

  it('deletes only after confirming', () => {
    const onDelete = vi.fn();
    renderZh(
      <TemplateEditor draft={emptyTemplateDraft('其他')} onChange={() => {}} isNew={false} problems={[]} status={{ kind: 'idle' }} milestones={[]} onSave={() => {}} onDelete={onDelete} onCancel={() => {}} />,
    );
    fireEvent.click(screen.getByTestId('template-delete'));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('template-delete-confirm'));
    expect(onDelete).toHaveBeenCalled();
  });
});

describe('TemplatePreview', () => {
  const cadre = { name: '欧阳示例', birthDate: '1936-03-10', originalUnit: '省示例厅', category: '退休' as const, rank: '厅局级' as const };
  const draft: TemplateDraft = {
    ...emptyTemplateDraft('住院看望'),
    name: '住院看望',
    tier: '一般',
    form: '慰问金',
    values: { 'visit.reason': '{{称谓}}于{{入院日期}}入住{{医院}}，送慰问金{{金额大写}}。' },
  };

  it('renders the cadre’s facts and the amount from the standard in force', () => {
    renderZh(<TemplatePreview draft={draft} cadre={cadre} picker={null} standards={[exampleStandard()]} today="2026-05-10" />);
    fireEvent.input(screen.getByTestId('preview-hospital'), { target: { value: '省人民医院' } });
    fireEvent.input(screen.getByTestId('preview-admission'), { target: { value: '2026-05-01' } });
    const values = screen.getByTestId('preview-values');
    expect(values.textContent).toContain('欧阳老于2026年5月1日入住省人民医院，送慰问金壹仟元整。');
    expect(screen.getByTestId('preview-amount-source').dataset.source).toBe('standard');
    expect(screen.getByTestId('preview-amount-source').textContent).toContain('示例，请替换');
  });

  it('says which placeholders came out empty', () => {
    renderZh(<TemplatePreview draft={draft} cadre={cadre} picker={null} standards={[]} today="2026-05-10" />);
    expect(screen.getByTestId('preview-missing').textContent).toContain('{{医院}}');
    expect(screen.getByTestId('preview-amount-source').dataset.source).toBe('none');
  });
});

describe('TemplateList', () => {
  it('groups templates by visit type, each group with a new button', () => {
    const onNew = vi.fn();
    const onOpen = vi.fn();
    const t: Template = template.parse({ id: 'tpl-00000001', createdAt: 0, updatedAt: 0, name: '九十寿辰', visitType: '生日寿辰', tier: '90' });
    renderZh(<TemplateList templates={[t]} onOpen={onOpen} onNew={onNew} />);
    expect(screen.getAllByTestId('template-group')).toHaveLength(7);
    expect(screen.getByTestId('template-open').textContent).toContain('90岁');
    fireEvent.click(screen.getByTestId('template-open'));
    expect(onOpen).toHaveBeenCalledWith('tpl-00000001');
    fireEvent.click(screen.getAllByTestId('template-new')[1]!);
    expect(onNew).toHaveBeenCalledWith('住院看望');
  });
});
