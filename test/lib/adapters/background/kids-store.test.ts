import { describe, expect, it } from 'vitest';
import { ok } from '../../../../lib/core/result.ts';
import { createKidsBackground } from '../../../../lib/adapters/background/kids-store.ts';
import type { KidsSessionGrant } from '../../../../lib/kids/kids-session.ts';
import type { KidsSettings } from '../../../../lib/settings/user-settings.ts';
import { summary } from '../../../support/verdict-fixtures.ts';
import { fakeClock, memoryArea } from '../../kids/memory-area.ts';

describe('Kids background wiring', () => {
  it('shares one session between the routes and verifyKidsToken, and records verdicts while Kids mode is on', async () => {
    const local = memoryArea();
    const session = memoryArea();
    const clock = fakeClock();
    let kids: KidsSettings = { enabled: false, ageBand: '9-12' };
    const background = createKidsBackground({
      readKids: async () => kids,
      updateKids: async (next) => ok((kids = next)),
      local,
      session,
      now: clock.now,
    });
    const setup = background.routes.find((route) => route.type === 'page:kids-setup')!;
    const answer = await setup.handle({ pin: '4711', ageBand: '13-15' }, {} as never);
    expect(answer.ok).toBe(true);
    const { token } = (answer as { value: KidsSessionGrant }).value;
    expect(await background.verifyKidsToken(token)).toBe(true);
    expect(await background.verifyKidsToken('nope')).toBe(false);

    await background.recordKidsVerdict({
      summary: summary('block', { at: clock.now(), profileId: 'kids', reasons: [{ category: 'content-safety', action: 'block', risk: 1, ruleIds: ['kids-context/distress-grooming'] }] }),
      site: 'https://chatgpt.com/c/1',
      direction: 'inbound',
      tabId: 1,
    });
    expect(await background.alerts.alerts()).toEqual([{ at: clock.now(), kind: 'distress', category: 'content-safety', site: 'chatgpt.com', ruleIds: ['kids-context/distress-grooming'] }]);
    expect(session.data.size).toBe(1);
    expect([...local.data.keys()].sort()).toEqual(['kidsAlerts', 'kidsPin', 'kidsPinAttempts', 'kidsWeekly']);
  });
});
