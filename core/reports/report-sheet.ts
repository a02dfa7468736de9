import type { CadreTotalRow } from './cadre-totals';
import type { SpendingRow } from './spending';
import type { YearReport } from './year-report';

/**
 * The year report as workbook sheets with Chinese headers (what is printed for the audit).
 * Amounts are yuan numbers with two decimals, so the spreadsheet can add them up again.
 */

export type ReportCell = string | number;

export interface ReportSheet {
  name: string;
  rows: ReportCell[][];
}

const yuan = (fen: number) => Math.round(fen) / 100;

const SPENDING_HEADER = ['次数', '慰问金（元）', '慰问品（元）', '合计（元）'];

function spendingSheet(name: string, keyHeader: string, rows: readonly SpendingRow[], label: (key: string) => string, total: SpendingRow): ReportSheet {
  return {
    name,
    rows: [
      [keyHeader, ...SPENDING_HEADER],
      ...rows.map((r) => [label(r.key), r.count, yuan(r.amountFen), yuan(r.goodsFen), yuan(r.totalFen)]),
      ['合计', total.count, yuan(total.amountFen), yuan(total.goodsFen), yuan(total.totalFen)],
    ],
  };
}

function cadreRow(r: CadreTotalRow): ReportCell[] {
  return [r.name, r.category ?? '', r.originalUnit ?? '', r.count, yuan(r.totalFen), r.capFen === undefined ? '' : yuan(r.capFen), r.ratio === undefined || !Number.isFinite(r.ratio) ? '' : `${Math.round(r.ratio * 100)}%`, r.over ? '超标' : ''];
}

/** `2026年慰问经费报表.xlsx` */
export function reportFileName(year: number): string {
  return `${year}年慰问经费报表.xlsx`;
}

/** The sheets of a year report, in the order of the page. */
export function reportSheets(report: YearReport): ReportSheet[] {
  const blank = (key: string) => key || '（未填写）';
  return [
    spendingSheet('按月', '月份', report.byMonth, (k) => `${Number(k)}月`, report.total),
    spendingSheet('按慰问类型', '慰问类型', report.byType, blank, report.total),
    spendingSheet('按经费来源', '经费来源', report.bySource, blank, report.total),
    spendingSheet('按人员类别', '人员类别', report.byCategory, blank, report.total),
    { name: '个人年度合计', rows: [['姓名', '类别', '原单位', '次数', '合计（元）', '年度上限（元）', '已用比例', '是否超标'], ...report.cadres.map(cadreRow)] },
    {
      name: '待报销',
      rows: [['日期', '姓名', '慰问类型', '节日', '金额（元）'], ...report.pendingClaims.map((p) => [p.date, p.name, p.visitType, p.festival ?? '', yuan(p.totalFen)]), ['合计', '', '', '', yuan(report.pendingTotalFen)]],
    },
    { name: '超标准办理', rows: [['日期', '姓名', '规则', '理由'], ...report.overrides.map((o) => [o.date, o.name, o.rules, o.reason])] },
  ];
}
