/**
 * Name parts for synthetic Chinese names. Combinations are random, so any resemblance to a real
 * person is chance: the ledger never holds real people.
 */

/** Common surnames with rough relative frequencies (per mille of the population). */
export const COMMON_SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 72], ['张', 68], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 23], ['赵', 21],
  ['吴', 20], ['周', 19], ['徐', 16], ['孙', 15], ['马', 14], ['朱', 13], ['胡', 13], ['郭', 12],
  ['何', 11], ['林', 10], ['高', 10], ['罗', 10], ['郑', 9], ['梁', 8], ['谢', 7], ['宋', 7],
  ['唐', 7], ['许', 6], ['韩', 6], ['邓', 6], ['冯', 6], ['曹', 5], ['彭', 5], ['肖', 5],
  ['田', 5], ['董', 5], ['袁', 4], ['潘', 4], ['蒋', 4], ['蔡', 4], ['余', 4], ['杜', 4],
  ['叶', 4], ['程', 4], ['魏', 4], ['苏', 4], ['吕', 3], ['丁', 3], ['任', 3], ['沈', 3],
  ['姚', 3], ['卢', 3], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3], ['陆', 3], ['汪', 3],
  ['范', 3], ['廖', 3], ['石', 3], ['金', 3], ['韦', 2], ['贾', 2], ['夏', 2], ['付', 2],
  ['方', 2], ['邹', 2], ['熊', 2], ['白', 2], ['孟', 2], ['秦', 2], ['邱', 2], ['江', 2],
  ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2], ['黎', 2], ['史', 2], ['龙', 2],
  ['陶', 2], ['贺', 2], ['顾', 2], ['毛', 2], ['郝', 2], ['龚', 2], ['邵', 2], ['万', 2],
  ['严', 2], ['覃', 1], ['向', 1], ['汤', 1], ['易', 1], ['戴', 1], ['聂', 1], ['柯', 1],
];

/**
 * Surnames read differently from the character's everyday reading (单 Shàn, 曾 Zēng, 解 Xiè,
 * 仇 Qiú, 区 Ōu ...) and compound surnames: the cases pinyin search gets wrong.
 */
export const TRICKY_SURNAMES: readonly string[] = [
  '单', '曾', '解', '仇', '区', '查', '朴', '盖', '翟', '缪', '乐', '员', '尉', '繁', '种',
  '欧阳', '司马', '诸葛', '上官', '令狐', '皇甫',
];

/** Share of names drawn from TRICKY_SURNAMES, above their real frequency so tests see them. */
export const TRICKY_SURNAME_SHARE = 0.06;

/** Given-name characters common for men born 1920-1965. */
export const MALE_GIVEN: readonly string[] = [
  '国', '建', '华', '明', '志', '军', '德', '文', '忠', '庆', '福', '荣', '生', '林', '强', '平',
  '立', '新', '民', '伟', '光', '宝', '祥', '春', '学', '友', '振', '兴', '金', '海', '永', '成',
  '树', '玉', '正', '清', '红', '卫', '东', '洪', '汉', '武', '万', '长', '泽', '昌', '世', '家',
  '耀', '鹏', '克', '和', '俊', '传', '维', '松', '绍', '仁', '发', '富', '胜', '利', '良', '全',
  '重', '朝', '乐', '远', '解', '朴', '行',
];

/** Given-name characters common for women born 1920-1965. */
export const FEMALE_GIVEN: readonly string[] = [
  '秀', '英', '兰', '珍', '芳', '桂', '凤', '玉', '淑', '琴', '翠', '云', '梅', '华', '素', '春',
  '娟', '霞', '萍', '丽', '敏', '红', '爱', '美', '菊', '莲', '香', '琼', '蓉', '惠', '慧', '静',
  '秋', '月', '碧', '雪', '燕', '荣', '芬', '瑛', '洁', '群', '冬', '文', '佩', '银', '长', '乐',
];

/** Office staff of the 离退休干部处 who own follow-ups (synthetic). */
export const OFFICE_STAFF: readonly string[] = ['周晓燕', '陈建军', '刘洋', '郑海涛', '孙丽娟', '何振宇'];
