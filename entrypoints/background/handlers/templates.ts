import { FESTIVALS, VISIT_TYPES } from '../../../core/model/vocab';
import type { Template } from '../../../core/model/template';
import { ensureSeeded } from '../../../storage/standards-store';
import type { Handler } from './context';

/** A festival's place in the year's order (春节 first); none last. */
const festivalOrder = (t: Template) => (t.festival === undefined ? FESTIVALS.length : FESTIVALS.indexOf(t.festival));

/** Templates by visit type and festival (in the vocabulary's order), then by name. */
function byTypeThenName(a: Template, b: Template): number {
  return VISIT_TYPES.indexOf(a.visitType) - VISIT_TYPES.indexOf(b.visitType) || festivalOrder(a) - festivalOrder(b) || a.name.localeCompare(b.name, 'zh-CN');
}

/** `template.list`: every live template (the starter ones on a new installation). */
export const listTemplates: Handler<'template.list'> = async (_payload, { repos }) => {
  await ensureSeeded(repos.db);
  return { templates: (await repos.templates.list()).sort(byTypeThenName) };
};

/** `template.save`: create, or update with the `updatedAt` the editor loaded. */
export const saveTemplate: Handler<'template.save'> = async ({ id, expectedUpdatedAt, input }, { repos }) => {
  await ensureSeeded(repos.db);
  return repos.templates.save(input, id === undefined ? undefined : { id, expectedUpdatedAt: expectedUpdatedAt ?? -1 });
};

/** `template.delete`: a tombstone. */
export const deleteTemplate: Handler<'template.delete'> = async ({ id }, { repos }) => ({ deleted: await repos.templates.delete(id) });
