import { afterEach, describe, expect, it } from 'vitest';
import { contentSettingsFor } from '../../../lib/content/reply-settings.ts';
import { mergeWindowResult, treatReply } from '../../../lib/content/reply-treatment.ts';
import { err, ok, type Result } from '../../../lib/core/result.ts';
import type { Action } from '../../../lib/core/action.ts';
import type { Category } from '../../../lib/core/category.ts';
import type { ScanReply } from '../../../lib/messaging/scan-reply.ts';
import { helpResources } from '../../../lib/kids/help-resources.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';
import { summary } from '../../support/verdict-fixtures.ts';

const standard = contentSettingsFor('standard');
const kids = contentSettingsFor('kids');

/** An outbound verdict with one reason and its rule message. */
const found = (action: Action, category: Category, ruleId: string, message: string): Result<ScanReply> =>
  ok({
    verdict: summary(action, { direction: 'outbound', reasons: [{ category, action, risk: 0.9, ruleIds: [ruleId] }] }),
    ruleMessages: { [ruleId]: message },
  });

const dangerous = found('warn', 'dangerous-command', 'tool-guard/pipe-to-shell', 'Downloads a script and runs it as root.');

describe('treatReply', () => {
  it('names what was found, in words, for each outbound category', () => {
    const cases: Array<[Category, string]> = [
      ['dangerous-command', 'Dangerous command'],
      ['package-hallucination', 'Package that may not exist'],
      ['false-claim', 'Likely false claim'],
      ['unsafe-json', 'Unsafe JSON'],
      ['exfiltration', 'Data exfiltration'],
      ['content-safety', 'Harmful content'],
    ];
    for (const [category, words] of cases) {
      const treatment = treatReply({ result: found('warn', category, `x/${category}`, 'Why.'), final: true, settings: standard });
      expect(treatment.note?.lines).toEqual([`${words} — warning. Why. (rule x/${category})`]);
    }
  });

  it('standard: warn annotates and leaves the reply readable', () => {
    expect(treatReply({ result: dangerous, final: true, settings: standard })).toEqual({
      cover: 'none',
      note: {
        tone: 'warn',
        title: 'Rampart warns about this reply',
        lines: ['Dangerous command — warning. Downloads a script and runs it as root. (rule tool-guard/pipe-to-shell)'],
        reveal: false,
      },
    });
  });

  it('standard: block and redact blur the reply with "Show reply"; kids hide it with no way to reveal', () => {
    for (const action of ['block', 'redact'] as const) {
      const result = found(action, 'exfiltration', 'exfil/image', 'An image would send conversation text to another host.');
      expect(treatReply({ result, final: true, settings: standard })).toMatchObject({ cover: 'blurred', note: { tone: 'block', title: 'Rampart blurred this reply', reveal: true } });
      expect(treatReply({ result, final: true, settings: kids })).toMatchObject({ cover: 'hidden', note: { title: 'Rampart hid this reply', reveal: false } });
    }
  });

  it('a revealed reply stays shown when a later verdict blurs it again, but a hide still hides', () => {
    const block = found('block', 'content-safety', 'cs/x', 'Harmful.');
    expect(treatReply({ result: block, final: true, settings: standard, revealed: true })).toMatchObject({ cover: 'revealed', note: { reveal: false } });
    expect(treatReply({ result: block, final: true, settings: kids, revealed: true }).cover).toBe('hidden');
  });

  it('standard: nothing is covered or noted while streaming, nor for a clean reply', () => {
    expect(treatReply({ final: false, settings: standard })).toEqual({ cover: 'none' });
    expect(treatReply({ result: ok({ verdict: summary('allow'), ruleMessages: {} }), final: true, settings: standard })).toEqual({ cover: 'none' });
  });

  it('kids: blurred while streaming and after a clean window, uncovered only by the clean full verdict', () => {
    const clean: Result<ScanReply> = ok({ verdict: summary('allow'), ruleMessages: {} });
    expect(treatReply({ final: false, settings: kids })).toMatchObject({ cover: 'checking', note: { tone: 'info', title: 'Rampart is checking this reply' } });
    expect(treatReply({ result: clean, final: false, settings: kids }).cover).toBe('checking');
    expect(treatReply({ result: clean, final: true, settings: kids })).toEqual({ cover: 'none' });
    expect(treatReply({ result: dangerous, final: true, settings: kids })).toMatchObject({ cover: 'blurred', note: { reveal: true } });
  });

  it('a finding in a window is shown at once, marked as not final', () => {
    const treatment = treatReply({ result: found('block', 'dangerous-command', 'tg/x', 'Bad.'), final: false, settings: standard });
    expect(treatment.cover).toBe('blurred');
    expect(treatment.note?.lines.at(-1)).toBe('The reply is still being written; it is checked again when it is complete.');
  });

  it('could not check: a failed window waits for the full scan; a failed full scan is said, and kids stay covered', () => {
    expect(treatReply({ result: err('no answer within 8 s'), final: false, settings: standard })).toEqual({ cover: 'none' });
    expect(treatReply({ result: err('no answer within 20 s'), final: true, settings: standard })).toEqual({
      cover: 'none',
      note: { tone: 'error', title: 'Rampart could not check this reply', lines: ['no answer within 20 s'], reveal: false },
    });
    expect(treatReply({ result: err('x'), final: true, settings: kids })).toMatchObject({ cover: 'checking', note: { tone: 'error', reveal: false } });
  });

  it('an empty settled reply has nothing to cover', () => {
    expect(treatReply({ final: true, settings: kids })).toEqual({ cover: 'none' });
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('speaks the active locale (German): titles, reason lines and the streaming note', () => {
      setLocale(['de-DE']);
      const treatment = treatReply({ result: dangerous, final: false, settings: standard });
      expect(treatment.note?.title).toBe('Rampart warnt vor dieser Antwort');
      expect(treatment.note?.lines).toEqual([
        'Gefährlicher Befehl — Warnung. Downloads a script and runs it as root. (Regel tool-guard/pipe-to-shell)',
        'Die Antwort wird noch geschrieben; sie wird erneut geprüft, sobald sie vollständig ist.',
      ]);
      expect(treatReply({ final: false, settings: kids }).note?.title).toBe('Rampart prüft diese Antwort');
    });
  });
});

describe('treatReply: Kids mode distress help', () => {
  const distressReply = (profileId: string, ruleId: string): Result<ScanReply> =>
    ok({
      verdict: summary('block', { direction: 'outbound', profileId, reasons: [{ category: 'content-safety', action: 'block', risk: 0.9, ruleIds: [ruleId] }] }),
      ruleMessages: { [ruleId]: 'Talks about hurting oneself.' },
    });

  it('a hidden kids reply with a distress finding carries the helplines in its note', () => {
    const treatment = treatReply({ result: distressReply('kids', 'kids-context/distress-self-harm'), final: true, settings: kids });
    expect(treatment.cover).toBe('hidden');
    expect(treatment.note?.help).toEqual(helpResources());
    expect(treatment.note?.help?.link.url).toBe('https://findahelpline.com/');
  });

  it('keeps the help while the reply still streams and after it is revealed', () => {
    expect(treatReply({ result: distressReply('kids', 'kids-context/distress-abuse'), final: false, settings: kids }).note?.help).toEqual(helpResources());
    const blurred = treatReply({ result: distressReply('kids', 'kids-context/distress-abuse'), final: true, settings: standard, revealed: true });
    expect(blurred.cover).toBe('revealed');
    expect(blurred.note?.help).toEqual(helpResources());
  });

  it('no help for another profile, nor for a kids finding that is not distress', () => {
    expect(treatReply({ result: distressReply('standard', 'kids-context/distress-self-harm'), final: true, settings: kids }).note).not.toHaveProperty('help');
    expect(treatReply({ result: distressReply('kids', 'kids-context/harm-weapons'), final: true, settings: kids }).note).not.toHaveProperty('help');
  });
});

describe('mergeWindowResult', () => {
  const allow: Result<ScanReply> = ok({ verdict: summary('allow'), ruleMessages: {} });
  const block = found('block', 'content-safety', 'cs/x', 'x');

  it('keeps the strictest window so far; a later clean window does not undo a finding', () => {
    expect(mergeWindowResult(undefined, allow)).toBe(allow);
    expect(mergeWindowResult(allow, dangerous)).toBe(dangerous);
    expect(mergeWindowResult(dangerous, allow)).toBe(dangerous);
    expect(mergeWindowResult(dangerous, block)).toBe(block);
  });

  it('never replaces an answer with an error, and replaces an error with an answer', () => {
    const failed = err('no answer');
    expect(mergeWindowResult(dangerous, failed)).toBe(dangerous);
    expect(mergeWindowResult(failed, allow)).toBe(allow);
    expect(mergeWindowResult(undefined, failed)).toBe(failed);
  });
});
