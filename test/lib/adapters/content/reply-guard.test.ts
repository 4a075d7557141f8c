import { describe, expect, it } from 'vitest';
import { watchedAttributes } from '../../../../lib/adapters/content/reply-guard.ts';

// The guard itself (MutationObserver, layout, shadow roots) is exercised in real Chromium against
// the mock chat pages; here: which attribute changes wake it.
describe('watchedAttributes', () => {
  it('takes the attribute names the selectors test, plus class and id when they use . or #', () => {
    expect(watchedAttributes(['div[data-is-streaming="true"]', 'button[aria-label*="Stop"]']).sort()).toEqual(['aria-label', 'data-is-streaming']);
    expect(watchedAttributes(['.result-streaming', '#stop']).sort()).toEqual(['class', 'id']);
  });

  it('ignores dots inside attribute values and never watches Rampart’s own attribute', () => {
    expect(watchedAttributes(['a[href*="x.example"]', '[data-rampart-reply]'])).toEqual(['href']);
    expect(watchedAttributes([])).toEqual([]);
  });
});
