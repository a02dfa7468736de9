import { z } from 'zod';
import type { YearReport } from '../../core/reports';
import type { RequestSpec } from './spec';

/** 经费报表: the year's spending, per-cadre totals against the cap, pending claims, overrides. */
export const reportsRequests = {
  'report.year': { from: ['extension-page'], payload: z.strictObject({ year: z.number().int().min(2000).max(2100) }) },
} as const satisfies Record<string, RequestSpec>;

export interface ReportsResponses {
  'report.year': YearReport;
}
