import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, CUE_WORDS, isKnownWord } from '../../../lib/normalize/english-words.ts';
import { ENGLISH_VOCABULARY } from '../../../lib/normalize/english-vocabulary.ts';

describe('english words', () => {
  it('knows every common word, and the wider vocabulary beyond them', () => {
    for (const word of ['the', 'instructions', 'password', 'ignore']) expect(isKnownWord(word), word).toBe(true);
    // Attack vocabulary that benign rows, and so the common lexicon, hardly have.
    for (const word of ['bomb', 'heroin', 'cocaine', 'mayor']) {
      expect(COMMON_WORDS.has(word), word).toBe(false);
      expect(isKnownWord(word), word).toBe(true);
    }
  });

  it('knows no pieces, no gibberish and no capitals (words are asked in lower case)', () => {
    for (const word of ['ayor', 'hloroform', 'xqzv', 'Bomb', '']) expect(isKnownWord(word), word).toBe(false);
  });

  it('keeps the generated vocabulary lower-case ASCII words, sorted, without duplicates', () => {
    const words = ENGLISH_VOCABULARY.split(/\s+/).filter(Boolean);
    expect(words.length).toBeGreaterThan(15_000);
    expect(words.every((word) => /^[a-z]{2,15}$/.test(word))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
    expect([...words].sort()).toEqual(words);
    expect(CUE_WORDS.size).toBeGreaterThan(0);
  });
});
