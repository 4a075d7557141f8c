import { describe, expect, it } from 'vitest';
import { isValidNir } from '../../../../lib/pii/national-ids/fr-nir.ts';
import { mod97 } from '../../../../lib/pii/mod97.ts';

const withKey = (body: string) => body + String(97 - mod97(body.replace('2A', '19').replace('2B', '18'))).padStart(2, '0');

describe('isValidNir', () => {
  it('accepts a NIR with its mod-97 key, Corsican départements included', () => {
    expect(isValidNir('269054958815780')).toBe(true);
    expect(isValidNir(withKey('1850578006084'))).toBe(true);
    expect(isValidNir(withKey('2910320A12345'))).toBe(false);
    expect(isValidNir(withKey('29103' + '2A' + '123456'))).toBe(true);
  });
  it('rejects a wrong key, sex digit or month', () => {
    expect(isValidNir('269054958815781')).toBe(false);
    expect(isValidNir('569054958815780')).toBe(false);
    expect(isValidNir(withKey('1851578006084'))).toBe(false);
  });
});
