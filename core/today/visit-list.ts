import { formatChineseDate } from '../model/validators/dates';
import { fullYearsOn } from './dates';
import type { Campaign, TodayCadre } from './types';

/**
 * 走访名单: the campaign's eligible cadres as a sheet to print and carry — a title row, Chinese
 * headers, one row per cadre (those left first), and empty columns to sign and note on paper.
 */

export const VISIT_LIST_HEADER = [
  '序号',
  '姓名',
  '性别',
  '年龄',
  '类别',
  '职级',
  '原工作单位',
  '联系电话',
  '家庭住址',
  '慰问类型',
  '标准（元）',
  '走访情况',
  '走访日期',
  '签收',
  '备注',
] as const;

export type VisitListCell = string | number;

export interface VisitListSheet {
  fileName: string;
  /** e.g. 2027年春节走访慰问名单 */
  title: string;
  /** the window, for the line under the title */
  subtitle: string;
  header: readonly string[];
  rows: VisitListCell[][];
}

/** The sheet of a campaign as `computeToday` gives it (every entry); ages are on the festival day. */
export function visitListSheet(campaign: Campaign<TodayCadre>): VisitListSheet {
  const year = campaign.day.slice(0, 4);
  const title = `${year}年${campaign.festival}走访慰问名单`;
  const rows = campaign.entries.map((e, i): VisitListCell[] => [
    i + 1,
    e.cadre.name,
    e.cadre.gender ?? '',
    e.cadre.birthDate ? fullYearsOn(e.cadre.birthDate, campaign.day) : '',
    e.cadre.category,
    e.cadre.rank ?? '',
    e.cadre.originalUnit ?? '',
    e.cadre.phones?.[0] ?? '',
    e.cadre.address ?? '',
    e.visitType,
    e.amount ?? '',
    e.visitedOn ? '已走访' : '未走访',
    e.visitedOn ?? '',
    '',
    '',
  ]);
  return {
    fileName: `${title}.xlsx`,
    title,
    subtitle: `${campaign.festival}：${formatChineseDate(campaign.day)}；走访时间 ${formatChineseDate(campaign.from)} 至 ${formatChineseDate(campaign.to)}；应走访 ${campaign.eligible} 人，已走访 ${campaign.visited} 人，未走访 ${campaign.left} 人`,
    header: VISIT_LIST_HEADER,
    rows,
  };
}
