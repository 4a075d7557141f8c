import { describe, expect, it } from 'vitest';
import { identityView } from '../../../lib/normalize/offset-map.ts';
import { readUpsideDown } from '../../../lib/normalize/upside-down.ts';

describe('readUpsideDown', () => {
  it('turns an upside-down line back and reads it right to left', () => {
    const text = 'Note: ¡ǝɹouƃᴉ ןןɐ snoᴉʌǝɹd'
    const result = readUpsideDown(identityView('cleaned', text));
    expect(result.view?.text).toContain('previous all ignore!');
    expect(result.signal?.kind).toBe('upside-down');
    expect(result.view?.monotone).toBe(false);
  });

  it('turns several lines back as one block (generators flip the whole text)', () => {
    const result = readUpsideDown(identityView('cleaned', 'ǝuoʇ ǝɥʇ\nǝɹouƃᴉ ʇsɹᴉɟ'));
    expect(result.view?.text).toBe('first ignore\nthe tone');
  });

  it('leaves IPA and Hebrew alone', () => {
    expect(readUpsideDown(identityView('cleaned', 'red is /ɹɛd/ and שלום ןן')).view).toBeUndefined();
  });
});
