import { z } from 'zod';
import type { FieldProblem } from '../../core/model';
import type { RequestSpec } from './spec';

/**
 * The office's own details that templates and lists use: who handles the visits ({{经办人}}), the
 * department ({{部门}}), and how often every cadre should be contacted.
 */
export const officeFields = z.strictObject({
  handlerName: z.string().trim().max(30, 'err_too_long'),
  department: z.string().trim().max(60, 'err_too_long'),
  contactIntervalMonths: z.number().int().min(1, 'err_interval_range').max(24, 'err_interval_range'),
});
export type OfficeSettings = z.output<typeof officeFields>;

export const settingsRequests = {
  'settings.office': { from: ['extension-page'], payload: z.strictObject({}) },
  'settings.office.save': { from: ['extension-page'], payload: z.strictObject({ office: z.unknown() }) },
} as const satisfies Record<string, RequestSpec>;

export interface SettingsResponses {
  'settings.office': OfficeSettings;
  'settings.office.save': { ok: true; office: OfficeSettings } | { ok: false; problems: FieldProblem[] };
}
