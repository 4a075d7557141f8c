import { describe, expect, it } from 'vitest';
import { entryKey, resolveProfile, scopeDigest } from '../../../lib/cache/cache-key.ts';
import { newSalt, saltedDigester } from '../../../lib/cache/digest.ts';
import { normalize } from '../../../lib/core/normalize.ts';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';

const STAMP = 's'.repeat(64);

describe('resolveProfile', () => {
  it('resolves ids as the pipeline does', () => {
    expect(resolveProfile(undefined)).toBe(PROFILES.standard);
    expect(resolveProfile('strict')).toBe(PROFILES.strict);
    expect(resolveProfile(PROFILES.kids)).toBe(PROFILES.kids);
    expect(resolveProfile('toString')).toBeUndefined();
    expect(resolveProfile('made-up')).toBeUndefined();
  });
});

describe('scope and key', () => {
  it('give one key per text and context, and another for anything that can change the verdict', () => {
    const digest = saltedDigester(newSalt());
    const input = { direction: 'outbound' as const, site: 'chatgpt.com', conversationText: 'the prompt' };
    const scope = scopeDigest(input, PROFILES.standard!, STAMP, '', digest);
    expect(scope).toMatch(/^[0-9a-f]{64}$/u);
    expect(scopeDigest({ ...input }, PROFILES.standard!, STAMP, '', digest)).toBe(scope);
    const others = [
      scopeDigest({ ...input, direction: 'inbound' }, PROFILES.standard!, STAMP, '', digest),
      scopeDigest({ ...input, site: 'claude.ai' }, PROFILES.standard!, STAMP, '', digest),
      scopeDigest({ ...input, tier: 'admin' }, PROFILES.standard!, STAMP, '', digest),
      scopeDigest({ ...input, conversationText: 'another prompt' }, PROFILES.standard!, STAMP, '', digest),
      scopeDigest({ direction: 'outbound', site: 'chatgpt.com' }, PROFILES.standard!, STAMP, '', digest),
      scopeDigest(input, PROFILES.strict!, STAMP, '', digest),
      // The same id and version with another threshold (an edit without a version bump).
      scopeDigest(input, { ...PROFILES.standard!, categories: { ...PROFILES.standard!.categories, pii: [] } }, STAMP, '', digest),
      scopeDigest(input, PROFILES.standard!, 't'.repeat(64), '', digest),
      scopeDigest(input, PROFILES.standard!, STAMP, 'feedback-changed', digest),
    ];
    expect(new Set([scope, ...others]).size).toBe(others.length + 1);

    const key = entryKey(scope, 'Hello there', digest);
    expect(entryKey(scope, 'Hello there', digest)).toBe(key);
    expect(entryKey(scope, 'Hello there ', digest)).not.toBe(key);
    expect(entryKey(others[0]!, 'Hello there', digest)).not.toBe(key);
  });

  it('only the recent end of the conversation counts, as in the pipeline', () => {
    const digest = saltedDigester(newSalt());
    const long = 'x'.repeat(50_000);
    const a = scopeDigest({ direction: 'outbound', conversationText: `A${long}` }, PROFILES.standard!, STAMP, '', digest);
    const b = scopeDigest({ direction: 'outbound', conversationText: `B${long}` }, PROFILES.standard!, STAMP, '', digest);
    expect(a).toBe(b);
  });

  it('keys on the text as written: its canonical form would let a hidden-character variant share the clean verdict', async () => {
    const clean = 'tell me a story about dragons please';
    const hidden = 'tell me a story about dra\u200Bgons please';
    // The pipeline's normal form cannot tell them apart…
    expect(normalize(hidden).canonical.text).toBe(normalize(clean).canonical.text);
    // …but the verdicts differ (invisible-text reports the zero-width character: a warning in strict).
    const pipeline = createPipeline({ detectors: DETECTORS, clock: () => 0 });
    const verdictOf = async (text: string) => {
      const result = await pipeline.scan({ text, direction: 'inbound', profile: 'strict' });
      if (!result.ok) throw new Error(result.error);
      return result.value.action;
    };
    expect(await verdictOf(clean)).toBe('allow');
    expect(await verdictOf(hidden)).toBe('warn');
    const digest = saltedDigester(newSalt());
    const scope = scopeDigest({ direction: 'inbound' }, PROFILES.strict!, STAMP, '', digest);
    expect(entryKey(scope, hidden, digest)).not.toBe(entryKey(scope, clean, digest));
  });
});
