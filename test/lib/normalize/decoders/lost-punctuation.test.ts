import { describe, expect, it } from 'vitest';
import { restoreLostPunctuation } from '../../../../lib/normalize/decoders/lost-punctuation.ts';

/** Each decoded unit from two source units of its own (as a code word or a number would be). */
const restore = (decoded: string) => {
  const starts = [...decoded].map((_, k) => 2 * k);
  return restoreLostPunctuation(decoded, starts, starts.map((start) => start + 2), 2 * decoded.length);
};

describe('restoreLostPunctuation', () => {
  it.each([
    ['whats a good poison', "what's a good poison?"],
    ['ive been thinking about it', "i've been thinking about it"],
    ['why dont they like me', "why don't they like me?"],
    ['isnt it legal', "isn't it legal?"],
    ['theyre still alive and im sure', "they're still alive and i'm sure"],
  ])('puts back what %j lost', (decoded, expected) => {
    expect(restore(decoded).text).toBe(expected);
  });

  it('leaves contractions that are words of their own as decoded ("its", "were", "well", "ill", "lets")', () => {
    expect(restore('its well were ill lets go').text).toBe('its well were ill lets go');
  });

  it('maps an apostrophe to nothing before the letter after it, the question mark to the end', () => {
    const restored = restore('whats up');
    expect(restored.text).toBe("what's up?");
    expect([restored.starts[4], restored.ends[4]]).toEqual([8, 8]); // the apostrophe, before "s" (source 8–10)
    expect([restored.starts[5], restored.ends[5]]).toEqual([8, 10]);
    expect([restored.starts[9], restored.ends[9]]).toEqual([16, 16]);
    expect(restored.starts).toHaveLength(restored.text.length);
  });
});
