import { describe, expect, it } from 'vitest';
import { isValidNpmName, normaliseNpmName } from '../../../lib/packages/npm-name.ts';

describe('npm names', () => {
  it('lower-case for lookup (legacy mixed-case names are found lower-cased)', () => {
    expect(normaliseNpmName('JSONStream')).toBe('jsonstream');
  });

  it('accept the shapes npm publishes, scoped or not', () => {
    for (const name of ['react', '@types/node', 'lodash.merge', 'socket.io', 'JSONStream', '@babel/preset-env', 'a', '~x']) expect(isValidNpmName(name)).toBe(true);
  });

  it('refuse what cannot be a package name', () => {
    for (const name of ['', '.hidden', '_private', '@scope', '@scope/', 'a b', 'a/b', 'x'.repeat(215), 'naïve', 'a:b']) expect(isValidNpmName(name)).toBe(false);
  });
});
