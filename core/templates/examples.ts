import type { TemplateInput } from '../model/template';
import { FESTIVALS } from '../model/vocab';

/**
 * Starter templates, one per visit type and one per festival, for a new installation to copy and
 * adapt. Amounts are left out so they default from the standards in force. Append only: storage
 * gives each its id by position.
 */
export function exampleTemplates(): TemplateInput[] {
  const festival = FESTIVALS.map(
    (f): TemplateInput => ({
      name: `${f}慰问`,
      visitType: '节日慰问',
      festival: f,
      form: '慰问品',
      goods: '节日慰问品',
      fundingSource: '离退休干部经费',
      values: { 'visit.reason': `${f}前夕，走访慰问{{原单位}}离退休干部{{姓名}}同志，送上节日慰问品，祝{{称谓}}节日快乐、身体健康。` },
      isDefault: true,
    }),
  );
  return [
    ...festival,
    {
      name: '住院看望',
      visitType: '住院看望',
      tier: '一般',
      form: '慰问品',
      goods: '营养品、水果',
      fundingSource: '离退休干部经费',
      values: { 'visit.reason': '{{姓名}}同志于{{入院日期}}在{{医院}}住院治疗，前往医院看望慰问，祝{{称谓}}早日康复。' },
      isDefault: true,
    },
    {
      name: '寿辰祝贺',
      visitType: '生日寿辰',
      form: '慰问品',
      goods: '生日蛋糕、鲜花',
      fundingSource: '离退休干部经费',
      values: { 'visit.reason': '{{姓名}}同志{{年龄}}岁寿辰，登门祝寿，祝{{称谓}}福如东海、寿比南山。' },
      isDefault: true,
    },
    {
      name: '去世吊唁',
      visitType: '去世吊唁',
      tier: '本人',
      form: '慰问金',
      fundingSource: '离退休干部经费',
      values: { 'visit.reason': '{{原单位}}{{原职务}}{{姓名}}同志于{{去世日期}}逝世，前往吊唁并慰问家属。' },
      isDefault: true,
    },
    {
      name: '困难帮扶',
      visitType: '困难帮扶',
      form: '慰问金',
      fundingSource: '离退休干部经费',
      values: { 'visit.reason': '{{姓名}}同志家庭生活困难，经研究给予帮扶慰问。' },
      isDefault: true,
    },
    {
      name: '遗属春节慰问',
      visitType: '遗属慰问',
      festival: '春节',
      form: '慰问品',
      goods: '节日慰问品',
      fundingSource: '离退休干部经费',
      values: { 'visit.reason': '春节前夕，走访慰问老干部遗属{{姓名}}同志，送上节日问候。' },
      isDefault: true,
    },
    {
      name: '其他慰问',
      visitType: '其他',
      fundingSource: '离退休干部经费',
      values: { 'visit.reason': '走访慰问{{姓名}}同志。' },
      isDefault: true,
    },
  ];
}
