/**
 * The office's controlled vocabularies. Chinese values are stored as-is: they are what the OA
 * forms and the ledgers show, and what the standards refer to.
 */

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

/** 离退休类别 */
export const CATEGORIES = ['离休', '退休', '遗属'] as const;
export type Category = (typeof CATEGORIES)[number];

/** 职级, from highest; offices may record finer grades as free text in `rankDetail`. */
export const RANKS = ['省部级', '厅局级', '县处级', '乡科级及以下'] as const;
export type Rank = (typeof RANKS)[number];

export const POLITICAL_STATUSES = ['中共党员', '民主党派', '无党派人士', '群众'] as const;

/** 健康状况 code, following the retiree information forms. */
export const HEALTH_STATUSES = ['健康', '一般', '长年有病', '生活不能自理'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/** 困难类型 */
export const DIFFICULTY_TYPES = ['特困', '重病', '低保', '独居', '失能', '其他'] as const;

/** 当前需求类别 */
export const NEED_CATEGORIES = ['医疗', '生活照料', '住房', '经济', '精神慰藉', '学习活动', '其他'] as const;

export const SPOUSE_STATUSES = ['健在', '已故', '离异', '无'] as const;

/** 一跟进: how the contact happened. */
export const FOLLOW_UP_METHODS = ['上门走访', '当面交流', '电话联系', '微信', '其他'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

/** 慰问类型 */
export const VISIT_TYPES = [
  '节日慰问',
  '住院看望',
  '生日寿辰',
  '去世吊唁',
  '困难帮扶',
  '遗属慰问',
  '其他',
] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export const FESTIVALS = ['春节', '元旦', '清明', '端午', '七一', '中秋', '国庆', '重阳'] as const;
export type Festival = (typeof FESTIVALS)[number];

/** 慰问形式 */
export const SUPPORT_FORMS = ['慰问金', '慰问品', '慰问金和慰问品'] as const;
export type SupportForm = (typeof SUPPORT_FORMS)[number];

/** 住院 tiers and 去世 cases used by the standards. */
export const HOSPITAL_TIERS = ['一般', '手术', '重大疾病'] as const;
export const BEREAVEMENT_CASES = ['本人', '直系亲属'] as const;

/** Visit types a festival narrows (a 春节 visit, a 遗属 春节 visit). */
export const FESTIVAL_VISIT_TYPES: readonly VisitType[] = ['节日慰问', '遗属慰问'];

/** The tiers a visit of a type may name: 住院 tiers, 去世 cases, the milestone ages. */
export function tierOptions(type: VisitType, milestones: readonly number[]): string[] {
  if (type === '住院看望') return [...HOSPITAL_TIERS];
  if (type === '去世吊唁') return [...BEREAVEMENT_CASES];
  if (type === '生日寿辰') return milestones.filter((m) => Number.isFinite(m)).map(String);
  return [];
}

/**
 * A visit's occasion after its type changed: the festival and tier are kept only where the new
 * type still has them.
 */
export function retypeOccasion(
  occasion: { festival?: Festival; tier?: string },
  visitType: VisitType,
  milestones: readonly number[],
): { visitType: VisitType; festival: Festival | undefined; tier: string | undefined } {
  return {
    visitType,
    festival: FESTIVAL_VISIT_TYPES.includes(visitType) ? occasion.festival : undefined,
    tier: occasion.tier !== undefined && tierOptions(visitType, milestones).includes(occasion.tier) ? occasion.tier : undefined,
  };
}
