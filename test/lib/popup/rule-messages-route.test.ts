import { describe, expect, it } from 'vitest';
import { ruleMessagesRoutes, MAX_RULE_IDS } from '../../../lib/popup/rule-messages-route.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';

const route = ruleMessagesRoutes({ detectors: DETECTORS })[0]!;
const sender = { url: 'chrome-extension://abc/popup.html' };

describe('page:rule-messages', () => {
  it('is one page route', () => {
    expect(ruleMessagesRoutes({ detectors: DETECTORS }).map((r) => r.type)).toEqual(['page:rule-messages']);
  });

  it('explains known rule ids and leaves unknown ones out', async () => {
    const result = await route.handle({ ruleIds: ['size/over-limit', 'nope/x', 'size/toString'] }, sender);
    expect(result.ok).toBe(true);
    const messages = (result as { value: Record<string, string> }).value;
    expect(Object.keys(messages)).toEqual(['size/over-limit']);
    expect(messages['size/over-limit']).toMatch(/longer than this profile checks in full/);
  });

  it('refuses a body that is not a bounded list of short strings, without throwing', async () => {
    for (const body of [{}, { ruleIds: 'size/over-limit' }, { ruleIds: [1] }, { ruleIds: ['x'.repeat(201)] }, { ruleIds: Array(MAX_RULE_IDS + 1).fill('a/b') }]) {
      const result = await route.handle(body, sender);
      expect(result.ok, JSON.stringify(body).slice(0, 60)).toBe(false);
      expect((result as { error: string }).error).toMatch(/^page:rule-messages ruleIds|^page:rule-messages needs ruleIds/);
    }
  });
});
