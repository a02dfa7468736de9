import type { z } from 'zod';

/**
 * A validation problem for the person: which field, and an i18n key (public/_locales) with its
 * substitutions. Schemas use i18n keys as messages, so core never hard-codes UI language.
 */
export interface FieldProblem {
  path: string;
  key: string;
  /** substitutions for the message ($1, $2 ...) */
  subs?: string[];
}

const ZOD_CODE_TO_KEY: Record<string, string> = {
  invalid_type: 'err_required',
  too_big: 'err_too_long',
  too_small: 'err_required',
  invalid_value: 'err_choose_one',
  unrecognized_keys: 'err_unknown_field',
  invalid_format: 'err_format',
};

/** Flattens a zod error into one problem per field, with keys the UI can translate. */
export function toFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const key = issue.message.startsWith('err_') ? issue.message : (ZOD_CODE_TO_KEY[issue.code] ?? 'err_format');
    return { path: issue.path.map(String).join('.'), key };
  });
}
