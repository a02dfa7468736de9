import { z } from 'zod';
import type { RequestSpec } from './spec';

/**
 * The opt-in page-world adapter (issue 6): on which OA origins CareFill may set values through
 * the page's own form API (e-cology 9 `WfForm.changeFieldValue`). Off for every origin until the
 * person turns it on in the options page.
 */
const origin = z.string().trim().min(1).max(300);

export const adapterRequests = {
  /** the OA origins with the adapter turned on */
  'oa.adapter.origins': { from: ['extension-page'], payload: z.strictObject({}) },
  /** turn the adapter on or off for one of the OA origins */
  'oa.adapter.set': { from: ['extension-page'], payload: z.strictObject({ origin, enabled: z.boolean() }) },
} as const satisfies Record<string, RequestSpec>;

export interface AdapterResponses {
  'oa.adapter.origins': { origins: string[] };
  'oa.adapter.set': { ok: true; origins: string[] } | { ok: false; key: string };
}
