import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeFormBody, encodeFormBody, requestCharset, unescapeFormBytes } from '../../fixtures/oa/form-body';

const bytes = (s: string) => Buffer.from(s, 'latin1');

describe('urlencoded bodies in GBK', () => {
  it('turns + into a space before %XX, so %2B stays a plus', () => {
    expect(unescapeFormBytes(bytes('a+b%2Bc')).toString('latin1')).toBe('a b+c');
  });

  it('keeps malformed percent sequences as they are', () => {
    expect(unescapeFormBytes(bytes('100%')).toString('latin1')).toBe('100%');
    expect(unescapeFormBytes(bytes('%zz%4')).toString('latin1')).toBe('%zz%4');
    expect(unescapeFormBytes(bytes('%e4%B8')).toString('latin1')).toBe('\xe4\xb8');
  });

  it('decodes the bytes of a character only once they are all together', () => {
    // 慰问 = CE BF CE CA: each %XX alone is not a character
    expect(decodeFormBody(bytes('k=%CE%BF%CE%CA'))).toEqual({ k: '慰问' });
  });

  it('reads names without =, empty pairs and repeated names', () => {
    expect(decodeFormBody(bytes('a&&b=&c=1&c=2&c=3&'))).toEqual({ a: '', b: '', c: ['1', '2', '3'] });
  });

  it('reads GB18030-only characters too', () => {
    const body = encodeFormBody({ name: '㐀' }, 'gb18030');
    expect(decodeFormBody(body)).toEqual({ name: '㐀' });
  });

  it('round-trips what encodeFormBody writes, in GBK and UTF-8', () => {
    const fields = { field6011: '区秀兰', field6051: '春节慰问 & 送米、油 = 1+1', list: ['甲', '乙'] };
    expect(decodeFormBody(encodeFormBody(fields))).toEqual(fields);
    expect(decodeFormBody(encodeFormBody(fields, 'utf8'), 'utf8')).toEqual(fields);
    expect(encodeFormBody({ a: '慰' }).toString('latin1')).toBe(`a=${[...iconv.encode('慰', 'gbk')].map((b) => `%${b.toString(16).toUpperCase()}`).join('')}`);
  });

  it('picks the charset from the content type, GBK by default', () => {
    expect(requestCharset(undefined)).toBe('gb18030');
    expect(requestCharset('application/x-www-form-urlencoded')).toBe('gb18030');
    expect(requestCharset('application/x-www-form-urlencoded; charset=GBK')).toBe('gb18030');
    expect(requestCharset('application/x-www-form-urlencoded; charset=UTF-8')).toBe('utf-8');
    expect(requestCharset('application/x-www-form-urlencoded; charset=bogus')).toBe('gb18030');
  });
});
