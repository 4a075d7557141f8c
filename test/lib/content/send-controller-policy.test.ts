import { describe, expect, it } from 'vitest';
import type { Result } from '../../../lib/core/result.ts';
import type { ScanReply } from '../../../lib/messaging/scan-reply.ts';
import { reply } from '../../support/verdict-fixtures.ts';
import { sendControllerHarness } from '../../support/send-controller-harness.ts';

const DISABLED_LINE = 'Your organization does not allow sending anyway.';

const harness = (answer: Result<ScanReply>, policy: { allowed: boolean } | undefined) =>
  sendControllerHarness(answer, policy ? { deps: { canSendAnyway: () => policy.allowed } } : {});

describe('send controller: "Send anyway" turned off by the admin (managed disabledFeatures sendAnyway)', () => {
  it('shows the warning with only Edit, and says why', async () => {
    const h = harness(reply('warn'), { allowed: false });
    await h.press();
    expect(h.visible()).toMatchObject({ tone: 'warn', role: 'alert', focus: 'edit' });
    expect(h.ids()).toEqual(['edit']);
    expect(h.visible()!.lines.at(-1)).toBe(DISABLED_LINE);
    h.action('edit');
    expect(h.visible()).toBeUndefined();
    expect(h.page.sent).toEqual([]);
    expect(h.page.text).toBe('long text');
    expect(h.overrides).toEqual([]);
  });

  it('offers "Send anyway" when allowed, and when no policy is given', async () => {
    for (const policy of [{ allowed: true }, undefined]) {
      const h = harness(reply('warn'), policy);
      await h.press();
      expect(h.ids()).toEqual(['send-anyway', 'edit']);
      expect(h.visible()!.lines).not.toContain(DISABLED_LINE);
    }
  });

  it('a policy change between the warning and the click wins: nothing is sent', async () => {
    const policy = { allowed: true };
    const h = harness(reply('warn'), policy);
    await h.press();
    policy.allowed = false;
    h.action('send-anyway');
    expect(h.page.sent).toEqual([]);
    expect(h.overrides).toEqual([]);
    expect(h.ids()).toEqual(['edit']);
    expect(h.visible()!.lines.at(-1)).toBe(DISABLED_LINE);
  });

  it('leaves allowed sends and blocks as they are', async () => {
    const allowed = harness(reply('allow'), { allowed: false });
    await allowed.press();
    expect(allowed.page.sent).toEqual(['long text']);
    const blocked = harness(reply('block'), { allowed: false });
    await blocked.press();
    expect(blocked.ids()).toEqual(['edit']);
    expect(blocked.visible()!.lines).not.toContain(DISABLED_LINE);
  });
});
