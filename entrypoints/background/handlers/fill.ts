import { toSummary } from '../../../core/ledger/summary';
import { todayInShanghai } from '../../../core/model/validators/dates';
import type { CadreSummary } from '../../../messaging/protocol';
import { cadreListOf } from '../../../storage/cadre-list';
import { ensureSeeded } from '../../../storage/standards-store';
import { browserPageWorld, installPageAdapter } from '../fill/adapter';
import { defaultTemplateId } from '../fill/default-template';
import { fillTab, undoTab, type FillDeps } from '../fill/orchestrate';
import { addOrigin, listOrigins, removeOrigin } from '../fill/origins';
import { openPanel } from '../fill/panel';
import { prepareTab } from '../fill/prepare';
import { siteMapStore } from '../fill/site-maps';
import { browserTabApi } from '../fill/tab-api';
import type { Handler, HandlerContext } from './context';

/** The fill's dependencies over the repositories and the real tab. */
function fillDeps({ repos }: HandlerContext): FillDeps {
  return {
    tab: browserTabApi,
    siteMaps: siteMapStore(repos),
    cadre: (id) => repos.cadres.get(id),
    template: async (id) => {
      await ensureSeeded(repos.db);
      return repos.templates.get(id);
    },
    settings: () => repos.settings.get(),
    standards: async () => {
      await ensureSeeded(repos.db);
      return repos.standards.list();
    },
    today: () => todayInShanghai(),
    now: () => performance.now(),
    pageAdapter: async (tabId, frame) => installPageAdapter(browserPageWorld, await repos.settings.get(), { tabId, ...frame }),
  };
}

/** `fill.start`: fills a tab for a cadre with a template and reports every field. */
export const startFill: Handler<'fill.start'> = async (req, ctx) => fillTab(req, fillDeps(ctx));

/** `fill.prepare`: the fill flow opened; the tab's frames collect their fields ahead of the click. */
export const prepareFill: Handler<'fill.prepare'> = async ({ tabId }) => prepareTab(tabId, browserTabApi);

/** `fill.undo`: the latest fill of each frame of the tab, undone. */
export const undoFill: Handler<'fill.undo'> = async ({ tabId }) => undoTab(tabId, browserTabApi);

/** `fill.cadres`: the panel's cadre search (summaries only, few results). */
export const searchFillCadres: Handler<'fill.cadres'> = async ({ query, limit }, { repos }) => {
  const { cadres, total } = await cadreListOf(repos.db).records({ query }, 0, limit);
  const summaries: CadreSummary[] = cadres.map(toSummary);
  return { items: summaries, total };
};

/** `fill.templates`: names and types of the templates, and the one to preselect for the cadre. */
export const listFillTemplates: Handler<'fill.templates'> = async ({ cadreId }, { repos }) => {
  await ensureSeeded(repos.db);
  const [templates, cadre] = await Promise.all([repos.templates.list(), cadreId ? repos.cadres.get(cadreId) : undefined]);
  const defaultId = defaultTemplateId(templates, todayInShanghai(), cadre);
  return {
    templates: templates.map((t) => ({ id: t.id, name: t.name, visitType: t.visitType, ...(t.festival ? { festival: t.festival } : {}) })),
    ...(defaultId ? { defaultId } : {}),
  };
};

/** `fill.panel`: the in-page panel, opened in the tab. */
export const openFillPanel: Handler<'fill.panel'> = async ({ tabId }) => openPanel(tabId, browserTabApi);

export const listOaOrigins: Handler<'oa.origins'> = async (_p, { repos }) => ({ origins: await listOrigins(repos.settings) });
export const addOaOrigin: Handler<'oa.origin.add'> = async ({ origin }, { repos }) => addOrigin(repos.settings, origin);
export const removeOaOrigin: Handler<'oa.origin.remove'> = async ({ origin }, { repos }) => ({ origins: await removeOrigin(repos.settings, origin) });
