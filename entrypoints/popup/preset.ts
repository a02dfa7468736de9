import { toSummary } from '../../core/ledger/summary';
import { request } from '../../messaging/client';
import type { FillPreset } from '../../page/panel/FillFlow';

/**
 * A visit started from the home screen opens `popup.html?tab=<OA tab>&cadre=<id>&template=<id>`:
 * the cadre is chosen and its template preselected. Undefined without `cadre` or when the cadre
 * is gone.
 */
export async function presetFromUrl(search: string = location.search): Promise<FillPreset | undefined> {
  const params = new URLSearchParams(search);
  const cadreId = params.get('cadre');
  if (!cadreId) return undefined;
  const { cadre } = await request('cadre.get', { id: cadreId });
  if (!cadre) return undefined;
  return { cadre: toSummary(cadre), templateId: params.get('template') ?? undefined };
}
