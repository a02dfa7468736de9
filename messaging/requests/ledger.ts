import { z } from 'zod';
import { ledgerFilters, ledgerSort } from '../../core/ledger/filters';
import type { Cadre, cadreInput, FieldProblem } from '../../core/model';
import { recordId as id, type RequestSpec } from './spec';

/** What selects and orders a part of the ledger: a search, filters, a sort. */
const listQuery = {
  query: z.string().max(100).default(''),
  filters: ledgerFilters.optional(),
  sort: ledgerSort.optional(),
};

/** The ledger (台账): cadres, their list and search, bulk import and export, and the wipe. */
export const ledgerRequests = {
  /** search the ledger by name, pinyin, initials, ID digits or phone (the popup; the list's search is `cadre.list`) */
  'cadre.search': {
    from: ['extension-page'],
    payload: z.strictObject({ query: z.string().max(100), limit: z.number().int().min(1).max(200).default(20) }),
  },
  /** one page of the ledger list: searched, filtered, sorted; summaries and the total */
  'cadre.list': {
    from: ['extension-page'],
    payload: z.strictObject({ ...listQuery, offset: z.number().int().min(0).max(1_000_000).default(0), limit: z.number().int().min(1).max(500).default(100) }),
  },
  /** the ids of every cadre the list shows (select all of a result) */
  'cadre.ids': { from: ['extension-page'], payload: z.strictObject(listQuery) },
  /** the full ID number of a cadre, shown on demand; the reveal is logged (without the number) */
  'cadre.revealId': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** full records of the listed cadres, in list order, a chunk at a time (spreadsheet export) */
  'cadre.export': {
    from: ['extension-page'],
    payload: z.strictObject({ ...listQuery, offset: z.number().int().min(0).max(1_000_000).default(0), limit: z.number().int().min(1).max(2_000).default(1_000) }),
  },
  /** tags and units in use, and how ages are counted, for the filter controls */
  'ledger.facets': { from: ['extension-page'], payload: z.strictObject({}) },
  'cadre.get': { from: ['extension-page'], payload: z.strictObject({ id }) },
  /** create (no id) or update (id + the updatedAt the editor loaded, to detect edits elsewhere) */
  'cadre.save': {
    from: ['extension-page'],
    payload: z.strictObject({ id: id.optional(), expectedUpdatedAt: z.number().int().optional(), input: z.unknown() }),
  },
  'cadre.delete': { from: ['extension-page'], payload: z.strictObject({ ids: z.array(id).min(1).max(50_000) }) },
  /**
   * bulk import of cadres (JSON ledger or spreadsheet rows); preview first, then commit in one
   * transaction. `rowNumbers` are the rows' numbers in the spreadsheet, for the report.
   */
  'ledger.import': {
    from: ['extension-page'],
    payload: z
      .strictObject({ rows: z.array(z.unknown()).max(100_000), rowNumbers: z.array(z.number().int().min(1)).max(100_000).optional(), commit: z.boolean() })
      .refine((p) => !p.rowNumbers || p.rowNumbers.length === p.rows.length, 'err_bad_message'),
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
  rankDetail: z.string().optional(),
  originalPosition: z.string().optional(),
  politicalStatus: z.string().optional(),
  age: z.number().optional(),
  milestoneAge: z.number().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
  healthStatus: z.string().optional(),
  hasDifficulty: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  nextFollowUp: z.string().optional(),
});
export type CadreSummary = z.output<typeof cadreSummary>;

export type Problem = FieldProblem;

export interface ImportPreview {
  total: number;
  toAdd: number;
  toUpdate: number;
  /** rows naming a cadre whose fields they would not change (the background always sets it) */
  unchanged?: number;
  /** row numbers (1-based, or the spreadsheet's) with the problems of each row */
  errors: { row: number; problems: Problem[] }[];
  /** rows repeating an earlier row of the file, also among `errors` (the background always sets it) */
  duplicates?: { row: number; sameAs: number }[];
  committed: boolean;
}

/** A page of the ledger list. */
export interface CadrePage {
  items: CadreSummary[];
  /** how many cadres match */
  total: number;
  offset: number;
}

/** A stored cadre as the editor and export receive it. */
export type CadreRecord = z.output<typeof cadreInput> & { id: string; updatedAt: number; createdAt: number };

export interface LedgerResponses {
  'cadre.search': { items: CadreSummary[]; total: number };
  'cadre.list': CadrePage;
  'cadre.ids': { ids: string[] };
  'cadre.revealId': { idNumber: string | null };
  'cadre.export': { cadres: Cadre[]; total: number };
  'ledger.facets': { tags: string[]; units: string[]; ageMode: '周岁' | '虚岁'; milestones: number[] };
  'cadre.get': { cadre: CadreRecord } | { cadre: null };
  'cadre.save': { ok: true; id: string; updatedAt: number } | { ok: false; problems: Problem[]; conflict?: boolean };
  'cadre.delete': { deleted: number };
  'ledger.import': ImportPreview;
  'ledger.stats': { cadres: number; followUps: number; visits: number };
  'data.wipe': { ok: true };
}
