import { normalizeDateText } from './cadre-form';

/** The follow-up form as typed, and the input the background validates. */
export interface FollowUpFormValues {
  date: string;
  method: string;
  found: string;
  action: string;
  owner: string;
  dueDate: string;
}

export function emptyFollowUpForm(today: string, owner = ''): FollowUpFormValues {
  return { date: today, method: '', found: '', action: '', owner, dueDate: '' };
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The follow-up input of the form, about `cadreId` (empty text is absent; dates in ISO form when readable). */
export function followUpInput(v: FollowUpFormValues, cadreId: string): Record<string, unknown> {
  const input: Record<string, unknown> = {
    cadreId,
    date: normalizeDateText(v.date) ?? '',
    method: v.method,
    found: v.found.trim(),
    action: opt(v.action),
    owner: opt(v.owner),
    dueDate: normalizeDateText(v.dueDate),
  };
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
  return input;
}
