import type { Cadre } from '../model/cadre';
import type { StandardRules } from '../model/standard';
import type { templateFields } from '../model/template';
import type { Festival, VisitType } from '../model/vocab';
import type { IsoDate } from '../model/validators/dates';
import type { z } from 'zod';

/** What a template reads of a cadre: a stored cadre, or a partial one for a preview. */
export type RenderCadre = Partial<
  Pick<
    Cadre,
    | 'name'
    | 'gender'
    | 'idNumber'
    | 'birthDate'
    | 'lunarBirthday'
    | 'ethnicity'
    | 'originalUnit'
    | 'originalPosition'
    | 'rank'
    | 'rankDetail'
    | 'category'
    | 'retirementDate'
    | 'phones'
    | 'address'
    | 'politicalStatus'
  >
>;

/** The occasion of the visit, beyond what the template fixes. */
export interface Occasion {
  /** overrides the template's */
  visitType?: VisitType;
  festival?: Festival;
  /** 住院 tier, 去世 case or milestone age */
  tier?: string;
  /** the visit date; default today */
  date?: IsoDate;
  hospital?: string;
  admissionDate?: IsoDate;
  deathDate?: IsoDate;
}

export interface RenderContext {
  cadre?: RenderCadre;
  occasion?: Occasion;
  /** 经办人 (the settings' handler name) */
  handler?: string;
  /** 申请部门 */
  department?: string;
  /** today in Asia/Shanghai */
  today: IsoDate;
  /** the standard in force on the visit date: default amounts, 周岁/虚岁 */
  standard?: StandardRules;
}

/** A template as the renderer needs it: the stored one, or a draft being edited. */
export type RenderableTemplate = Pick<z.output<typeof templateFields>, 'visitType'> &
  Partial<Omit<z.output<typeof templateFields>, 'visitType'>>;
