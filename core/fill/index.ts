/** The autofill decision core: what each field of an OA form means, and what to write in it. */
export * from './types';
export * from './schema';
export { normalizeLabel, labelKey, foldWidth } from './normalize';
export { LEXICON } from './lexicon';
export { assignByLexicon, detectRole, scoreSnapshot, isExcluded } from './match';
export { assignFields, type AssignFieldsOptions, type AssignFieldsResult } from './assign';
export { chooseOption, chooseOptions } from './options';
export { detectDateFormat, formatDate } from './dates';
export { formSignature, primaryLabel, applySiteMap, siteMapFieldsFrom, type SiteMapField } from './signature';
export { buildFillPlan, parseAmount, type PlanInput } from './plan';
