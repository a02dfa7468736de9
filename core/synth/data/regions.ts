/**
 * Administrative division codes (public GB/T 2260 codes) used as the first six digits of ID
 * numbers, with the place names used for native places and addresses. The office is placed in a
 * provincial capital (武汉); cadres come from all over the country.
 */

export interface Region {
  code: string;
  /** short province name as written in 籍贯 */
  province: string;
  city: string;
  district: string;
}

const r = (code: string, province: string, city: string, district: string): Region => ({ code, province, city, district });

/** Districts of the capital, where most cadres live and were registered. */
export const CAPITAL_REGIONS: readonly Region[] = [
  r('420102', '湖北', '武汉', '江岸区'),
  r('420103', '湖北', '武汉', '江汉区'),
  r('420104', '湖北', '武汉', '硚口区'),
  r('420105', '湖北', '武汉', '汉阳区'),
  r('420106', '湖北', '武汉', '武昌区'),
  r('420107', '湖北', '武汉', '青山区'),
  r('420111', '湖北', '武汉', '洪山区'),
  r('420112', '湖北', '武汉', '东西湖区'),
  r('420115', '湖北', '武汉', '江夏区'),
  r('420116', '湖北', '武汉', '黄陂区'),
];

/** Other places of origin (籍贯) and earlier registrations. */
export const OTHER_REGIONS: readonly Region[] = [
  r('420202', '湖北', '黄石', '黄石港区'),
  r('420302', '湖北', '十堰', '茅箭区'),
  r('420502', '湖北', '宜昌', '西陵区'),
  r('420602', '湖北', '襄阳', '襄城区'),
  r('420802', '湖北', '荆门', '东宝区'),
  r('420902', '湖北', '孝感', '孝南区'),
  r('421002', '湖北', '荆州', '沙市区'),
  r('421102', '湖北', '黄冈', '黄州区'),
  r('421202', '湖北', '咸宁', '咸安区'),
  r('422801', '湖北', '恩施', '恩施市'),
  r('410102', '河南', '郑州', '中原区'),
  r('411502', '河南', '信阳', '浉河区'),
  r('430102', '湖南', '长沙', '芙蓉区'),
  r('360102', '江西', '南昌', '东湖区'),
  r('340102', '安徽', '合肥', '瑶海区'),
  r('370102', '山东', '济南', '历下区'),
  r('320102', '江苏', '南京', '玄武区'),
  r('510104', '四川', '成都', '锦江区'),
  r('500103', '重庆', '重庆', '渝中区'),
  r('130102', '河北', '石家庄', '长安区'),
  r('140105', '山西', '太原', '小店区'),
  r('610102', '陕西', '西安', '新城区'),
  r('110101', '北京', '北京', '东城区'),
  r('310101', '上海', '上海', '黄浦区'),
  r('210102', '辽宁', '沈阳', '和平区'),
  r('330106', '浙江', '杭州', '西湖区'),
  r('440103', '广东', '广州', '荔湾区'),
];

/** Telephone area code of the capital, for landlines. */
export const CAPITAL_AREA_CODE = '027';

/** Streets and housing compounds of the capital (addresses are random combinations). */
export const STREETS: readonly string[] = [
  '中北路', '水果湖路', '洪山路', '东湖路', '首义路', '紫阳路', '武珞路', '珞喻路', '解放大道',
  '中山大道', '建设大道', '京汉大道', '沿江大道', '和平大道', '八一路', '黄鹂路', '友谊路',
];

export const COMPOUNDS: readonly string[] = ['省直机关宿舍', '干休所', '小区', '家属院', '花园', '公寓'];

/** Cities where cadres live with their children (异地居住). */
export const ELSEWHERE_PLACES: readonly string[] = [
  '北京市海淀区', '上海市浦东新区', '深圳市南山区', '广州市天河区', '杭州市西湖区',
  '成都市武侯区', '南京市鼓楼区', '长沙市岳麓区', '宜昌市西陵区', '襄阳市樊城区',
];
