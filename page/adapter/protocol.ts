/**
 * The page-world adapter's wire format (see wfform-main.ts and bridge.ts): one request event
 * and one answer event on the document, both carrying the fill's random nonce as JSON strings
 * (strings cross between the extension's world and the page's world in every browser).
 */

/** The request event the adapter listens to; its answer is `${ADAPTER_EVENT}-done`. */
export const ADAPTER_EVENT = 'carefill-wfform';

/** One value to set through `WfForm.changeFieldValue(fieldId, { value })`. */
export interface AdapterCall {
  /** the e-cology field mark, `field12345` or a detail row's `field12345_0` */
  fieldId: string;
  value: string;
}

/** The field marks e-cology 9 uses; anything else is never passed to the page. */
export const FIELD_MARK = /^field\d{1,12}(?:_\d{1,6})?$/;
