import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hashPin, parsePinRecord, PIN_ITERATIONS, validatePin, verifyPin } from '../../../lib/kids/pin-hash.ts';

describe('parent PIN hash', () => {
  it('round-trips: the right PIN verifies, a wrong one does not', async () => {
    const record = await hashPin('2468');
    expect(await verifyPin('2468', record)).toBe(true);
    expect(await verifyPin('2469', record)).toBe(false);
    expect(await verifyPin('24680', record)).toBe(false);
  });

  it('stores salt, iterations and hash in base64 — never the PIN', async () => {
    const record = await hashPin('correct horse');
    expect(Object.keys(record).sort()).toEqual(['hash', 'iterations', 'salt']);
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(210_000);
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.hash)).toHaveLength(32);
    expect(JSON.stringify(record)).not.toContain('correct horse');
  });

  it('salts each hash afresh: the same PIN gives different records', async () => {
    const [a, b] = await Promise.all([hashPin('1234'), hashPin('1234')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('treats NFC and NFD spellings of a passphrase alike', async () => {
    const record = await hashPin('Grüße');
    expect(await verifyPin('Gru\u0308ße', record)).toBe(true);
  });

  it('refuses damaged or weakened records instead of throwing', async () => {
    const record = await hashPin('1234');
    expect(parsePinRecord(record)).toEqual(record);
    expect(await verifyPin('1234', { ...record, iterations: 1000 })).toBe(false);
    expect(await verifyPin('1234', { ...record, salt: '%%%' })).toBe(false);
    expect(await verifyPin('1234', { ...record, hash: btoa('short') })).toBe(false);
    expect(parsePinRecord(null)).toBeUndefined();
    expect(parsePinRecord({ salt: record.salt, hash: record.hash, iterations: '600000' })).toBeUndefined();
    expect(parsePinRecord({ ...record, iterations: 1e12 })).toBeUndefined();
  });

  it('accepts 4–128 characters (PIN or passphrase), refuses the rest with a reason', () => {
    expect(validatePin('1234')).toEqual({ ok: true, value: '1234' });
    expect(validatePin('123456789012')).toMatchObject({ ok: true });
    expect(validatePin('a long passphrase with spaces ')).toEqual({ ok: true, value: 'a long passphrase with spaces ' });
    expect(validatePin('123')).toEqual({ ok: false, error: 'PIN must have at least 4 characters' });
    expect(validatePin('x'.repeat(129))).toMatchObject({ ok: false });
    expect(validatePin('12\n34')).toMatchObject({ ok: false });
    expect(validatePin(1234)).toEqual({ ok: false, error: 'PIN must be text' });
    // Characters, not UTF-16 units: four emoji are four characters.
    expect(validatePin('🐉🐉🐉🐉')).toMatchObject({ ok: true });
  });

  it('compares bytes without stopping at the first difference', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
