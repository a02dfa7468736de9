import { z } from 'zod';
import { recordMeta } from './record';

/** What happened and who decided: overrides of blocking findings, reveals of ID numbers, wipes. */
export const auditEvent = z.strictObject({
  ...recordMeta,
  at: z.number().int().nonnegative(),
  kind: z.enum(['override', 'reveal-id', 'import', 'export', 'wipe', 'fill', 'submit']),
  cadreId: recordMeta.id.optional(),
  reason: z.string().max(2000).optional(),
  /** non-sensitive detail: counts, rule ids, the OA origin */
  detail: z.record(z.string().max(60), z.union([z.string().max(2000), z.number(), z.boolean()])).default({}),
});
export type AuditEvent = z.output<typeof auditEvent>;
