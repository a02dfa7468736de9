import { describe, expect, it } from 'vitest';
import { keysFromDataKey, newDataKey } from '../../../core/lock/keys';
import { lockedPlaceholders } from '../../../core/lock/placeholders';
import { hashTerm, isHashedTerm, isSealed, openValue, sealValue } from '../../../core/lock/seal';
import { SEALED_FIELDS } from '../../../core/lock/sensitive-fields';
import { termOfRange, termsOf } from '../../../core/lock/terms';
import { unwrapDataKey, wrapDataKey } from '../../../core/lock/vault';

const PASS = '老干部处 synthetic passphrase';

describe('vault: the data key wrapped by the passphrase', () => {
  it('unwraps with the right passphrase, tells a wrong one, and a damaged vault', async () => {
    const dataKey = newDataKey();
    const vault = await wrapDataKey(PASS, dataKey);
    expect(vault.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(vault)).not.toContain(PASS);
    const ok = await unwrapDataKey(PASS, vault);
    expect(ok.ok && [...ok.dataKey]).toEqual([...dataKey]);
    expect(await unwrapDataKey('wrong passphrase', vault)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    const tampered = { ...vault, wrapped: vault.wrapped.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) };
    expect(await unwrapDataKey(PASS, tampered)).toEqual({ ok: false, reason: 'damaged' });
    expect(await unwrapDataKey(PASS, { v: 1 })).toEqual({ ok: false, reason: 'damaged' });
    // a vault asking for a weak KDF is refused before any work
    expect(await unwrapDataKey(PASS, { ...vault, iterations: 1000 })).toEqual({ ok: false, reason: 'damaged' });
  });

  it('the same passphrase typed in another Unicode form opens the vault', async () => {
    const dataKey = newDataKey();
    const vault = await wrapDataKey('Cafe\u0301 锁', dataKey);
    expect((await unwrapDataKey('Café 锁', vault)).ok).toBe(true);
  });
});

describe('sealing values and hashing terms', () => {
  it('round-trips a value, with a fresh IV each time, bound to table and record', async () => {
    const keys = await keysFromDataKey(newDataKey());
    const value = { idNumber: '11010519470315123X', notes: '血压偏高' };
    const a = await sealValue(keys, 'cadres', 'c1', value);
    const b = await sealValue(keys, 'cadres', 'c1', value);
    expect(isSealed(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(a).not.toContain('1101');
    expect(await openValue(keys, 'cadres', 'c1', a)).toEqual(value);
    expect(await openValue(keys, 'cadres', 'c2', a)).toBeUndefined();
    expect(await openValue(keys, 'visits', 'c1', a)).toBeUndefined();
    const other = await keysFromDataKey(newDataKey());
    expect(await openValue(other, 'cadres', 'c1', a)).toBeUndefined();
  });

  it('hashes deterministically per key, and apart by index and kind', async () => {
    const keys = await keysFromDataKey(newDataKey());
    const h = hashTerm(keys, 'idNumber', '=', '110105194703151234');
    expect(isHashedTerm(h)).toBe(true);
    expect(hashTerm(keys, 'idNumber', '=', '110105194703151234')).toBe(h);
    expect(hashTerm(keys, 'phoneDigits', '=', '110105194703151234')).not.toBe(h);
    expect(hashTerm(keys, 'idNumber', '^', '110105194703151234')).not.toBe(h);
    const other = await keysFromDataKey(newDataKey());
    expect(hashTerm(other, 'idNumber', '=', '110105194703151234')).not.toBe(h);
  });

  it('hashes exactly as the WebCrypto HMAC key of earlier versions, so databases locked before still search', async () => {
    const dataKey = newDataKey();
    const subtle = globalThis.crypto.subtle;
    const hkdf = await subtle.importKey('raw', dataKey as BufferSource, 'HKDF', false, ['deriveKey']);
    const info = new TextEncoder().encode('carefill-lock/v1/hmac-sha256');
    const before = await subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info }, hkdf, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']);
    const keys = await keysFromDataKey(dataKey);
    for (const message of ['', 'idNumber\u0000=\u000011010519470315123X', '电话 13812345678'.repeat(20)]) {
      const bytes = new TextEncoder().encode(message);
      expect([...keys.hash(bytes)]).toEqual([...new Uint8Array(await subtle.sign('HMAC', before, bytes))]);
    }
  });
});

describe('terms of hashed indexes', () => {
  it('stores the whole value', () => {
    expect(termsOf('11010519470315123X')).toEqual([{ kind: '=', text: '11010519470315123X' }]);
  });

  it('turns an equality into one term, and nothing else (startsWith, ranges, open bounds)', () => {
    expect(termOfRange({ lower: '1381', upper: '1381' })).toEqual({ kind: '=', text: '1381' });
    expect(termOfRange({ lower: '1381', upper: '1381\uffff' })).toBeNull();
    expect(termOfRange({ lower: '1', upper: '2' })).toBeNull();
    expect(termOfRange({ lower: '1', upper: '1', lowerOpen: true })).toBeNull();
    expect(termOfRange({ lower: 1, upper: 1 })).toBeNull();
  });
});

describe('which fields are sealed', () => {
  it('covers ID, phones, addresses, family, health, difficulties, needs and notes', () => {
    expect(SEALED_FIELDS.cadres).toEqual(
      expect.arrayContaining(['idNumber', 'phones', 'address', 'spouse', 'emergencyContact', 'health', 'difficulty', 'needs', 'notes']),
    );
    expect(SEALED_FIELDS.followUps).toEqual(expect.arrayContaining(['found', 'action']));
    expect(SEALED_FIELDS.visits).toEqual(['note']);
  });

  it('reads locked cadres with the model defaults', () => {
    const p = lockedPlaceholders('cadres');
    expect(p.phones).toEqual([]);
    expect(p.difficulty).toEqual({ has: false });
    expect('idNumber' in p).toBe(false);
    expect(lockedPlaceholders('visits')).toEqual({});
  });
});
