import { commitImport, previewImport } from '../../../storage/cadre-import';
import { ledgerStats } from '../../../storage/maintenance';
import type { Handler } from './context';

/** `ledger.import`: a preview, or (commit) the same plan written in one transaction. */
export const importLedger: Handler<'ledger.import'> = async ({ rows, rowNumbers, commit }, { repos }) => {
  const plan = await (commit ? commitImport : previewImport)(repos.db, rows, undefined, rowNumbers);
  return {
    total: plan.total,
    toAdd: plan.toAdd.length,
    toUpdate: plan.toUpdate.length,
    unchanged: plan.unchanged,
    errors: plan.errors,
    duplicates: plan.duplicates,
    committed: commit,
  };
};

/** `ledger.stats`: live record counts. */
export const statsOfLedger: Handler<'ledger.stats'> = async (_payload, { repos }) => ledgerStats(repos.db);
