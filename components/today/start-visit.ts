import { createContext } from 'preact';

/** Opens the fill flow for a cadre with a template (wired by the options page; absent elsewhere). */
export type StartVisit = (cadreId: string, templateId: string) => void;

export const StartVisitContext = createContext<StartVisit | undefined>(undefined);
