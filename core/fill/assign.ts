import { assignByLexicon, detectRole } from './match';
import { applySiteMap, type SiteMapField } from './signature';
import type { FieldAssignment, FieldSnapshot, FormRole } from './types';

export interface AssignFieldsOptions {
  /** the remembered map for this origin and form signature, if any */
  siteMapFields?: readonly SiteMapField[];
  role?: FormRole;
  /** headings and title of the page, to tell a 慰问 form from a 报销 form */
  headings?: readonly string[];
}

export interface AssignFieldsResult {
  role: FormRole;
  assignments: FieldAssignment[];
  ignored: number[];
  /** remembered entries whose control is gone */
  missing: SiteMapField[];
}

/**
 * Decides what every field of a form means: the remembered site map first, the lexicon for the
 * fields and keys it leaves.
 */
export function assignFields(snapshots: readonly FieldSnapshot[], opts: AssignFieldsOptions = {}): AssignFieldsResult {
  const role = opts.role ?? detectRole(snapshots, opts.headings);
  const remembered = applySiteMap(snapshots, opts.siteMapFields ?? []);
  const assignments = assignByLexicon(snapshots, { role, fixed: remembered.assignments, ignored: remembered.ignored });
  return { role, assignments, ignored: [...remembered.ignored].sort((a, b) => a - b), missing: remembered.missing };
}
