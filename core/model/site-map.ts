import { z } from 'zod';
import { text } from './fields';
import { recordMeta } from './record';

/**
 * A remembered OA form: per origin and form signature, which control means which field key.
 * A control is found again by its selector, or by its label when ids change.
 */
export const siteMapFields = z.strictObject({
  origin: z.string().url().max(300),
  /** stable hash of the form's labels, see core/fill */
  formSignature: z.string().max(100),
  formName: text(100).optional(),
  role: z.enum(['visit', 'expense', 'other']).default('visit'),
  fields: z
    .array(
      z.strictObject({
        selector: z.string().max(1000),
        altSelectors: z.array(z.string().max(1000)).max(5).default([]),
        label: z.string().max(200).default(''),
        framePath: z.string().max(1000).default(''),
        /** a field key, a row key (`expense.row.amount[2]`) or 'ignore' */
        key: z.string().max(80),
      }),
    )
    .max(2000),
  submitTexts: z.array(z.string().max(20)).max(20).default([]),
});

export const siteMap = siteMapFields.extend(recordMeta);
export type SiteMap = z.output<typeof siteMap>;
