import { describe, expect, it, vi } from 'vitest';
import { reportNotAnAttack } from '../../../../lib/adapters/content/feedback-client.ts';

describe('reportNotAnAttack', () => {
  it('sends one tab:feedback-report with label fine and passes the answer on', async () => {
    const send = vi.fn(async () => ({ ok: true, value: { recorded: 1 } }));
    expect(await reportNotAnAttack('the checked text', send)).toEqual({ ok: true, value: { recorded: 1 } });
    expect(send).toHaveBeenCalledWith({ type: 'tab:feedback-report', text: 'the checked text', label: 'fine' });
  });

  it('resolves with an error on a refusal, a garbled answer, a throw or a timeout', async () => {
    expect(await reportNotAnAttack('x', async () => ({ ok: false, error: 'feedback is turned off' }))).toEqual({ ok: false, error: 'feedback is turned off' });
    expect(await reportNotAnAttack('x', async () => undefined)).toMatchObject({ ok: false });
    expect(
      await reportNotAnAttack('x', () => {
        throw new Error('Extension context invalidated.');
      }),
    ).toMatchObject({ ok: false });
    expect(await reportNotAnAttack('x', () => new Promise(() => undefined), 10)).toMatchObject({ ok: false, error: expect.stringMatching(/no answer/) });
  });
});
