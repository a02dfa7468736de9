import { listPageAdapterOrigins, setPageAdapterOrigin } from './adapter';
import { deleteCadres, exportCadres, getCadre, ledgerFacets, listCadreIds, listCadres, revealIdNumber, saveCadre, searchCadre } from './cadre';
import { checkVisitForm } from './check';
import { armAfterFill, guardCheckHandler, guardDecideHandler, guardFailedHandler, guardFocusHandler, guardFrameLoadedHandler, guardOutcomeHandler, guardOverridesHandler, guardRunHandler, guardSessionHandler } from './guard';
import type { HandlerTable } from './context';
import { wipeData } from './data';
import { fillClaim, listBudgets, listClaimTabs, listClaimVisits, markClaimedHandler, previewClaimHandler, saveBudgets } from './expense';
import { deleteFollowUp, dueFollowUpList, listFollowUps, saveFollowUpHandler } from './follow-up';
import { addOaOrigin, listFillTemplates, listOaOrigins, openFillPanel, removeOaOrigin, searchFillCadres, prepareFill, startFill, undoFill } from './fill';
import { importLedger, statsOfLedger } from './ledger';
import { lockChange, lockDisable, lockEnable, lockIdle, lockNow, lockStatus, lockUnlock } from './lock';
import { reportOfYear } from './reports';
import { getOffice, saveOffice } from './settings';
import { deleteStandard, exportStandards, importStandards, listStandards, saveStandard } from './standards';
import { deleteSiteMap, getSiteMap, listSiteMaps, saveSiteMap } from './site-maps';
import { cancelTeach, listTeachChanges, pickTeach, saveTeach } from './teach';
import { applySyncFile, exportSync, previewSyncFile } from './sync';
import { listTabFrames } from './tab';
import { campaignVisitList, computeTodayLists, saveContactRules } from './today';
import { saveReminders } from '../reminders';
import { deleteTemplate, listTemplates, saveTemplate } from './templates';
import { deleteVisit, listVisits, saveVisit } from './visits';

/** Which handler serves which request of messaging/protocol.ts. */
export const handlers: HandlerTable = {
  'cadre.search': searchCadre,
  'cadre.list': listCadres,
  'cadre.ids': listCadreIds,
  'cadre.revealId': revealIdNumber,
  'cadre.export': exportCadres,
  'ledger.facets': ledgerFacets,
  'cadre.get': getCadre,
  'cadre.save': saveCadre,
  'cadre.delete': deleteCadres,
  'ledger.import': importLedger,
  'ledger.stats': statsOfLedger,
  'followUp.list': listFollowUps,
  'followUp.save': saveFollowUpHandler,
  'followUp.delete': deleteFollowUp,
  'followUp.due': dueFollowUpList,
  'data.wipe': wipeData,
  'tab.frames': listTabFrames,
  'template.list': listTemplates,
  'template.save': saveTemplate,
  'template.delete': deleteTemplate,
  'standard.list': listStandards,
  'standard.save': saveStandard,
  'standard.delete': deleteStandard,
  'standard.import': importStandards,
  'standard.export': exportStandards,
  'visit.list': listVisits,
  'visit.save': saveVisit,
  'visit.delete': deleteVisit,
  'visit.check': checkVisitForm,
  'fill.start': armAfterFill(startFill),
  'fill.prepare': prepareFill,
  'fill.undo': undoFill,
  'guard.check': guardCheckHandler,
  'guard.decide': guardDecideHandler,
  'guard.run': guardRunHandler,
  'guard.session': guardSessionHandler,
  'guard.focus': guardFocusHandler,
  'guard.failed': guardFailedHandler,
  'guard.overrides': guardOverridesHandler,
  'guard.outcome': guardOutcomeHandler,
  'guard.frameLoaded': guardFrameLoadedHandler,
  'fill.cadres': searchFillCadres,
  'fill.templates': listFillTemplates,
  'fill.panel': openFillPanel,
  'oa.origins': listOaOrigins,
  'oa.origin.add': addOaOrigin,
  'oa.origin.remove': removeOaOrigin,
  'oa.adapter.origins': listPageAdapterOrigins,
  'oa.adapter.set': setPageAdapterOrigin,
  'sync.export': exportSync,
  'sync.preview': previewSyncFile,
  'sync.apply': applySyncFile,
  'today.compute': computeTodayLists,
  'today.visitList': campaignVisitList,
  'today.reminders': saveReminders,
  'today.contactRules': saveContactRules,
  'settings.office': getOffice,
  'settings.office.save': saveOffice,
  'lock.status': lockStatus,
  'lock.enable': lockEnable,
  'lock.unlock': lockUnlock,
  'lock.lock': lockNow,
  'lock.disable': lockDisable,
  'lock.change': lockChange,
  'lock.idle': lockIdle,
  'siteMap.list': listSiteMaps,
  'siteMap.get': getSiteMap,
  'siteMap.save': saveSiteMap,
  'siteMap.delete': deleteSiteMap,
  'teach.pick': pickTeach,
  'teach.cancel': cancelTeach,
  'teach.save': saveTeach,
  'teach.changes': listTeachChanges,
  'report.year': reportOfYear,
  'claim.visits': listClaimVisits,
  'claim.preview': previewClaimHandler,
  'claim.fill': fillClaim,
  'claim.markClaimed': markClaimedHandler,
  'claim.tabs': listClaimTabs,
  'claim.budgets': listBudgets,
  'claim.budgets.save': saveBudgets,
};
