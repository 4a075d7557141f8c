import { describe, expect, it } from 'vitest';
import { isWordLike, wordRunShare } from '../../../lib/secrets/word-shape.ts';
import { seededRandom } from '../../../lib/eval/seeded-random.ts';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('wordRunShare / isWordLike', () => {
  it.each([
    'desktop-rhf_SponsoredProductsRemoteRHFSearchEXPSubsK2ClickPagination',
    'madhurjindal/autonlp-Gibberish-Detector-492513457',
    'AcceptanceTimeoutSeconds',
    'makeKubeConfigController',
  ])('%s reads as words', (value) => expect(isWordLike(value)).toBe(true));

  it.each(['f6CGV4aMM9zedoh3OUNbSakBymo7yplB', 'ToCynx5Se4e2PtoZxEhW7lUJcOX15c54', 'c3VwZXIgbG9uZyBzdHJpbmcgc2hvdWxkIGNhdXNlIGVub3VnaCBlbnRyb3B5'])(
    '%s does not',
    (value) => expect(isWordLike(value)).toBe(false),
  );

  it('counts only pronounceable runs (random lower-case letters are not words)', () => {
    expect(wordRunShare('xkqtvbnmzrplwcfhdgsj')).toBe(0);
    expect(wordRunShare('')).toBe(0);
  });

  it('leaves random base62 keys of 32+ characters alone (at most 1 in 100)', () => {
    const random = seededRandom(7);
    let wordLike = 0;
    for (let i = 0; i < 2_000; i += 1) {
      const key = Array.from({ length: 32 }, () => BASE62[Math.floor(random() * BASE62.length)]).join('');
      if (isWordLike(key)) wordLike += 1;
    }
    expect(wordLike).toBeLessThan(20);
  });
});
