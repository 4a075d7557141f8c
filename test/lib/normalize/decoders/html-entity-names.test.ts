import { describe, expect, it } from 'vitest';
import { namedEntity } from '../../../../lib/normalize/decoders/html-entity-names.ts';

describe('namedEntity', () => {
  it.each([
    ['lt', '<'],
    ['quot', '"'],
    ['copy', '©'],
    ['Eacute', 'É'],
    ['alpha', 'α'],
    ['hellip', '…'],
  ])('&%s;', (name, value) => {
    expect(namedEntity(name)).toBe(value);
  });

  it('is case-sensitive and knows only real names', () => {
    expect(namedEntity('AMP')).toBeUndefined();
    expect(namedEntity('constructor')).toBeUndefined();
  });
});
