import { listAdapterOrigins, setAdapterOrigin } from '../fill/adapter-origins';
import type { Handler } from './context';

/** `oa.adapter.origins`: the OA origins with the page-world adapter turned on. */
export const listPageAdapterOrigins: Handler<'oa.adapter.origins'> = async (_p, { repos }) => ({ origins: await listAdapterOrigins(repos.settings) });

/** `oa.adapter.set`: turns the page-world adapter on or off for one OA origin. */
export const setPageAdapterOrigin: Handler<'oa.adapter.set'> = async ({ origin, enabled }, { repos }) => setAdapterOrigin(repos.settings, origin, enabled);
