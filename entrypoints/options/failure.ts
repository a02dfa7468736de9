import { RequestError } from '../../messaging/client';

/** The i18n key that explains a failed request to the person. */
export function failureKey(e: unknown): string {
  return e instanceof RequestError ? e.response.key : 'err_request_failed';
}
