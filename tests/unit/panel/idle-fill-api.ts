import type { FillApi } from '../../../page/panel/fill-api';

/** A fill API that finds nothing and fills nothing: for panel tests about anything but the fill. */
export const idleFillApi: FillApi = {
  searchCadres: async () => ({ items: [], total: 0 }),
  templates: async () => ({ templates: [] }),
  fill: async () => ({ ok: false, key: 'fill_err_no_fields' }),
  undo: async () => ({ restored: 0, frames: 0 }),
  prepare: async () => ({ frames: 0, fields: 0 }),
};
