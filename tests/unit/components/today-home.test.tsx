// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TodayHome } from '../../../components/today/TodayHome';
import { exampleStandard } from '../../../core/rules/default-standard';
import { DEFAULT_CONTACT_RULES, type ContactRule } from '../../../core/model/contact-rule';
import { computeToday, limitToday, todayPolicy, type TodayCadre, type TodayResult } from '../../../core/today';
import { renderZh } from './render';

afterEach(cleanup);

const TODAY = '2026-11-29';

/** A small synthetic office computed by the real core, so the screen shows what the core says. */
function office(): TodayResult {
  const base = () => ({ alive: true, phones: [], health: { conditions: [], hospitalisations: [] }, difficulty: { has: false }, needs: [], tags: [] });
  const cadres: TodayCadre[] = [
    { ...base(), id: 'cadre-birthday', name: '欧阳寿星', category: '退休', birthDate: '1946-12-05', lunarBirthday: false },
    { ...base(), id: 'cadre-hospital', name: '司马住院', category: '离休', birthDate: '1930-03-01', health: { conditions: [], hospitalisations: [{ admittedOn: '2026-11-25', hospital: '省人民医院' }] } },
    { ...base(), id: 'cadre-survivor', name: '诸葛遗属', category: '遗属', birthDate: '1940-07-07' },
  ];
  const result = computeToday(
    {
      cadres,
      followUps: [{ cadreId: 'cadre-hospital', id: 'f1', date: '2026-11-01', found: '需要轮椅', action: '协调借用轮椅', owner: '刘洋', dueDate: '2026-11-20' }],
      visits: [],
      standards: [exampleStandard()],
      templates: [{ id: 'tpl-birthday', name: '寿辰慰问', visitType: '生日寿辰' }],
      policy: todayPolicy.parse({}),
    },
    TODAY,
  );
  return limitToday(result, 50);
}

function renderHome(overrides: Partial<Parameters<typeof TodayHome>[0]> = {}) {
  const props = {
    result: office(),
    onRecord: vi.fn(async () => ({ ok: true as const })),
    onExport: vi.fn(),
    exportState: { kind: 'idle' as const },
    reminders: { enabled: true, time: '09:00' },
    onSaveReminders: vi.fn(async () => true),
    contactRules: { rules: DEFAULT_CONTACT_RULES, custom: false },
    onSaveContactRules: vi.fn(async (rules: unknown[] | null) => ({ ok: true as const, rules: (rules ?? DEFAULT_CONTACT_RULES) as ContactRule[], custom: rules !== null })),
    ...overrides,
  };
  renderZh(<TodayHome {...props} />);
  return props;
}

describe('TodayHome', () => {
  it('shows the day, the standard, and the counts of every list in Chinese', () => {
    renderHome();
    expect(screen.getByTestId('today-home').dataset.today).toBe(TODAY);
    expect(screen.getByTestId('today-as-of').textContent).toContain('示例标准');
    const count = (id: string) => screen.getByTestId(`today-count-${id}`).dataset.count;
    expect(count('birthdays')).toBe('1');
    expect(count('in-hospital')).toBe('1');
    expect(count('followups')).toBe('1');
    expect(count('overdue')).toBe('1');
    expect(count('campaign-left')).toBe('3');
    expect(screen.getByTestId('today-count-campaign-left').textContent).toContain('春节待走访');
    expect(screen.getByText('近期寿辰（30 天内）')).toBeTruthy();
  });

  it('links each item to the cadre in the ledger and shows the visit ready to start', () => {
    renderHome();
    const birthday = screen.getByTestId('today-birthdays');
    const link = birthday.querySelector<HTMLAnchorElement>('[data-testid="today-cadre-link"]')!;
    expect(link.textContent).toBe('欧阳寿星');
    expect(link.getAttribute('href')).toBe('#ledger/cadre-birthday');
    expect(birthday.textContent).toContain('80 岁寿辰（周岁）');
    expect(birthday.querySelector('[data-testid="today-visit"]')!.textContent).toBe('生日寿辰（80岁） · 模板：寿辰慰问');
    const owner = screen.getByTestId('today-owner');
    expect(owner.dataset.owner).toBe('刘洋');
    expect(owner.textContent).toContain('已逾期 9 天');
  });

  it('records a contact in one click and a save, with the list’s wording prefilled', async () => {
    const props = renderHome();
    const item = screen.getByTestId('today-hospital').querySelector('[data-testid="today-item"]')!;
    fireEvent.click(item.querySelector('[data-testid="today-record-contact"]')!);
    const found = item.querySelector<HTMLInputElement>('[data-testid="today-contact-found"]')!;
    expect(found.value).toBe('住院看望，了解病情');
    fireEvent.change(item.querySelector('[data-testid="today-contact-method"]')!, { target: { value: '上门走访' } });
    fireEvent.input(item.querySelector('[data-testid="today-contact-owner"]')!, { target: { value: '周晓燕' } });
    fireEvent.submit(item.querySelector('[data-testid="today-contact-form"]')!);
    await waitFor(() => expect(item.querySelector('[data-testid="today-contact-status"]')!.textContent).toBe('已记录'));
    expect(props.onRecord).toHaveBeenCalledWith('cadre-hospital', { method: '上门走访', found: '住院看望，了解病情', owner: '周晓燕' });
  });

  it('keeps the form open with the reason when the save is refused', async () => {
    renderHome({ onRecord: vi.fn(async () => ({ ok: false as const, messageKey: 'err_cadre_not_found' })) });
    const item = screen.getByTestId('today-birthdays').querySelector('[data-testid="today-item"]')!;
    fireEvent.click(item.querySelector('[data-testid="today-record-contact"]')!);
    fireEvent.submit(item.querySelector('[data-testid="today-contact-form"]')!);
    await waitFor(() => expect(item.querySelector('[role="alert"]')).toBeTruthy());
    expect(item.querySelector('[data-testid="today-contact-form"]')).toBeTruthy();
  });

  it('shows the campaign’s window and counts, and exports on one click', () => {
    const props = renderHome();
    const counts = screen.getByTestId('today-campaign-counts');
    expect(counts.dataset).toMatchObject({ eligible: '3', visited: '0', left: '3' });
    expect(counts.textContent).toContain('应走访 3 人，已走访 0 人，还剩 3 人');
    expect(screen.getByTestId('today-campaign-head').textContent).toContain('走访时间 2027-01-15 至 2027-02-20');
    fireEvent.click(screen.getByTestId('today-export-visit-list'));
    expect(props.onExport).toHaveBeenCalledTimes(1);
  });

  it('reports an export in progress and its result', () => {
    renderHome({ exportState: { kind: 'done', rows: 3 } });
    expect(screen.getByTestId('today-export-status').textContent).toBe('已导出 3 人');
  });

  it('saves the reminder settings', async () => {
    const props = renderHome();
    fireEvent.click(screen.getByTestId('today-reminders-enabled'));
    fireEvent.click(screen.getByTestId('today-reminders-save'));
    await waitFor(() => expect(screen.getByTestId('today-reminders-status').textContent).toBe('已保存'));
    expect(props.onSaveReminders).toHaveBeenCalledWith({ enabled: false, time: '09:00' });
  });
});

describe('TodayHome: starting a visit and the contact rules', () => {
  it('offers 开始慰问 with the cadre and the template when the page wires it', () => {
    const onStartVisit = vi.fn();
    renderHome({ onStartVisit });
    const button = screen.getByTestId('today-birthdays').querySelector<HTMLButtonElement>('[data-testid="today-start-visit"]')!;
    expect(button.textContent).toBe('开始慰问');
    fireEvent.click(button);
    expect(onStartVisit).toHaveBeenCalledWith('cadre-birthday', 'tpl-birthday');
  });

  it('edits, saves and restores the contact rules, showing a refused rule’s reason next to it', async () => {
    const refuse = vi.fn(async () => ({ ok: false as const, problems: [{ path: 'contactRules.3.when', key: 'err_contact_rule_empty' }] }));
    const props = renderHome({ onSaveContactRules: refuse });
    const editor = screen.getByTestId('today-contact-rules');
    expect(editor.querySelectorAll('[data-testid="contact-rule"]')).toHaveLength(DEFAULT_CONTACT_RULES.length);
    fireEvent.click(screen.getByTestId('contact-rule-add'));
    const added = editor.querySelectorAll('[data-testid="contact-rule"]')[3]!;
    fireEvent.input(added.querySelector('[data-testid="contact-rule-label"]')!, { target: { value: '空巢' } });
    fireEvent.submit(editor.querySelector('form')!);
    await waitFor(() => expect(added.querySelector('[data-testid="contact-rule-error"]')!.textContent).toBe('请至少选择一个条件（年龄、健康状况、困难类型或标签）'));
    expect(refuse).toHaveBeenCalledWith([...DEFAULT_CONTACT_RULES, { label: '空巢', months: 1, when: {} }]);
    expect(props.onSaveContactRules).toBe(refuse);
  });

  it('sends typed criteria as a rule and shows the saved state', async () => {
    const props = renderHome();
    const editor = screen.getByTestId('today-contact-rules');
    const first = editor.querySelector('[data-testid="contact-rule"]')!;
    fireEvent.input(first.querySelector('[data-testid="contact-rule-months"]')!, { target: { value: '2' } });
    fireEvent.input(first.querySelector('[data-testid="contact-rule-min-age"]')!, { target: { value: '90' } });
    fireEvent.input(first.querySelector('[data-testid="contact-rule-tags"]')!, { target: { value: '独居、 空巢，孤寡' } });
    fireEvent.submit(editor.querySelector('form')!);
    await waitFor(() => expect(screen.getByTestId('contact-rules-status').dataset.state).toBe('saved'));
    const sent = (vi.mocked(props.onSaveContactRules).mock.calls[0]![0] as ContactRule[])[0]!;
    expect(sent).toEqual({ label: '独居', months: 2, when: { minAge: 90, difficultyTypes: ['独居'], tags: ['独居', '空巢', '孤寡'] } });
    expect(screen.getByTestId('today-contact-rules').dataset.custom).toBe('true');
    fireEvent.click(screen.getByTestId('contact-rules-reset'));
    await waitFor(() => expect(props.onSaveContactRules).toHaveBeenLastCalledWith(null));
  });
});
