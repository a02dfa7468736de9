import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decodeSyncFile,
  encodeSyncFile,
  readSyncHeader,
  SYNC_FORMAT,
  syncFileName,
  syncHeader,
  DEFAULT_LIMITS,
  type SyncErrorCode,
  type SyncResult,
} from '../../../core/sync';
import { toBase64 } from '../../../core/sync/base64';
import { gzip } from '../../../core/sync/compress';
import { deriveKeys, encryptBytes } from '../../../core/sync/crypto';
import { headerBytes } from '../../../core/sync/header';
import { SAMPLE_PASSPHRASE, sampleSnapshot, seededBytes } from '../../fixtures/sync/sample';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sync');
const codeOf = (r: SyncResult<unknown>): SyncErrorCode | 'ok' => (r.ok ? 'ok' : r.error.code);

afterEach(() => vi.restoreAllMocks());

describe('the export file', () => {
  it('round-trips encrypted: header first, nothing personal in clear, every record back', async () => {
    const snapshot = sampleSnapshot();
    const text = await encodeSyncFile(snapshot, { encrypt: true, passphrase: SAMPLE_PASSPHRASE });
    expect(text.startsWith(`{"format":"${SYNC_FORMAT}","formatVersion":1,`)).toBe(true);
    for (const secret of ['欧阳样本', '420106', '高血压', 'samplecadre001']) expect(text).not.toContain(secret);
    const decoded = await decodeSyncFile(text, { passphrase: SAMPLE_PASSPHRASE });
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    const { header, content } = decoded.value;
    expect(header).toMatchObject({ deviceId: snapshot.deviceId, exportedAt: snapshot.exportedAt, scope: 'everything', appVersion: '0.1.0' });
    expect(header.counts).toEqual({ cadres: 4, followUps: 1, templates: 1, standards: 0, visits: 1, siteMaps: 0, settings: 1 });
    expect(header.encryption).toMatchObject({ kdf: { name: 'PBKDF2-SHA256', iterations: 600_000 }, cipher: { name: 'AES-256-GCM' }, compression: 'gzip' });
    expect(JSON.parse(JSON.stringify(content))).toEqual(JSON.parse(JSON.stringify({ ...snapshot.records, settings: snapshot.settings })));
  });

  it('round-trips plain only when asked, with no encryption block', async () => {
    const text = await encodeSyncFile(sampleSnapshot(), { encrypt: false });
    expect(text).toContain('欧阳样本');
    const decoded = await decodeSyncFile(text);
    expect(decoded.ok && decoded.value.header.encryption).toBe(null);
    expect(decoded.ok && decoded.value.content.cadres).toHaveLength(4);
  });

  it('uses a fresh salt and IV for every export', async () => {
    const a = JSON.parse(await encodeSyncFile(sampleSnapshot(), { encrypt: true, passphrase: SAMPLE_PASSPHRASE }));
    const b = JSON.parse(await encodeSyncFile(sampleSnapshot(), { encrypt: true, passphrase: SAMPLE_PASSPHRASE }));
    expect(a.encryption.kdf.salt).not.toBe(b.encryption.kdf.salt);
    expect(a.encryption.cipher.iv).not.toBe(b.encryption.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('takes the passphrase as typed on any system (Unicode NFC)', async () => {
    const text = await encodeSyncFile(sampleSnapshot(), { encrypt: true, passphrase: 'Café-测试口令' });
    const decomposed = 'Cafe\u0301-测试口令';
    expect(decomposed).not.toBe('Café-测试口令');
    expect(codeOf(await decodeSyncFile(text, { passphrase: decomposed }))).toBe('ok');
  });

  it('tells a wrong passphrase from an altered file', async () => {
    const text = await encodeSyncFile(sampleSnapshot(), { encrypt: true, passphrase: SAMPLE_PASSPHRASE });
    expect(codeOf(await decodeSyncFile(text, { passphrase: 'wrong-passphrase' }))).toBe('wrong-passphrase');
    expect(codeOf(await decodeSyncFile(text))).toBe('passphrase-required');
    const f = JSON.parse(text);
    f.exportedAt += 1;
    expect(codeOf(await decodeSyncFile(JSON.stringify(f), { passphrase: SAMPLE_PASSPHRASE }))).toBe('tampered');
  });

  it('refuses absurd KDF parameters before deriving any key', async () => {
    const spy = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
    const f = JSON.parse(await encodeSyncFile(sampleSnapshot(), { encrypt: true, passphrase: SAMPLE_PASSPHRASE }));
    spy.mockClear();
    for (const iterations of [1e9, 1, 599_999, 2_000_001, 1.5e6 + 0.5]) {
      f.encryption.kdf.iterations = iterations;
      const r = await decodeSyncFile(JSON.stringify(f), { passphrase: SAMPLE_PASSPHRASE });
      expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'kdf-bounds', key: 'err_sync_kdf_bounds' });
    }
    expect(spy).not.toHaveBeenCalled();
    f.encryption.kdf.iterations = 2_000_000;
    // in bounds: derived (and then the header no longer matches the ciphertext)
    expect(codeOf(await decodeSyncFile(JSON.stringify(f), { passphrase: SAMPLE_PASSPHRASE }))).toBe('wrong-passphrase');
    expect(spy).toHaveBeenCalled();
  });

  it('binds the whole header: the additional data is its canonical JSON', async () => {
    const f = JSON.parse(await encodeSyncFile(sampleSnapshot(), { encrypt: true, passphrase: SAMPLE_PASSPHRASE }));
    const { ciphertext: _c, ...header } = f;
    const reordered = Object.fromEntries(Object.entries(header).reverse());
    expect(new TextDecoder().decode(headerBytes(syncHeader.parse(reordered)))).toBe(new TextDecoder().decode(headerBytes(syncHeader.parse(header))));
    // a file whose header keys come in another order still opens
    expect(codeOf(await decodeSyncFile(JSON.stringify({ ...reordered, ciphertext: f.ciphertext }), { passphrase: SAMPLE_PASSPHRASE }))).toBe('ok');
  });

  it('stops a gzip bomb at the content limit', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const salt = seededBytes(3)(16);
    const iv = seededBytes(4)(12);
    const { key, check } = await deriveKeys(SAMPLE_PASSPHRASE, salt, 600_000);
    const base = JSON.parse(await encodeSyncFile(sampleSnapshot(), { encrypt: true, passphrase: SAMPLE_PASSPHRASE }));
    delete base.ciphertext;
    const header = { ...base, encryption: { ...base.encryption, kdf: { ...base.encryption.kdf, salt: toBase64(salt) }, cipher: { ...base.encryption.cipher, iv: toBase64(iv) }, keyCheck: toBase64(check) } };
    const ciphertext = await encryptBytes(key, iv, await gzip(zeros), headerBytes(syncHeader.parse(header)));
    const text = JSON.stringify({ ...header, ciphertext: toBase64(ciphertext) });
    expect(text.length).toBeLessThan(20_000);
    const r = await decodeSyncFile(text, { passphrase: SAMPLE_PASSPHRASE, limits: { ...DEFAULT_LIMITS, maxContentBytes: 1024 * 1024 } });
    expect(codeOf(r)).toBe('too-large');
  });

  it('reads the header alone without a passphrase', () => {
    const text = readFileSync(join(FIXTURES, 'golden-v1.carefill'), 'utf8');
    const head = readSyncHeader(text);
    expect(head.ok && head.value.header.encryption?.kdf.iterations).toBe(600_000);
  });

  it('names files by scope and Beijing time', () => {
    expect(syncFileName('ledger', Date.UTC(2026, 10, 29, 2, 30), true)).toBe('carefill-ledger-20261129-1030.carefill');
    expect(syncFileName('everything', Date.UTC(2026, 11, 31, 16, 5), false)).toBe('carefill-everything-20270101-0005.json');
  });
});

describe('the golden v1 file', () => {
  it('still decrypts and holds the sample records, as committed', async () => {
    const text = readFileSync(join(FIXTURES, 'golden-v1.carefill'), 'utf8');
    const decoded = await decodeSyncFile(text, { passphrase: SAMPLE_PASSPHRASE });
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    const expected = sampleSnapshot();
    expect(decoded.value.header).toMatchObject({ formatVersion: 1, deviceId: expected.deviceId, exportedAt: expected.exportedAt });
    expect(decoded.value.content.cadres.map((c) => c.name ?? 'tombstone')).toEqual(['欧阳样本', '司马示例', '上官测试', 'tombstone']);
    expect(decoded.value.content.settings).toEqual(expected.settings);
  });
});

describe('decoding never throws', () => {
  it('on random text and on randomly mutated files', async () => {
    const { default: fc } = await import('fast-check');
    const plain = await encodeSyncFile(sampleSnapshot(), { encrypt: false });
    const mutated = fc
      .tuple(fc.nat({ max: plain.length - 1 }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }))
      .map(([at, cut, insert]) => plain.slice(0, at) + insert + plain.slice(at + cut));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), mutated), async (text) => {
        const r = await decodeSyncFile(text, { passphrase: SAMPLE_PASSPHRASE });
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.key).toMatch(/^err_sync_/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('compression', () => {
  it('keeps a character whose two halves fall on both sides of a slice', async () => {
    const { gzipText, gunzipText } = await import('../../../core/sync/compress');
    const text = `${'长'.repeat((1 << 20) - 1)}😀${'尾'.repeat(10)}`;
    expect(text.charCodeAt((1 << 20) - 1)).toBeGreaterThanOrEqual(0xd800);
    expect(await gunzipText(await gzipText(text), 10 * 1024 * 1024)).toBe(text);
    expect(await gunzipText(new Uint8Array([1, 2, 3]), 1024)).toBe('corrupt');
  });
});
