import { describe, expect, it } from 'vitest';
import { isStructurallyJwt } from '../../../lib/secrets/jwt-structure.ts';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('isStructurallyJwt', () => {
  it('accepts header.payload.signature with an alg header', () => {
    expect(isStructurallyJwt(`${encode({ alg: 'RS256', kid: 'k1' })}.${encode({ sub: '1' })}.c2lnbmF0dXJl`)).toBe(true);
  });

  it('accepts an unsigned token (alg none, empty signature)', () => {
    expect(isStructurallyJwt(`${encode({ alg: 'none' })}.${encode({ user: 'x' })}.`)).toBe(true);
  });

  it('rejects tokens without alg, with a non-object payload or the wrong number of parts', () => {
    expect(isStructurallyJwt(`${encode({ typ: 'JWT' })}.${encode({ a: 1 })}.sig`)).toBe(false);
    expect(isStructurallyJwt(`${encode({ alg: 'HS256' })}.${Buffer.from('hello').toString('base64url')}.sig`)).toBe(false);
    expect(isStructurallyJwt(`${encode({ alg: 'HS256' })}.${encode({ a: 1 })}`)).toBe(false);
    expect(isStructurallyJwt('eyJ.eyJ.x')).toBe(false);
  });
});
