import { z } from 'zod';
import type { cadreInput, FieldProblem } from '../../core/model';
import { recordId as id, type RequestSpec } from './spec';

/** The ledger (台账): cadres, their search, bulk import and the wipe. */
export const ledgerRequests = {
  /** search the ledger by name, pinyin, initials, ID digits or phone */
  'cadre.search': {
    from: ['extension-page'],
    payload: z.strictObject({ query: z.string().max(100), limit: z.number().int().min(1).max(200).default(20) }),
  },
  'cadre.get': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** create (no id) or update (id + the updatedAt the editor loaded, to detect edits elsewhere) */
  'cadre.save': {
    from: ['extension-page'],
    payload: z.strictObject({ id: id.optional(), expectedUpdatedAt: z.number().int().optional(), input: z.unknown() }),
  },
  'cadre.delete': { from: ['extension-page'], payload: z.strictObject({ ids: z.array(id).min(1).max(50_000) }) },
  /** bulk import of cadres (JSON ledger); preview first, then commit in one transaction */
  'ledger.import': {
    from: ['extension-page'],
    payload: z.strictObject({ rows: z.array(z.unknown()).max(100_000), commit: z.boolean() }),
  },
  'ledger.stats': { from: ['extension-page'], payload: z.strictObject({}) },
  /** erase everything CareFill stores */
  'data.wipe': { from: ['extension-page'], payload: z.strictObject({ confirm: z.literal('WIPE') }) },
} as const satisfies Record<string, RequestSpec>;

/** What a cadre looks like in lists and search results: no ID number in clear. */
export const cadreSummary = z.strictObject({
  id,
  name: z.string(),
  gender: z.string().optional(),
  category: z.string(),
  rank: z.string().optional(),
  originalUnit: z.string().optional(),
  birthDate: z.string().optional(),
  idMasked: z.string().optional(),
  alive: z.boolean(),
  updatedAt: z.number(),
});
export type CadreSummary = z.output<typeof cadreSummary>;

export type Problem = FieldProblem;

export interface ImportPreview {
  total: number;
  toAdd: number;
  toUpdate: number;
  /** 1-based row numbers with the problems of each row */
  errors: { row: number; problems: Problem[] }[];
  committed: boolean;
}

export interface LedgerResponses {
  'cadre.search': { items: CadreSummary[]; total: number };
  'cadre.get': { cadre: z.output<typeof cadreInput> & { id: string; updatedAt: number; createdAt: number } } | { cadre: null };
  'cadre.save': { ok: true; id: string; updatedAt: number } | { ok: false; problems: Problem[]; conflict?: boolean };
  'cadre.delete': { deleted: number };
  'ledger.import': ImportPreview;
  'ledger.stats': { cadres: number; followUps: number; visits: number };
  'data.wipe': { ok: true };
}
