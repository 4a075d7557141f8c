import { afterEach, describe, expect, it } from 'vitest';
import { err } from '../../../lib/core/result.ts';
import { explainReply, planSend, reasonLines } from '../../../lib/content/send-plan.ts';
import { createPageVault } from '../../../lib/content/vault-session.ts';
import { RedactionVault } from '../../../lib/redaction/vault.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';
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

  it('with the page vault: placeholders are numbered per conversation, stable across turns', () => {
    const vault = createPageVault(new RedactionVault(), () => '/c/conv0001', () => 'tab');
    const pii = { reasons: [{ category: 'pii' as const, action: 'redact' as const, risk: 0.9, ruleIds: ['pii/email'] }] };
    const first = planSend(reply('redact', { ...pii, redactions: [emailRedaction(11, 22), { start: 27, end: 38, category: 'pii', placeholder: '[EMAIL_1]' }] }), 'mail me at a@b.example and c@d.example', vault);
    expect(first).toMatchObject({ kind: 'rewrite', text: 'mail me at [EMAIL_1] and [EMAIL_2]', replaced: 2 });
    // Next turn: the verdict numbers its own text from 1 again; the vault keeps c@d.example as [EMAIL_2].
    const second = planSend(reply('redact', { ...pii, redactions: [emailRedaction(6, 17)] }), 'also: c@d.example', vault);
    expect(second).toMatchObject({ kind: 'rewrite', text: 'also: [EMAIL_2]', replaced: 1 });
    expect(vault.restore('I wrote to [EMAIL_2].').text).toBe('I wrote to c@d.example.');
  });

  it('with the page vault: spans that do not fit the text are held, never sent whole', () => {
    const vault = createPageVault(new RedactionVault(), () => '/c/conv0001', () => 'tab');
    expect(planSend(reply('redact', { redactions: [emailRedaction(50, 60)] }), 'short', vault).kind).toBe('hold');
  });

  it('holds a redact verdict that has nothing to redact', () => {
    expect(planSend(reply('redact', { redactions: [] }), 'x').kind).toBe('hold');
  });

  it('never releases on an error or a timeout', () => {
    expect(planSend(err('no answer within 8 s'), 'x')).toEqual({ kind: 'unchecked', detail: 'no answer within 8 s' });
  });
});

describe('reasonLines', () => {
  it('is one line per reason, the lines explainReply shows', () => {
    const value = reply('warn');
    if (!value.ok) throw new Error();
    expect(reasonLines(value.value)).toEqual(explainReply(value.value).lines);
    expect(reasonLines(value.value)).toHaveLength(1);
  });
});

describe('explainReply', () => {
  it('falls back to the category when a rule has no message', () => {
    const value = reply('warn', { reasons: [{ category: 'detector-failure', action: 'warn', risk: 1, ruleIds: ['size/timeout'] }] });
    if (!value.ok) throw new Error();
    expect(explainReply(value.value).lines).toEqual(['A check could not run — warning. (rule size/timeout)']);
  });

  it('has a title for every action', () => {
    const titles = (['allow', 'warn', 'redact', 'block'] as const).map((action) => {
      const value = reply(action);
      if (!value.ok) throw new Error();
      return explainReply(value.value).title;
    });
    expect(titles).toEqual([
      'Rampart allowed this message',
      'Rampart warns about this message',
      'Rampart redacted this message before sending',
      'Rampart blocked this message',
    ]);
  });
});

describe('in another language', () => {
  afterEach(() => setLocale('en'));

  it('explains in the active locale (German); the rules’ own messages stay as they are', () => {
    setLocale(['de-AT', 'en']);
    const value = reply('block', { reasons: [{ category: 'secrets', action: 'block', risk: 1, ruleIds: ['secrets/aws', 'secrets/entropy'] }] });
    if (!value.ok) throw new Error();
    expect(explainReply(value.value)).toEqual({
      title: 'Rampart hat diese Nachricht blockiert',
      lines: ['Geheimnis oder Zugangsdaten — blockiert. (Regel secrets/aws, secrets/entropy)'],
    });
  });
});
