import { todayInShanghai } from '../../../core/model/validators/dates';
import { checkVisit } from '../../../core/rules/check-visit';
import { visitDay } from '../../../core/rules/facts';
import { VisitHistoryIndex } from '../../../core/rules/history-index';
import { standardInForce } from '../../../core/rules/standard-in-force';
import { ensureSeeded } from '../../../storage/standards-store';
import { cadreHistoryIndex } from '../../../storage/visit-history';
import type { Handler } from './context';

/**
 * `visit.check`: the findings of the rule engine for a form. Everything is read from storage per
 * request (the ledger's cadre, that cadre's visit records from its bucket row, the
 * standards), so an edited cap counts from the very next check and a stopped worker loses nothing.
 */
export const checkVisitForm: Handler<'visit.check'> = async ({ form, cadreId }, { repos }) => {
  await ensureSeeded(repos.db);
  const today = todayInShanghai();
  const [cadre, history, standards] = await Promise.all([
    cadreId === undefined ? undefined : repos.cadres.get(cadreId),
    cadreId === undefined ? VisitHistoryIndex.empty() : cadreHistoryIndex(repos.db, cadreId),
    repos.standards.list(),
  ]);
  const findings = checkVisit({ form, cadre, history, standards, today });
  const used = standardInForce(standards, visitDay(form, today));
  return {
    findings,
    standard: used ? { id: used.id, name: used.name, effectiveFrom: used.effectiveFrom, isExample: used.isExample } : null,
    historySize: history.size,
    today,
  };
};
