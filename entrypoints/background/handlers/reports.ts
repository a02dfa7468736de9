import { yearReport } from '../../../core/reports';
import { ensureSeeded } from '../../../storage/standards-store';
import type { Handler } from './context';

/**
 * `report.year`: aggregated in the background from the whole tables each time (the worker keeps
 * nothing between requests), so the options page receives tables, not every visit record.
 */
export const reportOfYear: Handler<'report.year'> = async ({ year }, { repos }) => {
  await ensureSeeded(repos.db);
  const [visits, cadreRows, standards, audit] = await Promise.all([
    repos.visits.list(),
    repos.cadres.list(),
    repos.standards.list(),
    repos.db.audit.where('kind').equals('override').toArray(),
  ]);
  const cadres = cadreRows.map((c) => ({ id: c.id, name: c.name, category: c.category, originalUnit: c.originalUnit }));
  return yearReport({ year, visits, cadres, standards, audit });
};
