import { describe, expect, it } from 'vitest';
import { divisionCore, regionOfAddress } from '../../../core/model/divisions';

describe('regionOfAddress', () => {
  it.each([
    ['武汉市武昌区中北路12号东湖小区3栋2单元201室', '武汉市武昌区'],
    ['湖北省武汉市武昌区中北路1号', '湖北省武汉市武昌区'],
    ['北京市海淀区中关村大街1号', '北京市海淀区'],
    ['广西壮族自治区南宁市青秀区民族大道', '广西壮族自治区南宁市青秀区'],
    ['恩施土家族苗族自治州恩施市舞阳大街', '恩施土家族苗族自治州恩施市'],
    ['武昌区示例路1号', '武昌区'],
    ['  湖南省 长沙市 芙蓉区 五一大道 ', '湖南省长沙市芙蓉区'],
  ])('%s → %s', (address, region) => {
    expect(regionOfAddress(address)).toBe(region);
  });

  it('stops at the street: a 区 in a compound name is not a division', () => {
    expect(regionOfAddress('武汉市武昌区中北路小区3栋')).toBe('武汉市武昌区');
    expect(regionOfAddress('东湖花园小区3栋')).toBeUndefined();
  });

  it('is undefined for an address that starts with no division, or none', () => {
    expect(regionOfAddress('中北路12号')).toBeUndefined();
    expect(regionOfAddress('')).toBeUndefined();
    expect(regionOfAddress(undefined)).toBeUndefined();
  });
});

describe('divisionCore', () => {
  it('removes the longest suffix and keeps two characters at least', () => {
    expect(divisionCore('湖北省')).toBe('湖北');
    expect(divisionCore('广西壮族自治区')).toBe('广西壮族');
    expect(divisionCore('东区')).toBeNull();
    expect(divisionCore('办公室')).toBeNull();
  });
});
