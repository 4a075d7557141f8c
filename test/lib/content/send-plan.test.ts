import { describe, expect, it } from 'vitest';
import { err } from '../../../lib/core/result.ts';
import { explainReply, planSend } from '../../../lib/content/send-plan.ts';
import { emailRedaction, reply } from '../../support/verdict-fixtures.ts';

describe('planSend', () => {
  it('releases an allowed message', () => {
    expect(planSend(reply('allow'), 'hi')).toEqual({ kind: 'release' });
  });

  it('asks for confirmation on warn, with the reason in words', () => {
    const plan = planSend(reply('warn'), 'x');
    expect(plan.kind).toBe('confirm');
    if (plan.kind !== 'confirm') return;
    expect(plan.explanation.title).toBe('Rampart warns about this message');
    expect(plan.explanation.lines).toEqual(['Oversized text — warning. The text is too long to check in full. (rule size/over-limit)']);
  });

  it('holds a blocked message', () => {
    const plan = planSend(reply('block'), 'x');
    expect(plan).toMatchObject({ kind: 'hold', explanation: { title: 'Rampart blocked this message' } });
  });

  it('rewrites a redacted message with the placeholders', () => {
    const text = 'mail me at a@b.example please';
    const plan = planSend(
      reply('redact', { reasons: [{ category: 'pii', action: 'redact', risk: 0.9, ruleIds: ['pii/email'] }], redactions: [emailRedaction(11, 22)] }),
      text,
    );
    expect(plan).toMatchObject({ kind: 'rewrite', text: 'mail me at [EMAIL_1] please', replaced: 1 });
  });

  it('holds a redact verdict that has nothing to redact', () => {
    expect(planSend(reply('redact', { redactions: [] }), 'x').kind).toBe('hold');
  });

  it('never releases on an error or a timeout', () => {
    expect(planSend(err('no answer within 8 s'), 'x')).toEqual({ kind: 'unchecked', detail: 'no answer within 8 s' });
  });
});

describe('explainReply', () => {
  it('falls back to the category when a rule has no message', () => {
    const value = reply('warn', { reasons: [{ category: 'detector-failure', action: 'warn', risk: 1, ruleIds: ['size/timeout'] }] });
    if (!value.ok) throw new Error();
    expect(explainReply(value.value).lines).toEqual(['A check could not run — warning. (rule size/timeout)']);
  });
});
