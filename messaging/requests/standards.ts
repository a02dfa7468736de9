import { z } from 'zod';
import type { FieldProblem, Standard, Template, VisitRecord } from '../../core/model';
import type { Finding, StandardsFileError } from '../../core/rules';
import { recordId as id, type RequestSpec } from './spec';

/**
 * Templates (慰问模板), standards (经费标准) and visit records (慰问记录), and the check of a
 * visit against them (`visit.check`). Records travel whole: the options page edits them.
 */

/** create (no id) or update (id + the updatedAt the editor loaded, to detect edits elsewhere) */
const save = z.strictObject({ id: id.optional(), expectedUpdatedAt: z.number().int().optional(), input: z.unknown() });

/** A standards file is small (a few versions); 2 MB is far more than any office needs. */
const MAX_STANDARDS_FILE_CHARS = 2_000_000;

export const standardsRequests = {
  'template.list': { from: ['extension-page'], payload: z.strictObject({}) },
  'template.save': { from: ['extension-page'], payload: save },
  'template.delete': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** every live version, oldest effective date first */
  'standard.list': { from: ['extension-page'], payload: z.strictObject({}) },
  'standard.save': { from: ['extension-page'], payload: save },
  'standard.delete': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** a standards file (docs/standards.md): preview, then commit; all or nothing */
  'standard.import': {
    from: ['extension-page'],
    payload: z.strictObject({ text: z.string().max(MAX_STANDARDS_FILE_CHARS), commit: z.boolean() }),
  },
  'standard.export': { from: ['extension-page'], payload: z.strictObject({}) },
  /** a cadre's visit records, by date; of one calendar year when `year` is given */
  'visit.list': {
    from: ['extension-page'],
    payload: z.strictObject({ cadreId: id, year: z.number().int().min(1900).max(2200).optional() }),
  },
  'visit.save': { from: ['extension-page'], payload: save },
  // the cadre, when known, names the one bucket that holds the record (storage/visit-buckets.ts)
  'visit.delete': { from: ['extension-page'], payload: z.strictObject({ id, cadreId: id.optional() }) },
  /**
   * Checks a form (logical field key → text) against the ledger's cadre, the cadre's visit
   * history and the standards in force on the visit day.
   */
  'visit.check': {
    from: ['extension-page'],
    payload: z.strictObject({
      form: z.record(z.string().max(60), z.string().max(2000)).refine((f) => Object.keys(f).length <= 200, 'err_too_long'),
      cadreId: id.optional(),
    }),
  },
} as const satisfies Record<string, RequestSpec>;

export type SaveResponse<T> = { ok: true; record: T } | { ok: false; problems: FieldProblem[]; conflict?: boolean };

/** A version in a standards file, as the import preview lists it. */
export interface StandardImportItem {
  id?: string;
  name: string;
  effectiveFrom: string;
  effectiveTo?: string;
  isExample: boolean;
  /** a stored version with this id is replaced */
  replaces: boolean;
}

export type StandardImportResponse =
  | { ok: true; items: StandardImportItem[]; added: number; updated: number; committed: boolean }
  /** `refusal`, not `error`: an `error` field marks a failed request (messaging/client.ts) */
  | { ok: false; refusal: StandardsFileError };

/** The version a check used. */
export interface StandardUsed {
  id: string;
  name: string;
  effectiveFrom: string;
  isExample: boolean;
}

export interface StandardsResponses {
  'template.list': { templates: Template[] };
  'template.save': SaveResponse<Template>;
  'template.delete': { deleted: boolean };
  'standard.list': { standards: Standard[] };
  'standard.save': SaveResponse<Standard>;
  'standard.delete': { deleted: boolean };
  'standard.import': StandardImportResponse;
  'standard.export': { text: string; fileName: string };
  'visit.list': { visits: VisitRecord[] };
  'visit.save': SaveResponse<VisitRecord>;
  'visit.delete': { deleted: boolean };
  'visit.check': {
    findings: Finding[];
    /** the version in force on the visit day, if any */
    standard: StandardUsed | null;
    /** the cadre's visit records the check counted */
    historySize: number;
    /** the day the check took as today (Asia/Shanghai) */
    today: string;
  };
}
