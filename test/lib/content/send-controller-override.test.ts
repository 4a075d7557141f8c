import { describe, expect, it } from 'vitest';
import type { Result } from '../../../lib/core/result.ts';
import type { ScanReply } from '../../../lib/messaging/scan-reply.ts';
import { reply } from '../../support/verdict-fixtures.ts';
import { sendControllerHarness } from '../../support/send-controller-harness.ts';

const harness = (answer: Result<ScanReply>, replayThrows = false) => sendControllerHarness(answer, { replayThrows });

describe('send controller: "Send anyway" is reported (audit override)', () => {
  it('reports the verdict once the send went out', async () => {
    const h = harness(reply('warn', { at: 77 }));
    await h.press();
    expect(h.overrides).toHaveLength(0);
    h.action('send-anyway');
    expect(h.page.sent).toEqual(['long text']);
    expect(h.overrides.map((v) => [v.action, v.at])).toEqual([['warn', 77]]);
  });

  it('does not report "Edit", an allowed send, a block, or a send that failed to go out', async () => {
    const edit = harness(reply('warn'));
    await edit.press();
    edit.action('edit');
    const allowed = harness(reply('allow'));
    await allowed.press();
    const blocked = harness(reply('block'));
    await blocked.press();
    const failing = harness(reply('warn'), true);
    await failing.press();
    failing.action('send-anyway');
    expect([edit, allowed, blocked, failing].flatMap((h) => h.overrides)).toEqual([]);
  });

  it('does not report when the text changed before "Send anyway"', async () => {
    const h = harness(reply('warn'));
    await h.press();
    h.page.text = 'edited meanwhile';
    h.action('send-anyway');
    expect(h.overrides).toEqual([]);
  });
});
