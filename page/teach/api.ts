import type { FieldKey } from '../../core/model/field-keys';
import type { FillReport } from '../../messaging/requests/fill';
import type { SiteMapResponses, TeachPicked } from '../../messaging/requests/site-maps';
import type { CorrectionOffer } from './corrections';
import type { SendRequest } from '../panel/fill-api';
import { FillApiError } from '../panel/fill-api';

/**
 * What the panel's teaching asks of the background, for the tab the panel is in: wait for the
 * person's click on a field, cancel the wait, store what the field means; after a fill, list the
 * fields the person changed and remember a correction.
 */
export interface TeachApi {
  pick(): Promise<SiteMapResponses['teach.pick']>;
  cancel(): Promise<void>;
  save(picked: TeachPicked, key: FieldKey | 'ignore'): Promise<SiteMapResponses['teach.save']>;
  changes(): Promise<SiteMapResponses['teach.changes']>;
  acceptCorrection(report: Pick<FillReport, 'formSignature' | 'role'>, offer: CorrectionOffer): Promise<SiteMapResponses['teach.save']>;
}

async function call<T>(send: SendRequest, type: string, payload: unknown): Promise<T> {
  const res = await send(type, payload);
  if (!res || typeof res !== 'object') throw new FillApiError('err_request_failed');
  if ('error' in res) throw new FillApiError(String((res as { key?: unknown }).key ?? 'err_request_failed'));
  return res as T;
}

/** The teaching API for a tab over any request sender (the panel's native runtime, tests' fakes). */
export function teachApiFor(send: SendRequest, tabId: number): TeachApi {
  return {
    pick: () => call(send, 'teach.pick', { tabId }),
    cancel: async () => {
      await call(send, 'teach.cancel', { tabId });
    },
    save: (picked, key) => call(send, 'teach.save', { tabId, formSignature: picked.formSignature, role: picked.role, control: picked.control, key }),
    changes: () => call(send, 'teach.changes', { tabId }),
    acceptCorrection: (report, { row, learnKey }) =>
      call(send, 'teach.save', {
        tabId,
        formSignature: report.formSignature,
        role: report.role,
        control: { selector: row.selector, altSelectors: [], label: row.label.slice(0, 200), framePath: row.framePath },
        key: learnKey,
      }),
  };
}
