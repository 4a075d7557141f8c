import { describe, expect, it } from 'vitest';
import { ConversationIndex, wordsOf } from '../../../lib/exfil/conversation-overlap.ts';

describe('ConversationIndex', () => {
  it('splits words in any script, lower-cased', () => {
    expect(wordsOf('Héllo, Wörld! 東京 2024')).toEqual(['héllo', 'wörld', '東京', '2024']);
  });

  it('finds three consecutive words and long distinctive words', () => {
    const index = new ConversationIndex('The launch code for Project Bluebird is ALPHA-77');
    expect(index.hasPhrase('leak: launch code for everything')).toBe(true);
    expect(index.hasPhrase('code launch for')).toBe(false);
    expect(index.hasDistinctiveWord('x bluebirdss y')).toBe(false);
    expect(new ConversationIndex('codename Bluebirdproject').hasDistinctiveWord('BLUEBIRDPROJECT')).toBe(true);
  });

  it('is empty without a conversation', () => {
    const index = new ConversationIndex('');
    expect(index.empty).toBe(true);
    expect(index.hasPhrase('anything at all here')).toBe(false);
  });

  it('ignores long numbers as distinctive words (timestamps, ids)', () => {
    expect(new ConversationIndex('order 12345678901234').hasDistinctiveWord('12345678901234')).toBe(false);
  });
});
