import { fillValues } from '../../../../entrypoints/background/fill/values';
import { cadre as cadreSchema } from '../../../../core/model/cadre';
import { freshMeta } from '../../../../core/model/record';
import { template as templateSchema } from '../../../../core/model/template';
import { todayInShanghai } from '../../../../core/model/validators/dates';
import { FILL_CADRE, FILL_TEMPLATE } from '../../../fixtures/oa/fill-data';

/** The values the background sends a fill for the fixtures' synthetic cadre and template (the goldens' values). */
export function fixtureFillValues(): Record<string, string> {
  return fillValues({
    cadre: cadreSchema.parse({ ...FILL_CADRE, ...freshMeta(1) }),
    template: templateSchema.parse({ ...FILL_TEMPLATE, ...freshMeta(1) }),
    settings: {},
    standards: [],
    today: todayInShanghai(),
    role: 'visit',
  }).values;
}
