import { describe, expect, it } from 'vitest';
import { findAgentMentions, MIXTURE_PATTERNS, mixtureClaims } from '../../../lib/truth/mixture-claims.ts';
import { splitSentences } from '../../../lib/truth/sentences.ts';
import { redosVerdict } from '../../support/redos-check.ts';

function claims(text: string): string[] {
  const sentences = splitSentences(text);
  return sentences.flatMap((sentence, index) => {
    const neighbours = [sentences[index - 1], sentences[index + 1]].filter((span) => span !== undefined);
    return mixtureClaims(text, sentence, findAgentMentions(text, sentence.start, sentence.end), neighbours).map((claim) => `${claim.rule}:${text.slice(claim.start, claim.end)}`);
  });
}

describe('findAgentMentions', () => {
  it('finds agents in several languages, once per group a name belongs to', () => {
    const text = 'lejía, vinegar, 漂白剂';
    expect(findAgentMentions(text).map((mention) => mention.agentId)).toEqual(['bleach', 'acid', 'vinegar', 'bleach']);
  });
});

describe('mixtureClaims', () => {
  it('flags a recommended or praised mixture, with the span over both agents', () => {
    expect(claims('Mixing bleach and ammonia makes a stronger cleaner.')).toEqual(['dangerous-mixture:bleach and ammonia']);
    expect(claims('Add rubbing alcohol to bleach for a better disinfectant.')).toEqual(['dangerous-mixture:rubbing alcohol to bleach']);
    expect(claims('Mix two drain cleaners together if the first fails.')).toEqual(['dangerous-mixture:drain cleaners']);
  });

  it('does not flag warnings, alternatives, sequences or a warning in the next sentence', () => {
    expect(claims('Never mix bleach and ammonia.')).toEqual([]);
    expect(claims('Mixing bleach and vinegar releases chlorine gas.')).toEqual([]);
    expect(claims('Use bleach or vinegar, not both.')).toEqual([]);
    expect(claims('Spray vinegar, rinse, and then use hydrogen peroxide separately.')).toEqual([]);
    expect(claims('Some people mix bleach and ammonia. The fumes are toxic.')).toEqual([]);
    expect(claims('Add a drain cleaner and wait 15 minutes.')).toEqual([]);
  });

  it('does not read two cleaners used for different jobs as a mixture', () => {
    expect(claims('Clean the bathroom with bleach, and use vinegar for the windows.')).toEqual([]);
    expect(claims('Wipe the counter with vinegar; for the toilet, use bleach.')).toEqual([]);
    expect(claims('Hydrogen peroxide and vinegar are both great natural cleaners.')).toEqual([]);
    expect(claims('Pour some vinegar into the bleach to make it stronger.')).toEqual(['dangerous-mixture:vinegar into the bleach']);
  });

  it.each(Object.entries(MIXTURE_PATTERNS))('%s passes the ReDoS check (recheck)', { timeout: 300_000 }, async (_name, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  });
});
