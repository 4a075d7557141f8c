import { describe, expect, it } from 'vitest';
import { anyCaseless, assignment, caseless, escapeRegExp, freeValue, prefixed } from '../../../../lib/rules/secrets/pattern-parts.ts';

describe('pattern parts', () => {
  it('escapes literals and spells them case-insensitively', () => {
    expect(escapeRegExp('a.b+c')).toBe('a\\.b\\+c');
    expect(caseless('sk-1')).toBe('[sS][kK]\\-1');
    expect(new RegExp(`^${anyCaseless(['aws', 'gcp'])}$`).test('GcP')).toBe(true);
  });

  it('prefixed() requires a standalone token', () => {
    const regex = new RegExp(prefixed(['tok_'], '[0-9]{4}'), 'g');
    expect('x tok_1234 ytok_1234 tok_12345'.match(regex)).toEqual(['tok_1234']);
  });

  it('assignment() accepts the common operators', () => {
    const regex = new RegExp(assignment(['acme'], '[0-9]{4}'));
    for (const text of ['acme=1234', 'ACME_KEY: "1234"', '"acmeKey" => \'1234\'', 'acme_token := 1234', 'getenv("ACME", "1234")']) {
      expect(regex.exec(text)?.groups?.['secret'], text).toBe('1234');
    }
  });

  it('freeValue() requires quoted values to be closed (no first-word match)', () => {
    const regex = new RegExp(`=${freeValue(4, 64)}`);
    expect(regex.exec('="abcd efgh"')).toBeNull();
    expect(regex.exec('="abcdefgh"')?.groups?.['secret']).toBe('abcdefgh');
    expect(regex.exec("='abcdefgh'")?.groups?.['secret2']).toBe('abcdefgh');
    expect(regex.exec('=abcdefgh;')?.groups?.['secret3']).toBe('abcdefgh');
  });
});
