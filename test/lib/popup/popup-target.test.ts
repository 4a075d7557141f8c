import { describe, expect, it } from 'vitest';
import { tabIdFromSearch } from '../../../lib/popup/popup-target.ts';

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
  });

  it('ignores a missing or malformed tab id (the popup then uses the active tab)', () => {
    for (const search of ['', '?', '?tabId=', '?tabId=-1', '?tabId=1.5', '?tabId=1e3', '?tabId=abc', '?tabId=9999999999999999']) {
      expect(tabIdFromSearch(search)).toBeUndefined();
    }
  });
});
