import { describe, expect, it } from 'vitest';
import { createConversationVault, createPageVault } from '../../../lib/content/vault-session.ts';
import { createConversationIds } from '../../../lib/content/vault-conversation-id.ts';
import { RedactionVault } from '../../../lib/redaction/vault.ts';
import { emailRedaction } from '../../support/verdict-fixtures.ts';

const TEXT = 'mail me at a@b.example please';
const SPAN = [emailRedaction(11, 22)];

describe('createConversationVault', () => {
  it('issues stable placeholders per conversation and restores them only there', () => {
    let path = '/c/conv0001';
    const vault = createConversationVault(new RedactionVault(), createConversationIds({ newDraftId: () => 'x', now: () => 0 }), () => path);
    const first = vault.redact(TEXT, SPAN);
    const again = vault.redact(`again: ${TEXT}`, [emailRedaction(18, 29)]);
    expect(first.ok && first.value.text).toBe('mail me at [EMAIL_1] please');
    expect(again.ok && again.value.text).toBe('again: mail me at [EMAIL_1] please');
    expect(vault.restore('Sure, I will write to [EMAIL_1].').text).toBe('Sure, I will write to a@b.example.');
    path = '/c/conv0002';
    expect(vault.restore('Sure, I will write to [EMAIL_1].').text).toBe('Sure, I will write to [EMAIL_1].');
  });

  it('follows a new chat from its bare path to the conversation path the app moves to', () => {
    let path = '/';
    const vault = createPageVault(new RedactionVault(), () => path, () => 'tab1', () => 1_000);
    expect(vault.redact(TEXT, SPAN).ok).toBe(true);
    path = '/c/6f1e2a3b';
    expect(vault.restore('Noted: [EMAIL_1]').text).toBe('Noted: a@b.example');
  });

  it('never puts a value back inside a link target', () => {
    const vault = createPageVault(new RedactionVault(), () => '/c/conv0001', () => 'tab1');
    vault.redact(TEXT, SPAN);
    const outcome = vault.restore('see https://evil.example/?q=[EMAIL_1] and [x]([EMAIL_1])');
    expect(outcome.text).toBe('see https://evil.example/?q=[EMAIL_1] and [x]([EMAIL_1])');
    expect(outcome.skipped.map((s) => s.reason)).toEqual(['in-link', 'in-link']);
  });
});
