import type { z } from 'zod';
import { recordMeta } from '../../core/model';

/**
 * Who may send a request: our own extension pages, or our content script inside an OA page. A
 * content script runs inside somebody else's page, so it may never read the ledger wholesale.
 */
export type SenderKind = 'extension-page' | 'content';

export interface RequestSpec {
  from: readonly SenderKind[];
  payload: z.ZodType;
}

export const recordId = recordMeta.id;
