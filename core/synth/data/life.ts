/** Everyday details of the ledger: hobbies, needs, difficulties and follow-up notes. */

import type { FollowUpMethod } from '../../model';

export const HOBBIES: readonly string[] = [
  '书法', '绘画', '太极拳', '钓鱼', '门球', '乒乓球', '象棋', '围棋', '摄影', '京剧', '合唱',
  '养花', '散步', '诗词', '集邮', '收藏', '旅游', '读书看报', '二胡', '园艺', '八段锦', '桥牌',
];

export const SPECIALTIES: readonly string[] = [
  '书法', '国画', '诗词创作', '摄影', '二胡演奏', '太极拳', '篆刻', '剪纸', '写回忆录', '英语',
  '中医养生', '财会', '法律咨询', '党史宣讲', '手风琴',
];

export const STUDY_ACTIVITIES: readonly string[] = [
  '每月按时参加支部集中学习',
  '因身体原因，支部送学上门',
  '参加老年大学书法班',
  '参加"银龄"志愿服务，担任社区宣讲员',
  '通过微信群参加线上学习',
  '偶尔参加支部活动',
];

/** Needs by category, as the office records them. */
export const NEEDS = {
  医疗: ['希望协助联系专家门诊', '希望协调住院床位', '希望定期安排上门体检'],
  生活照料: ['希望联系居家养老服务', '需要协助申请护理补贴', '希望推荐可靠的保姆'],
  住房: ['所住老旧小区希望加装电梯', '住房漏水需协调维修'],
  经济: ['医疗费用负担较重，希望了解帮扶政策', '希望协助办理医疗费用报销'],
  精神慰藉: ['子女在外地，希望多上门看望', '老伴去世后情绪低落，希望多联系'],
  学习活动: ['希望送学上门', '希望参加老年大学课程'],
  其他: ['希望协助办理证件', '希望帮忙学习使用智能手机'],
} as const;

/** Hardship descriptions by 困难类型. */
export const DIFFICULTY_TEXTS = {
  特困: '家庭收入低，子女无固定工作，生活困难',
  重病: '本人患重大疾病，自付医疗费用较高',
  低保: '家庭享受城市最低生活保障',
  独居: '独居，子女不在身边，日常生活需要照应',
  失能: '生活不能自理，长期需要护理',
  其他: '家庭遭遇变故，生活暂时困难',
} as const;

/** What a contact found and what was done, by the situation it concerns. */
export const FOLLOW_UP_NOTES: readonly (readonly [found: string, action: string])[] = [
  ['身体状况稳定，精神较好', '继续保持定期电话联系'],
  ['反映血压控制不稳定，近期头晕', '协调省直机关医院上门体检'],
  ['老伴住院，家中无人照料', '联系社区居家养老服务上门'],
  ['反映所住小区无电梯，上下楼困难', '向机关事务管理局反映加装电梯需求'],
  ['希望送学上门，了解最新政策', '安排支部书记每月送学上门'],
  ['医疗费用报销材料不全', '指导补齐材料并代为递交'],
  ['子女在外地，老人情绪低落', '安排志愿者每周电话问候'],
  ['出院回家休养，恢复情况良好', '两周后再次电话回访'],
  ['智能手机不会使用健康码和挂号', '安排工作人员上门教学'],
  ['反映取暖设备老旧', '协调后勤服务中心检修'],
];

/** How contacts happen, weighted towards the telephone. */
export const FOLLOW_UP_METHOD_WEIGHTS: readonly (readonly [FollowUpMethod, number])[] = [
  ['电话联系', 45],
  ['上门走访', 30],
  ['当面交流', 12],
  ['微信', 10],
  ['其他', 3],
];

/** Relations of emergency contacts to the cadre, with the name rule for each. */
export const EMERGENCY_RELATIONS: readonly (readonly [relation: string, sameSurname: boolean])[] = [
  ['儿子', true],
  ['女儿', true],
  ['儿媳', false],
  ['女婿', false],
  ['侄子', true],
  ['保姆', false],
];

/** Goods of condolence visits (慰问品). */
export const VISIT_GOODS: readonly (readonly [goods: string, value: number])[] = [
  ['米、油', 200],
  ['牛奶、水果', 200],
  ['鲜花、水果', 300],
  ['营养品', 500],
  ['生日蛋糕、鲜花', 300],
];

export const FUNDING_SOURCES: readonly (readonly [string, number])[] = [
  ['离退休干部经费', 80],
  ['工会经费', 12],
  ['党费', 8],
];

export const TAG_HIGH_AGE = '高龄';
export const TAG_CENTENARIAN = '百岁老人';
export const TAG_KEY_CARE = '重点关注';
export const TAG_EMPTY_NEST = '空巢';
