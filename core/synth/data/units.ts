/** Former units, internal divisions, positions and grades of provincial-agency cadres. */

import type { Rank } from '../../model';

/** 省直 agencies (省财政厅, 省教育厅 ...). */
export const AGENCIES: readonly string[] = [
  '省委办公厅', '省政府办公厅', '省发展和改革委员会', '省教育厅', '省科学技术厅', '省经济和信息化厅',
  '省民政厅', '省司法厅', '省财政厅', '省人力资源和社会保障厅', '省自然资源厅', '省生态环境厅',
  '省住房和城乡建设厅', '省交通运输厅', '省水利厅', '省农业农村厅', '省商务厅', '省文化和旅游厅',
  '省卫生健康委员会', '省审计厅', '省统计局', '省林业局', '省粮食局', '省机关事务管理局', '省档案馆',
];

/** Internal divisions (处室) of an agency. */
export const DIVISIONS: readonly string[] = [
  '办公室', '人事处', '综合处', '政策法规处', '计划财务处', '机关党委', '规划处', '监督检查处',
  '信息中心', '离退休干部处', '宣传处', '科技处', '行政审批处', '后勤服务中心',
];

/** The top-level bodies whose leaders hold 省部级 rank. */
export const PROVINCIAL_BODIES: readonly (readonly [unit: string, position: string])[] = [
  ['省人民政府', '副省长'],
  ['省人大常委会', '副主任'],
  ['省政协', '副主席'],
];

/** Finer grades the office writes in `rankDetail`, by rank. */
export const RANK_DETAILS: Record<Rank, readonly string[]> = {
  省部级: ['正省部级', '副省部级'],
  厅局级: ['正厅级', '副厅级', '一级巡视员', '二级巡视员'],
  县处级: ['正处级', '副处级', '一级调研员', '二级调研员', '三级调研员', '四级调研员'],
  乡科级及以下: ['正科级', '副科级', '一级主任科员', '二级主任科员', '四级主任科员', '一级科员', '工勤技能岗'],
};

/** Positions held inside an agency, by rank; a `{d}` is replaced with a division. */
export const POSITIONS: Record<Exclude<Rank, '省部级'>, readonly string[]> = {
  厅局级: ['厅长', '副厅长', '党组书记', '党组成员', '巡视员', '副巡视员', '纪检组长'],
  县处级: ['{d}处长', '{d}副处长', '{d}主任', '{d}副主任', '调研员', '副调研员'],
  乡科级及以下: ['{d}主任科员', '{d}副主任科员', '{d}科员', '{d}科长', '{d}职工'],
};

/** 享受待遇级别 as written for 离休 cadres and senior retirees. */
export const TREATMENT_LEVELS: Record<Rank, string> = {
  省部级: '享受副省级医疗待遇',
  厅局级: '享受厅级待遇',
  县处级: '享受处级待遇',
  乡科级及以下: '享受科级待遇',
};

/** Party branches of retired cadres and senior universities. */
export const PARTY_BRANCHES: readonly string[] = [
  '离退休干部第一党支部', '离退休干部第二党支部', '离退休干部第三党支部', '离退休干部第四党支部',
  '离退休干部第五党支部', '离休干部党支部', '社区流动党员党支部',
];

export const SENIOR_UNIVERSITIES: readonly string[] = ['省老年大学', '省直机关老年大学', '社区老年学校', '市老年大学'];

export const ETHNICITIES: readonly (readonly [string, number])[] = [
  ['汉族', 950], ['土家族', 18], ['回族', 10], ['苗族', 8], ['满族', 6], ['蒙古族', 4], ['壮族', 4],
];
