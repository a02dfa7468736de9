import { toFieldProblems, type Settings } from '../../../core/model';
import { officeFields, type OfficeSettings } from '../../../messaging/requests/settings';
import type { Handler } from './context';

const officeOf = (s: Settings): OfficeSettings => ({
  handlerName: s.handlerName ?? '',
  department: s.department ?? '',
  contactIntervalMonths: s.contactIntervalMonths,
});

/** `settings.office`: the office details as the options page edits them. */
export const getOffice: Handler<'settings.office'> = async (_payload, { repos }) => officeOf(await repos.settings.get());

/** `settings.office.save`: validated, then stored (an empty name or department is cleared). */
export const saveOffice: Handler<'settings.office.save'> = async ({ office }, { repos }) => {
  const parsed = officeFields.safeParse(office);
  if (!parsed.success) return { ok: false, problems: toFieldProblems(parsed.error) };
  const { handlerName, department, contactIntervalMonths } = parsed.data;
  const saved = await repos.settings.update({
    handlerName: handlerName || undefined,
    department: department || undefined,
    contactIntervalMonths,
  });
  return saved.ok ? { ok: true, office: officeOf(saved.settings) } : saved;
};
