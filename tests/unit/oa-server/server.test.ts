import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { startOaServer, type OaServer } from '../../fixtures/oa/server';
import { encodeFormBody } from '../../fixtures/oa/form-body';

let oa: OaServer;

beforeAll(async () => {
  oa = await startOaServer({ port: 0 });
});
afterAll(async () => {
  await oa.close();
});
beforeEach(async () => {
  await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
});

/** POSTs raw urlencoded bytes as a browser would from the GBK page. */
function post(body: string | Buffer, contentType = 'application/x-www-form-urlencoded', form = 'condolence') {
  const bytes = typeof body === 'string' ? body : new Uint8Array(body);
  return fetch(`${oa.url}/submit/${form}`, { method: 'POST', headers: { 'Content-Type': contentType }, body: bytes });
}

async function submissions(): Promise<{ id: string; form: string; at: string; fields: Record<string, string | string[]> }[]> {
  const res = await fetch(`${oa.url}/api/submissions`);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return res.json();
}

describe('demo OA server: start and origins', () => {
  it('listens on a random port on loopback and reports both origins', () => {
    expect(oa.port).toBeGreaterThan(0);
    expect(oa.url).toBe(`http://127.0.0.1:${oa.port}`);
    expect(oa.altUrl).toBe(`http://localhost:${oa.port}`);
  });

  it('gives two servers started on port 0 different ports', async () => {
    const other = await startOaServer({ port: 0 });
    try {
      expect(other.port).not.toBe(oa.port);
      expect((await fetch(`${other.url}/`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('closes cleanly, even with a kept-alive connection', async () => {
    const other = await startOaServer({ port: 0 });
    await (await fetch(`${other.url}/`)).text();
    await other.close();
    await expect(fetch(`${other.url}/`)).rejects.toThrow();
  });
});

describe('demo OA server: pages', () => {
  it('serves the UTF-8 portal with the form in iframe#work_form_data', async () => {
    const res = await fetch(`${oa.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('协同办公平台');
    expect(html).toContain('<iframe id="work_form_data" name="work_form_data" src="/forms/condolence">');
  });

  it('loads the frame from the other origin with ?cross=1', async () => {
    const viaIp = await (await fetch(`${oa.url}/?cross=1`)).text();
    expect(viaIp).toContain(`src="${oa.altUrl}/forms/condolence"`);
    const viaLocalhost = await (await fetch(`${oa.altUrl}/?cross=1`)).text();
    expect(viaLocalhost).toContain(`src="${oa.url}/forms/condolence"`);
  });

  it('serves the 慰问审批单 as GBK that decodes to the Chinese labels', async () => {
    const res = await fetch(`${oa.url}/forms/condolence`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=gbk');
    const bytes = Buffer.from(await res.arrayBuffer());
    // GBK, not UTF-8: 慰问 is CE BF CE CA in GBK
    expect(bytes.includes(Buffer.from([0xce, 0xbf, 0xce, 0xca]))).toBe(true);
    expect(bytes.includes(Buffer.from('慰问', 'utf8'))).toBe(false);
    const html = iconv.decode(bytes, 'gbk');
    expect(html).toContain('<meta charset="gbk">');
    for (const label of ['慰问审批单', '慰问对象姓名', '身份证号码', '慰问类型', '慰问金额', '金额大写', '慰问事由', '提交']) {
      expect(html).toContain(label);
    }
    expect(html).toContain('action="/submit/condolence"');
  });

  it('answers 404 to unknown paths and forms, and 405 to wrong methods', async () => {
    expect((await fetch(`${oa.url}/nope`)).status).toBe(404);
    expect((await fetch(`${oa.url}/forms/unknown`)).status).toBe(404);
    expect((await fetch(`${oa.url}/api/other`)).status).toBe(404);
    expect((await fetch(`${oa.url}/submit/condolence`)).status).toBe(405);
    expect((await fetch(`${oa.url}/forms/condolence`, { method: 'POST' })).status).toBe(405);
  });
});

describe('demo OA server: submissions', () => {
  it('decodes a GBK body with %XX bytes and + for spaces, and reads it back', async () => {
    // 张三 in GBK is D5 C5 C8 FD; 慰问金 is CE BF CE CA BD F0; a literal + is %2B
    const body = 'field6011=%D5%C5%C8%FD&field6051=%CE%BF%CE%CA%BD%F0+1%2B1%3D2%26more&field6034=0&empty=';
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=gbk');
    const page = iconv.decode(Buffer.from(await res.arrayBuffer()), 'gbk');
    expect(page).toContain('提交成功');
    const number = /<span id="formNumber">([^<]+)<\/span>/.exec(page)?.[1];
    expect(number).toMatch(/^WWSP-\d{4}-\d{4}$/);

    const list = await submissions();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: number,
      form: 'condolence',
      fields: { field6011: '张三', field6051: '慰问金 1+1=2&more', field6034: '0', empty: '' },
    });
    expect(Number.isNaN(Date.parse(list[0]!.at))).toBe(false);
  });

  it('keeps repeated names as arrays and numbers submissions in order', async () => {
    await post(encodeFormBody({ field6011: '单雄信', hobby: ['书法', '太极拳'] }));
    await post(encodeFormBody({ field6011: '曾国华' }));
    const list = await submissions();
    expect(list.map((s) => s.fields.field6011)).toEqual(['单雄信', '曾国华']);
    expect(list[0]!.fields.hobby).toEqual(['书法', '太极拳']);
    const [a, b] = list.map((s) => Number(s.id.slice(-4)));
    expect(b).toBe(a! + 1);
  });

  it('decodes UTF-8 when the request says so', async () => {
    const body = `field6011=${encodeURIComponent('欧阳秀英')}`;
    await post(body, 'application/x-www-form-urlencoded; charset=UTF-8');
    expect((await submissions())[0]!.fields.field6011).toBe('欧阳秀英');
  });

  it('filters by form and clears with DELETE', async () => {
    await post('a=1');
    await post('b=2', 'application/x-www-form-urlencoded', 'expense');
    expect((await fetch(`${oa.url}/api/submissions?form=expense`).then((r) => r.json())) as unknown[]).toHaveLength(1);
    expect(await submissions()).toHaveLength(2);
    const res = await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ cleared: 2 });
    expect(await submissions()).toEqual([]);
  });

  it('refuses bodies that are neither urlencoded nor JSON', async () => {
    const res = await post('a=1', 'text/plain');
    expect(res.status).toBe(415);
    expect(await submissions()).toEqual([]);
  });

  it('records a JSON submission of a single-page app and answers its number as JSON', async () => {
    const res = await post(JSON.stringify({ 姓名: '欧阳测试', 金额: 500, 物品: ['米', '油'] }), 'application/json', 'spa');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: expect.stringMatching(/^OA-\d{4}-\d{4}$/) });
    expect((await submissions()).map((s) => [s.form, s.fields])).toEqual([['spa', { 姓名: '欧阳测试', 金额: '500', 物品: ['米', '油'] }]]);
    expect((await post('{"a":{"b":1}}', 'application/json', 'spa')).status).toBe(400);
    expect((await post('not json', 'application/json', 'spa')).status).toBe(400);
  });
});
