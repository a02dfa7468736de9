import type { FieldKey } from '../model/field-keys';
import type { FormRole } from './types';

/**
 * The Chinese OA lexicon: which labels, names and ids mean which logical field key. Data in the
 * spirit of Chromium's regex patterns (positive patterns with scores, negative patterns), written
 * for the 慰问审批单 and the 费用报销单 of a retired-cadres office.
 *
 * Label patterns run on labels normalised by core/fill/normalize (lower case, no spaces between
 * Chinese characters, no asterisks, colons, notes or units). Attribute patterns run on each token
 * of a name or id (see `identifierTokens`) and on the whole identifier in lower case.
 *
 * Amount-in-words keys (*Upper) have no label patterns of their own: a label with 大写 is matched
 * without it and the money key found is turned into its twin (UPPER_TWIN), so 慰问金额（大写）
 * means visit.amountUpper and the plain 慰问金额 field can never take it.
 *
 * Scores: 1.0 the label says exactly this; 0.9 a common synonym; 0.8 a label that needs the form
 * to be sure (then `role` says which form); 0.6-0.7 weak hints. A `role` pattern only counts on a
 * form of that role, so 金额 is 慰问金额 on a 慰问审批单 and 报销金额 on a 报销单.
 */

export interface Pattern {
  re: RegExp;
  score: number;
  role?: FormRole;
}

export interface LexiconEntry {
  key: FieldKey;
  labels: Pattern[];
  attrs?: Pattern[];
  /** a label matching this never means the key, whatever the positive patterns say */
  negative?: RegExp;
  /** a column of a detail table (明细): assigned once per row */
  row?: boolean;
}

const p = (re: RegExp, score: number, role?: FormRole): Pattern => (role ? { re, score, role } : { re, score });

/** Who the cadre is called on the forms, as a label prefix: 慰问对象性别, 离退休干部联系电话. */
const CADRE_PREFIX = '(?:慰问对象|走访对象|看望对象|被慰问人|受慰问人|离退休干部|离休干部|退休干部|老干部|老同志|对象|本人)';
const cadre = (what: RegExp): RegExp => new RegExp(`^${CADRE_PREFIX}${what.source}`);

/** People on the form other than the cadre: their names, phones and ids are not the cadre's. */
const OTHER_PEOPLE =
  /报销|经办|经手|领取|领款|签领|签收|收款|受款|代领|联系人|紧急|配偶|家属|子女|亲属|遗属|审批|审核|复核|申请人|申报人|填报|填表|制表|负责人|领导|主管|用户|登录|登陆|开户|户名|^慰问人|慰问人员|参加|陪同|曾用名|别名|英文|拼音|代理|监护|出纳|会计|办理|发起|录入|签字|签名|见证|推荐|介绍/;

/** Generic form-number labels; the role decides whose number it is. */
const FORM_NUMBER = /^(?:单据|表单|流程|申请单?|文件|业务)?(?:编号|单号|流水号|单据号)$/;
const NOT_A_FORM_NUMBER = /发票|身份|证件|账|项目|合同|关联|相关|对应|票据|车|房|电话|工号|档案/;

export const LEXICON: readonly LexiconEntry[] = [
  // ---- the cadre visited -------------------------------------------------------------------
  // Bare labels (姓名, 性别, 联系电话) are the cadre's on a 慰问审批单 but the claimant's on a
  // 报销单, so they count on visit forms only; with a cadre prefix (慰问对象姓名) they count anywhere.
  {
    key: 'cadre.name',
    labels: [
      p(/^(?:姓名|名字|姓名全称|本人姓名)$/, 1, 'visit'),
      p(/^(?:(?:慰问|走访|看望|探望|受慰问|被慰问|帮扶|救助|补助)?对象|被慰问人|受慰问人|被看望人)(?:姓名)?$/, 1),
      p(/^(?:离退休|离休|退休|退职)?(?:干部|老干部|人员|职工|老同志|教职工|同志)(?:姓名)?$/, 0.95, 'visit'),
      p(/^(?:离退休|离休|退休|退职)(?:干部|老干部|人员|职工|老同志|教职工|同志)(?:姓名)?$/, 0.95),
      p(cadre(/姓名/), 0.95),
      p(/姓名$/, 0.8, 'visit'),
      p(/^(?:full ?name|name|real ?name)$/, 0.9, 'visit'),
    ],
    attrs: [p(/^(?:wwdx|wwdxxm|dxxm|ltgbxm|cadrename)$/, 1), p(/^(?:xm|xingming|name|fullname|realname)$/, 1, 'visit')],
    negative: OTHER_PEOPLE,
  },
  {
    key: 'cadre.gender',
    labels: [p(/^(?:性别|男女)$/, 1, 'visit'), p(cadre(/性别/), 0.95), p(/性别$/, 0.85, 'visit'), p(/^(?:sex|gender)$/, 0.9, 'visit')],
    attrs: [p(/^(?:xb|sex|gender|xingbie)$/, 1, 'visit')],
    negative: OTHER_PEOPLE,
  },
  {
    key: 'cadre.idNumber',
    labels: [
      p(/^(?:(?:居民|公民)?身份证(?:件)?(?:号码|号)?|公民身份(?:证)?号码|身份号码?|证件号码?|身份证件号码|身份证编号)$/, 1, 'visit'),
      p(cadre(/(?:身份证|身份号码|证件号)/), 0.95),
      p(/身份证|身份号码|证件号/, 0.8, 'visit'),
      p(/^(?:id ?(?:card|no|number)|identity ?(?:card|number))$/, 0.9, 'visit'),
    ],
    attrs: [p(/^(?:sfz|sfzh|sfzhm|sfzhao|idcard|idcardno|idno|idnumber|zjhm|certno|identitycard|identityno|cardid)$/, 1, 'visit')],
    negative: new RegExp(`${OTHER_PEOPLE.source}|类型|类别|种类|有效期|签发|发证|地址|照片|扫描|复印件|附件|正面|反面`),
  },
  {
    key: 'cadre.birthDate',
    labels: [
      p(/^(?:出生(?:日期|年月|年月日|时间|年份)?|生日|出生年月日)$/, 1, 'visit'),
      p(cadre(/出生/), 0.95),
      p(/出生(?:日期|年月)/, 0.85, 'visit'),
      p(/^(?:birth ?date|date of birth|birthday|dob)$/, 0.9, 'visit'),
    ],
    attrs: [p(/^(?:csrq|csny|birthday|birthdate|birth|dob|chushengriqi)$/, 1, 'visit')],
    negative: OTHER_PEOPLE,
  },
  {
    key: 'cadre.age',
    labels: [
      p(/^(?:年龄|现年龄|实际年龄|周岁|年龄周岁|虚岁|岁数|寿辰年龄|年纪)$/, 1, 'visit'),
      p(cadre(/年龄/), 0.95),
      p(/年龄$/, 0.8, 'visit'),
      p(/^age$/, 0.9, 'visit'),
    ],
    attrs: [p(/^(?:nl|age|nianling)$/, 1, 'visit')],
    negative: OTHER_PEOPLE,
  },
  {
    key: 'cadre.ethnicity',
    labels: [p(/^(?:民族|族别)$/, 1, 'visit'), p(cadre(/民族/), 0.95), p(/^(?:ethnicity|nation(?:ality)?)$/, 0.8, 'visit')],
    attrs: [p(/^(?:mz|nation|ethnic|ethnicity|minzu)$/, 1, 'visit')],
    negative: OTHER_PEOPLE,
  },
  {
    key: 'cadre.originalUnit',
    labels: [
      p(/^(?:原|离退休前|离休前|退休前|退前)(?:工作|所在|所属|任职)?(?:单位|处室|部门|机关|科室)(?:名称)?$/, 1),
      p(/^(?:原|离退休前|退休前)(?:工作|所在)?单位(?:及|和|\/)?(?:职务|部门|处室)/, 0.85),
      p(/^(?:工作|所在)?单位(?:及|和|\/)(?:职务|部门|处室)/, 0.85, 'visit'),
      p(cadre(/(?:工作|所在|所属)?单位/), 0.9),
      p(/^(?:工作|所在|所属|原属|原任职|任职)单位(?:名称)?$/, 0.9, 'visit'),
      p(/^(?:单位|单位名称|工作部门)$/, 0.7, 'visit'),
      p(/^(?:former ?unit|original ?unit)$/, 0.9),
      p(/^(?:work ?unit|employer)$/, 0.8, 'visit'),
    ],
    attrs: [
      p(/^(?:ydw|ygzdw|yszdw|yszdwmc|originalunit|origunit|formerunit)$/, 1),
      p(/^(?:gzdw|dw|szdw|dwmc|unit|workunit|company|org|organization)$/, 0.8, 'visit'),
    ],
    negative: /申请|报销|填报|经办|开户|收款|付款|用款|预算|审批|主管|发放|结算|报送|承办|主办|承担|地址|电话|邮编|性质|类型|代码/,
  },
  {
    key: 'cadre.originalPosition',
    labels: [
      p(/^(?:原|离退休前|离休前|退休前)(?:任|担任)?(?:职务|职位|行政职务|任职)(?:\/?职级)?$/, 1),
      p(cadre(/职务/), 0.9),
      p(/^(?:职务|担任职务|行政职务|职位|原职|职务\/?职级|职务职称)$/, 0.85, 'visit'),
      p(/^(?:former ?position|original ?position)$/, 0.9),
      p(/^(?:position|post|job title)$/, 0.8, 'visit'),
    ],
    attrs: [
      p(/^(?:yzw|yzhiwu|originalposition|formerposition)$/, 1),
      p(/^(?:zw|position|post|duty|jobtitle|zhiwu)$/, 0.8, 'visit'),
    ],
    negative: /报销人|经办|申请人|领取人|联系人|配偶|职称等级|职级待遇/,
  },
  {
    key: 'cadre.rank',
    labels: [
      p(/^(?:原职级|享受待遇|享受待遇级别|待遇级别|职级待遇|干部级别)$/, 1),
      p(cadre(/(?:职级|级别)/), 0.95),
      p(/^(?:职级|级别|职务级别|行政级别|现职级|职务层次|职级层次|职级类别)$/, 1, 'visit'),
      p(/^(?:rank|grade|level)$/, 0.8, 'visit'),
    ],
    attrs: [p(/^(?:yzj|dyjb)$/, 1), p(/^(?:zj|rank|zhiji|zwjb|xzjb|jb)$/, 1, 'visit')],
    negative: /病情|风险|密级|紧急|重要|会员|等级考试|报销人|申请人/,
  },
  {
    key: 'cadre.category',
    labels: [
      p(/^(?:离退休|离退|离休\/?退休)(?:干部|人员)?(?:类别|类型|性质|情况|状态|身份)$/, 1),
      p(/^(?:离休\/?退休|离退休)$/, 0.9),
      p(/^(?:人员类别|人员类型|人员身份|身份类别|干部类别|干部类型|人员性质|身份)$/, 0.85, 'visit'),
      p(/^(?:category|retiree type)$/, 0.8, 'visit'),
    ],
    attrs: [p(/^(?:ltxlb|ltxlx|category|ltx)$/, 1), p(/^(?:rylb|rylx)$/, 0.9, 'visit')],
    negative: /费用|报销|慰问|票据|发票|证件|时间|日期|年月|单位/,
  },
  {
    key: 'cadre.retirementDate',
    labels: [
      p(/^(?:离退休|离休|退休|退职)(?:时间|日期|年月|年份|年月日)$/, 1),
      p(/(?:离退休|离休|退休)(?:时间|日期|年月)/, 0.85),
      p(/^(?:retirement ?date|date of retirement)$/, 0.9),
    ],
    attrs: [p(/^(?:ltxsj|ltxrq|txsj|txrq|lxsj|lxrq|retiredate|retirementdate|retiretime)$/, 1)],
    negative: OTHER_PEOPLE,
  },
  {
    key: 'cadre.phone',
    labels: [
      p(
        /^(?:本人)?(?:联系电话|电话|手机|手机号|手机号码|联系方式|移动电话|电话号码|联系手机|家庭电话|住宅电话|宅电|固定电话|联系号码|联络电话)$/,
        1,
        'visit',
      ),
      p(cadre(/(?:电话|手机|联系方式)/), 0.95),
      p(/电话|手机|联系方式/, 0.8, 'visit'),
      p(/^(?:phone|mobile|tel|telephone|cell ?phone|mobile phone)$/, 0.9, 'visit'),
    ],
    attrs: [p(/^(?:lxdh|sjhm|shouji|dianhua|phone|mobile|tel|telephone|cellphone|lxfs|mobilephone|phonenumber)$/, 1, 'visit')],
    negative: new RegExp(`${OTHER_PEOPLE.source}|办公|单位电话|传真|医院`),
  },
  {
    key: 'cadre.address',
    labels: [
      p(/^(?:家庭|现|本人)?(?:住址|地址|居住地址?|家庭地址|通讯地址|联系地址|现居住地|居住地|住所|常住地址|现住址|现居住地址|家庭住址)$/, 1, 'visit'),
      p(cadre(/(?:住址|地址|居住地)/), 0.95),
      p(/住址|地址|居住地/, 0.8, 'visit'),
      p(/^(?:address|home address)$/, 0.9, 'visit'),
    ],
    attrs: [p(/^(?:jtzz|zz|dz|address|addr|jzdz|xzz|homeaddress|jtdz)$/, 1, 'visit')],
    negative: new RegExp(`${OTHER_PEOPLE.source}|单位地址|办公|邮箱|电子邮件|email|网址|ip|医院|发票|开户|籍贯`),
  },
  {
    // a place, not an address: 省/市/区, often a cascader (the writer chooses its path from the address)
    key: 'cadre.region',
    labels: [
      p(/^(?:(?:所在|居住|现居住?|家庭所在|现住)(?:地区|区域|省市区|省市县|区县)|所在地)$/, 1, 'visit'),
      p(/^(?:地区|区域|省市区|省市县|省市|区县|行政区划?)$/, 0.85, 'visit'),
      p(cadre(/(?:所在|居住)?(?:地区|区域|省市区|所在地)$/), 0.95),
      p(/^(?:region|area|district)$/, 0.8, 'visit'),
    ],
    attrs: [p(/^(?:region|area|district|szdq|ssdq|jzdq|ssqy|szqy|pca|ssq)$/, 0.9, 'visit')],
    negative: new RegExp(`${OTHER_PEOPLE.source}|单位|医院|发票|开户|籍贯|出生|户籍|户口|工作|办公|邮编`),
  },
  {
    key: 'cadre.politicalStatus',
    labels: [p(/^(?:政治面貌|政治面目|党派|政治身份|党派面貌)$/, 1, 'visit'), p(cadre(/政治面貌/), 0.95), p(/^political status$/, 0.9, 'visit')],
    attrs: [p(/^(?:zzmm|political|politicalstatus)$/, 1, 'visit')],
    negative: OTHER_PEOPLE,
  },

  // ---- the visit (慰问审批单) ---------------------------------------------------------------
  {
    key: 'visit.formNumber',
    labels: [
      p(/^(?:慰问|走访)(?:审批|申请)?单?(?:编号|单号|流水号|号)$/, 1, 'visit'),
      p(FORM_NUMBER, 0.85, 'visit'),
      p(/^(?:审批单?|审批表)(?:编号|号)$/, 0.85, 'visit'),
    ],
    attrs: [p(/^(?:djbh|lsh|bh|formno|billno|serialno|docno|requestno|requestmark)$/, 0.9, 'visit')],
    negative: NOT_A_FORM_NUMBER,
  },
  {
    key: 'visit.applyDate',
    labels: [
      p(/^(?:申请|填报|填表|申报|登记|制表|提交|发起|填单|呈报|报送|拟稿)(?:日期|时间)$/, 0.9, 'visit'),
      p(/^(?:日期|填写日期|年月日)$/, 0.6, 'visit'),
    ],
    attrs: [p(/^(?:sqrq|tbrq|sbrq|applydate|sqsj|tbsj)$/, 0.9, 'visit')],
  },
  {
    key: 'visit.department',
    labels: [
      p(/^(?:申请|申报|经办|填报|主办|承办|发起|报送|呈报)(?:部门|处室|科室|单位)$/, 0.95, 'visit'),
      p(/^(?:部门|处室|科室|所在部门|所属部门|部门名称)$/, 0.8, 'visit'),
    ],
    attrs: [p(/^(?:sqbm|sqdw|jbbm|bm|dept|department|bmmc|ks)$/, 0.8, 'visit')],
  },
  {
    key: 'visit.handler',
    labels: [
      p(/^(?:经办人?|经手人|承办人|填报人|填表人|制表人|办理人|录入人|经办人员|填写人)(?:姓名)?$/, 1),
      p(/^(?:申请人|发起人|申报人|创建人)(?:姓名)?$/, 0.9, 'visit'),
      p(/^(?:handler|handled by|operator)$/, 0.9),
    ],
    attrs: [p(/^(?:jbr|handler|operator|jingbanren|tbr|jsr)$/, 1), p(/^(?:sqr|applicant|creator)$/, 0.8, 'visit')],
  },
  {
    key: 'visit.type',
    labels: [
      p(/^(?:慰问|走访|看望|探望)(?:类型|类别|种类|事项类型|事项|原因类型|性质)$/, 1),
      p(/^(?:类型|类别|事项类型|申请类型)$/, 0.6, 'visit'),
      p(/^(?:visit type|type of visit)$/, 0.9),
    ],
    attrs: [p(/^(?:wwlx|wwlb|visittype|zflx)$/, 1)],
    negative: /费用|报销|票据|发票|证件|人员|离退休|病情|单据/,
  },
  {
    key: 'visit.festival',
    labels: [p(/^(?:节日|节日名称|慰问节日|节假日|节庆|节日类型|传统节日|所属节日)$/, 1), p(/^festival$/, 0.9)],
    attrs: [p(/^(?:jr|jrmc|festival|holiday)$/, 1)],
  },
  {
    key: 'visit.date',
    labels: [
      p(/^(?:拟|计划|实际)?(?:慰问|走访|看望|探望|慰问走访|走访慰问|吊唁)(?:日期|时间)$/, 1),
      p(/^(?:visit ?date|date of visit)$/, 0.9),
    ],
    attrs: [p(/^(?:wwrq|wwsj|zfrq|visitdate)$/, 1)],
  },
  {
    key: 'visit.reason',
    labels: [
      p(/^(?:慰问|走访|看望|探望|帮扶|补助)(?:事由|理由|原因|说明|内容|情况|事项|缘由|情况说明|原因说明)$/, 1),
      p(/^(?:慰问|走访|看望|探望)(?:事由|理由|原因|缘由)/, 0.9),
      p(/^(?:事由|申请事由|申请理由|理由|原因|情况说明|具体事由|申请原因|申请说明|说明|基本情况|主要事由|事项说明)$/, 0.8, 'visit'),
      p(/^(?:reason|purpose)$/, 0.7, 'visit'),
    ],
    attrs: [p(/^(?:wwsy|wwyy|wwsm)$/, 1), p(/^(?:sy|reason|sqsy|sqly|explain|sm)$/, 0.8, 'visit')],
    negative: /附件|备注|标题/,
  },
  {
    key: 'visit.form',
    labels: [
      p(/^(?:慰问|发放|帮扶)(?:形式|方式)$/, 1),
      p(/^(?:慰问金品|金品形式|形式)$/, 0.7, 'visit'),
      p(/^(?:form of support)$/, 0.9),
    ],
    attrs: [p(/^(?:wwxs|wwfs)$/, 1)],
  },
  {
    key: 'visit.amount',
    labels: [
      p(/^(?:本次|拟|实际|申请|实发|发放)?慰问(?:金|金额|费|费用|费用金额|款|款金额|金数额|金额数)$/, 1),
      p(/^(?:慰问金|慰问|补助|帮扶|救助|困难补助|生活补助)(?:发放|实发|申请|拟发放)?(?:金额|数额)$/, 0.95),
      p(/^(?:实发金额|发放金额|拟发放金额|申请金额|补助金额|本次金额|金额数|补助标准金额)$/, 0.85, 'visit'),
      p(/^(?:金额|小写金额|金额小写|小写|金额人民币|人民币|人民币小写|金额元|amount)$/, 0.8, 'visit'),
    ],
    attrs: [p(/^(?:wwje|wwj|wwjje)$/, 1), p(/^(?:je|amount|money|jine|xxje|sfje)$/, 0.8, 'visit')],
    negative: /大写|累计|年度|本年|已|余额|上限|限额|标准|合计|总计|总额|慰问品|物品|实物|借款|预算/,
  },
  {
    key: 'visit.amountUpper',
    labels: [],
    attrs: [p(/^(?:wwjedx|wwjdx)$/, 1)],
  },
  {
    key: 'visit.goods',
    labels: [
      p(/^慰问(?:品|物品|品名称|品名|物资|实物|品种类|品内容)$/, 1),
      p(/^(?:物品名称|品名|实物名称|物品|实物|物资名称)$/, 0.8, 'visit'),
    ],
    attrs: [p(/^(?:wwp|wwpmc|goods)$/, 1)],
    negative: /金额|价|数量|大写|合计/,
  },
  {
    key: 'visit.goodsValue',
    labels: [p(/^慰问品(?:金额|价值|价款|总价|费用|总额|总金额)$/, 1), p(/^(?:物品|实物|物资)(?:金额|价值|总价|折合金额)$/, 0.9)],
    attrs: [p(/^(?:wwpje|goodsvalue|wpje)$/, 1)],
    negative: /大写/,
  },
  {
    key: 'visit.total',
    labels: [
      p(/^慰问(?:金额|金|费用?)?(?:合计|总额|总计|总金额)(?:金额)?$/, 1),
      p(/^(?:合计|总计|合计金额|总金额|金额合计|共计|总额|合计小写|总计金额|合计人民币|小写合计)$/, 0.9, 'visit'),
    ],
    attrs: [p(/^(?:wwhj|wwzje)$/, 1), p(/^(?:hj|hjje|total|zje|zongji)$/, 0.8, 'visit')],
    negative: /大写|累计|年度|本年|借款/,
  },
  {
    key: 'visit.totalUpper',
    labels: [],
  },
  {
    key: 'visit.fundingSource',
    labels: [
      p(/^(?:资金|经费|费用)(?:来源|渠道|出处|性质|列支渠道)$/, 1),
      p(/^(?:预算科目|支出科目|列支科目|经费科目|列支渠道|开支渠道|经费项目|列支项目|支出渠道)$/, 0.85, 'visit'),
    ],
    attrs: [p(/^(?:zjly|jfly|fundingsource|fundsource)$/, 1), p(/^(?:yskm|lzqd)$/, 0.8, 'visit')],
  },
  {
    key: 'visit.participants',
    labels: [
      p(/^(?:慰问|走访|参加|陪同|看望|探望|参与)(?:人员|人|领导|同志|单位领导)(?:名单|姓名)?$/, 1),
      p(/^(?:visitors|participants)$/, 0.9),
    ],
    attrs: [p(/^(?:wwry|cjry|ptry|zfry|participants)$/, 1)],
  },
  {
    key: 'visit.hospital',
    labels: [
      p(/^(?:所在|住院|就诊|就医|入住)?医院(?:名称|及科室|科室)?$/, 1),
      p(/^(?:住院|就诊|就医)(?:地点|单位|科室|病区)$/, 0.9),
      p(/^hospital$/, 0.9),
    ],
    attrs: [p(/^(?:zyyy|szyy|jzyy|hospital)$/, 1)],
    negative: /日期|时间|电话|地址|证明/,
  },
  {
    key: 'visit.admissionDate',
    labels: [p(/^(?:入院|住院)(?:日期|时间)$/, 1), p(/^admission ?date$/, 0.9)],
    attrs: [p(/^(?:ryrq|zyrq|rysj|admissiondate)$/, 1)],
  },
  {
    key: 'visit.hospitalTier',
    labels: [
      p(/^(?:病情|病情程度|病情类别|病情等级|疾病类型|病情类型|疾病程度|病种|疾病情况|病情分类|患病情况|疾病类别)$/, 1),
    ],
    attrs: [p(/^(?:bq|bqcd|bqlb|jblx)$/, 1)],
  },
  {
    key: 'visit.deathDate',
    labels: [p(/^(?:去世|逝世|病故|死亡|离世|过世)(?:日期|时间|年月日)$/, 1), p(/^date of death$/, 0.9)],
    attrs: [p(/^(?:qsrq|ssrq|swrq|swsj|deathdate)$/, 1)],
  },
  {
    key: 'visit.recipient',
    labels: [
      p(/^(?:领取人|签领人|代领人|签收人|遗属|遗属姓名|领取人姓名|签领人姓名|代领人姓名|慰问金领取人|受领人|接收人)$/, 1),
      p(/^(?:领款人|收款人|受款人|收款人姓名)$/, 0.85, 'visit'),
      p(/^recipient$/, 0.9),
    ],
    attrs: [p(/^(?:lqr|qlr|dlr|recipient)$/, 1), p(/^(?:skr|payee)$/, 0.8, 'visit')],
  },
  {
    key: 'visit.recipientRelation',
    labels: [
      p(/^(?:与(?:本人|慰问对象|死者|逝者|去世者|去世人员|老干部|离退休干部|故人|逝者本人|被慰问人)的?关系|亲属关系|领取人关系|与领取人关系|遗属关系|家属关系|领取人与本人关系|代领人关系)$/, 1),
      p(/^(?:关系|亲属称谓|称谓)$/, 0.7),
    ],
    attrs: [p(/^(?:gx|yrgx|ybrgx|relation|relationship)$/, 1)],
  },
  {
    key: 'visit.remark',
    labels: [p(/^(?:备注|附注|备注说明|备注信息|其他说明|补充说明)$/, 0.9), p(/^(?:remark|remarks|memo|note|notes)$/, 0.9)],
    attrs: [p(/^(?:bz|remark|remarks|memo|note|beizhu)$/, 0.9)],
  },

  // ---- the expense claim (费用报销单) -------------------------------------------------------
  {
    key: 'expense.formNumber',
    labels: [p(/^报(?:销|账)单?(?:据)?(?:编号|单号|号|流水号)$/, 1), p(FORM_NUMBER, 0.85, 'expense')],
    attrs: [p(/^(?:bxdh|bxbh)$/, 1), p(/^(?:djbh|lsh|bh|formno|billno|serialno|docno|requestno|requestmark)$/, 0.9, 'expense')],
    negative: NOT_A_FORM_NUMBER,
  },
  {
    key: 'expense.date',
    labels: [
      p(/^报(?:销|账)(?:日期|时间)$/, 1),
      p(/^(?:申请|填报|填表|申报|制表|提交|发起|填单|单据)(?:日期|时间)$/, 0.9, 'expense'),
      p(/^(?:日期|填写日期|年月日)$/, 0.6, 'expense'),
    ],
    attrs: [p(/^(?:bxrq|bxsj)$/, 1), p(/^(?:sqrq|tbrq|rq|date)$/, 0.8, 'expense')],
  },
  {
    key: 'expense.claimant',
    labels: [
      p(/^(?:报销人|报账人|费用报销人|报销人员|报销申请人)(?:姓名)?$/, 1),
      p(/^(?:申请人|发起人|申报人|领款人|创建人)(?:姓名)?$/, 0.9, 'expense'),
      p(/^(?:姓名|名字)$/, 0.9, 'expense'),
      p(/^claimant$/, 0.9),
    ],
    attrs: [p(/^(?:bxr|claimant)$/, 1), p(/^(?:sqr|applicant|creator|xm|name)$/, 0.7, 'expense')],
  },
  {
    key: 'expense.department',
    labels: [
      p(/^(?:报销|报账|报销人)(?:部门|处室|科室|单位)$/, 1),
      p(/^(?:申请|所在|所属|费用承担|承担|申报|填报)?(?:部门|处室|科室)(?:名称)?$/, 0.85, 'expense'),
    ],
    attrs: [p(/^(?:bxbm)$/, 1), p(/^(?:bm|dept|department|bmmc|sqbm|ks)$/, 0.8, 'expense')],
  },
  {
    key: 'expense.type',
    labels: [p(/^(?:报销|费用|报账)(?:类型|类别|种类|性质)$/, 1), p(/^(?:单据类型|业务类型|报销事项)$/, 0.7, 'expense')],
    attrs: [p(/^(?:bxlx|bxlb|fylx|bxtype|expensetype)$/, 1)],
  },
  {
    key: 'expense.reason',
    labels: [
      p(/^(?:报销|费用|报账|出差|开支)(?:事由|说明|理由|用途|原因|内容|摘要)$/, 1),
      p(/^(?:事由|申请事由|用途|说明|费用说明|摘要|内容说明|用途说明|情况说明|申请理由|理由|事项说明)$/, 0.8, 'expense'),
    ],
    attrs: [p(/^(?:bxsy|bxsm|fysm)$/, 1), p(/^(?:sy|explain|reason|yt|sm|zy)$/, 0.8, 'expense')],
  },
  {
    key: 'expense.budgetItem',
    labels: [
      p(/^(?:预算|支出|列支|经费|会计|开支|报销)科目(?:名称)?$/, 0.95, 'expense'),
      p(/^(?:预算项目|经济分类|经济分类科目|列支渠道|开支渠道|列支项目|资金来源|经费来源)$/, 0.85, 'expense'),
      p(/^(?:所属项目|项目|项目名称|科目)$/, 0.7, 'expense'),
    ],
    attrs: [p(/^(?:yskm|km|budget|budgetitem|zckm)$/, 0.9, 'expense')],
  },
  {
    key: 'expense.approvalNumber',
    labels: [
      p(/^(?:关联|相关|对应|所属|关联的|事前)(?:慰问)?(?:审批单|申请单|审批|流程|请示|事前审批|审批表|出差申请|慰问申请)(?:单号|编号|号)?$/, 1),
      p(/^(?:慰问|出差|事前)(?:审批|申请)单?(?:单号|编号|号)$/, 1, 'expense'),
      p(/^(?:审批单号|审批单编号|审批编号|申请单号)$/, 0.9, 'expense'),
    ],
    attrs: [p(/^(?:glsp|glsq|glspd|relaterequest|relatedrequest|approvalno|approvalnumber)$/, 1)],
  },
  {
    key: 'expense.invoiceCount',
    labels: [
      p(/^(?:附件|单据|发票|票据|原始单据|附单据|附件单据|所附单据|附原始单据|凭证)(?:张数|数量|数|张|份数)$/, 1),
      p(/^(?:附件|附单据|单据)$/, 0.6, 'expense'),
    ],
    attrs: [p(/^(?:fjzs|djzs|fpzs|accessory|invoicecount)$/, 1)],
  },
  {
    key: 'expense.total',
    labels: [
      p(/^(?:报销|报账|实报|实际报销|本次报销)(?:金额|总额|总金额|合计|金额合计|金额小写|总计|费用)?$/, 1),
      p(/^(?:合计|总计|合计金额|总金额|金额合计|共计|总额|合计小写|小写|金额|小写金额|金额小写|金额人民币|人民币|人民币小写|费用合计|费用总额)$/, 0.85, 'expense'),
    ],
    attrs: [p(/^(?:bxje|bxzje)$/, 1), p(/^(?:hj|hjje|total|zje|je|amount)$/, 0.8, 'expense')],
    negative: /借款|预借|冲|应退|应补|大写|已报|累计|事由|说明|人|部门|日期|类型|单号|编号/,
  },
  {
    key: 'expense.totalUpper',
    labels: [],
  },

  // ---- detail rows (明细): matched only for controls in a detail table ------------------------
  {
    key: 'expense.row.date',
    row: true,
    labels: [
      p(/^(?:日期|费用日期|发生日期|费用发生日期|开票日期|发票日期|消费日期|单据日期|时间|发生时间|慰问日期|发放日期|领取日期|业务日期)$/, 1),
      p(/日期$/, 0.7),
    ],
    attrs: [p(/^(?:rq|fyrq|relatedate|date|fsrq)$/, 1)],
    negative: /出生|入院|去世|离退休|退休/,
  },
  {
    key: 'expense.row.item',
    row: true,
    labels: [
      p(/^(?:费用类型|费用项目|费用类别|费用名称|项目|项目名称|科目|费用科目|报销项目|费用明细|慰问品名称|慰问品|物品名称|品名|名称)$/, 1),
      p(/^(?:摘要|用途|内容|事项|费用说明|内容说明|说明|费用内容|明细内容)$/, 0.8),
    ],
    attrs: [p(/^(?:fylx|feetypeid|fyxm|item|xmmc|fymc|fytype)$/, 1), p(/^(?:zy|detailremark|fysm)$/, 0.8)],
  },
  {
    key: 'expense.row.recipient',
    row: true,
    labels: [p(/^(?:慰问对象|姓名|慰问对象姓名|受慰问人|对象|领取人|人员姓名|慰问人员姓名|离退休干部姓名|老干部姓名)$/, 1)],
    attrs: [p(/^(?:xm|name|wwdx)$/, 1)],
  },
  {
    key: 'expense.row.amount',
    row: true,
    labels: [
      p(/^(?:金额|实发金额|发放金额|慰问金额|报销金额|费用金额|金额小写|小写金额|实报金额|慰问金|实发|发放标准金额)$/, 1),
      p(/^(?:含税金额|价税合计|合计金额)$/, 0.9),
    ],
    attrs: [p(/^(?:je|fyje|feesum|realfeesum|amount|sfje|ffje)$/, 1)],
    negative: /大写|不含税|税额|单价|数量|借款/,
  },
];

/** Money keys and the key of their amount in words (大写). */
export const UPPER_TWIN: Partial<Record<FieldKey, FieldKey>> = {
  'visit.amount': 'visit.amountUpper',
  'visit.total': 'visit.totalUpper',
  'expense.total': 'expense.totalUpper',
};

/** The key an orphan 大写 field means when no money field is near it, per form role. */
export const DEFAULT_UPPER: Record<FormRole, FieldKey> = {
  visit: 'visit.amountUpper',
  expense: 'expense.totalUpper',
};

/** A label that asks for the amount in words. */
export const UPPER_LABEL = /大写/;
/** Label words that stay once 大写 is removed and say nothing more: 金额（大写）, 人民币大写. */
export const UPPER_FILLER = /人民币|rmb|金额|小写|大写|[()（）:]/g;
/** Name/id tokens of an amount-in-words field (e-cology field_chinglish123, Landray chinavalue). */
export const UPPER_TOKEN = /^(?:dx|daxie|upper|uppercase|chinglish|chinavalue|capital|rmbdx|jedx|hjdx)$/;

/**
 * Never fill these: a page that asks for a captcha, a password, a search or a login is not an OA
 * form of ours, whatever else is on it.
 */
export const GLOBAL_NEGATIVE_LABEL =
  /验证码|校验码|动态码|短信码|确认码|图形码|captcha|密码|口令|password|passwd|搜索|检索|search|关键[字词]|^查询|查询条件|查找|用户名|登录|登陆|log ?in|sign ?in|^(?:账号|帐号|账户|帐户|用户|user|account)$|记住我|自动登录|remember me/;

export const GLOBAL_NEGATIVE_TOKEN =
  /^(?:captcha|yzm|checkcode|vcode|verifycode|validatecode|authcode|password|passwd|pwd|search|keyword|keywords|kw|wd|q|query|login|username|userid|loginname|loginid|account|token|csrf|signin)$/;

/** Headings and titles that say which form this is. 报销 wins: a 慰问费报销单 is a claim. */
export const ROLE_HINTS: readonly { role: FormRole; re: RegExp }[] = [
  { role: 'expense', re: /报销|报账|差旅费|费用申请|借款/ },
  { role: 'visit', re: /慰问|走访|看望|探望|吊唁|帮扶|补助/ },
];
