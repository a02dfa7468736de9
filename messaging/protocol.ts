import { z } from 'zod';
import { adapterRequests, type AdapterResponses } from './requests/adapter';
import { fillRequests, type FillResponses } from './requests/fill';
import { followUpRequests, type FollowUpResponses } from './requests/follow-up';
import { guardRequests, type GuardResponses } from './requests/guard';
import { ledgerRequests, type LedgerResponses } from './requests/ledger';
import { lockRequests, type LockResponses } from './requests/lock';
import { settingsRequests, type SettingsResponses } from './requests/settings';
import { siteMapRequests, type SiteMapResponses } from './requests/site-maps';
import { standardsRequests, type StandardsResponses } from './requests/standards';
import { syncRequests, type SyncResponses } from './requests/sync';
import { tabRequests, type TabResponses } from './requests/tab';
import { todayRequests, type TodayResponses } from './requests/today';
import { reportsRequests, type ReportsResponses } from './requests/reports';
import { expenseRequests, type ExpenseResponses } from './requests/expense';

/**
 * The message protocol between extension pages, the background and content scripts: each request
 * has a name, a zod payload schema and the kinds of sender allowed to send it (one file per area in
 * requests/). The background validates both before a handler runs (messaging/guard.ts).
 */

export type { SenderKind } from './requests/spec';
export * from './requests/fill';
export * from './requests/follow-up';
export * from './requests/guard';
export * from './requests/ledger';
export * from './requests/lock';
export * from './requests/standards';
export * from './requests/sync';
export * from './requests/tab';
export * from './requests/settings';
export * from './requests/site-maps';
export * from './requests/today';
export * from './requests/reports';
export * from './requests/expense';
export * from './requests/adapter';

export const requests = { ...ledgerRequests, ...tabRequests, ...standardsRequests, ...fillRequests, ...syncRequests, ...followUpRequests, ...todayRequests, ...settingsRequests, ...reportsRequests, ...siteMapRequests, ...guardRequests, ...expenseRequests, ...lockRequests, ...adapterRequests } as const;

/** The typed answer to each request. */
export interface Responses extends LedgerResponses, TabResponses, StandardsResponses, FillResponses, SyncResponses, FollowUpResponses, TodayResponses, SettingsResponses, ReportsResponses, SiteMapResponses, GuardResponses, ExpenseResponses, LockResponses, AdapterResponses {}

export type RequestName = keyof typeof requests;
export type RequestPayload<N extends RequestName> = z.input<(typeof requests)[N]['payload']>;
export type ParsedPayload<N extends RequestName> = z.output<(typeof requests)[N]['payload']>;

/** Every request on the wire: `{ type, payload }`. */
export interface Envelope<N extends RequestName = RequestName> {
  type: N;
  payload: RequestPayload<N>;
}

/** Failures the background reports instead of a response. */
export interface ErrorResponse {
  /** `locked`: the Lock is on and no key is in memory (docs/lock.md); the UI asks for the passphrase */
  error: 'bad-request' | 'forbidden' | 'internal' | 'locked';
  /** i18n key */
  key: string;
}

/** Messages the background sends to the frame agent of a frame. */
export const frameRequests = {
  'frame.ping': z.strictObject({}),
} as const;
export type FrameRequestName = keyof typeof frameRequests;
export interface FrameResponses {
  'frame.ping': { url: string; title: string; top: boolean };
}
