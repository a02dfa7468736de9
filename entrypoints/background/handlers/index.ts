import { deleteCadres, getCadre, saveCadre, searchCadre } from './cadre';
import type { HandlerTable } from './context';
import { wipeData } from './data';
import { importLedger, statsOfLedger } from './ledger';
import { listTabFrames } from './tab';

/** Which handler serves which request of messaging/protocol.ts. */
export const handlers: HandlerTable = {
  'cadre.search': searchCadre,
  'cadre.get': getCadre,
  'cadre.save': saveCadre,
  'cadre.delete': deleteCadres,
  'ledger.import': importLedger,
  'ledger.stats': statsOfLedger,
  'data.wipe': wipeData,
  'tab.frames': listTabFrames,
};
