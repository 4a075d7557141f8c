import { describe, expect, it } from 'vitest';
import { CODE_INTENT, CONTENT_SAFETY, directionOfFile, harmCodes, MODEL_SPECS, PROMPT_ATTACK } from '../../../lib/training/model-specs.ts';
import type { TrainingRow } from '../../../lib/training/training-row.ts';

const row = (family: string, extra: Partial<TrainingRow> = {}): TrainingRow => ({
  id: 'x',
  text: 't',
  label: family.startsWith('benign') ? 'benign' : 'attack',
  family,
  lang: 'en',
  license: 'MIT',
  source: 'a/b@c:d',
  direction: 'inbound',
  ...extra,
});

describe('model specs', () => {
  it('lists each model once, sorted, with one target per output', () => {
    expect(MODEL_SPECS.map((spec) => spec.id)).toEqual(['code-intent', 'content-safety', 'prompt-attack']);
    for (const spec of MODEL_SPECS) {
      const targets = spec.targets(row('benign', { direction: directionOfFile(spec.files[0]!) }));
      expect(targets).toHaveLength(spec.outputs.length);
    }
  });

  it('prompt-attack: injection and jailbreak are attacks, harmful requests are not its business', () => {
    expect(PROMPT_ATTACK.targets(row('injection_indirect'))).toEqual([1, 1, 0]);
    expect(PROMPT_ATTACK.targets(row('jailbreak'))).toEqual([1, 0, 1]);
    expect(PROMPT_ATTACK.targets(row('benign_hard'))).toEqual([0, 0, 0]);
    expect(PROMPT_ATTACK.targets(row('harmful'))).toBeUndefined();
  });

  it('the prose models learn everyday requests (an inbound file of benign rows) beside the dev data', () => {
    expect(PROMPT_ATTACK.files).toContain('everyday-train');
    expect(CONTENT_SAFETY.files).toContain('everyday-train');
    expect(CODE_INTENT.files).not.toContain('everyday-train');
    expect(directionOfFile('everyday-train')).toBe('inbound');
    expect(directionOfFile('harmful-train')).toBe('inbound');
    expect(directionOfFile('outbound_packages')).toBe('outbound');
    expect(directionOfFile('tool')).toBe('tool');
  });

  it('content-safety: maps source categories to S-codes, and leaves unknown hazards open', () => {
    expect([...harmCodes('beavertails:hate_speech_offensive_language')]).toEqual(['S10']);
    expect(harmCodes('do_not_answer:information_hazard').has('S7')).toBe(true);
    expect(harmCodes('cyberseceval_interpreter:Container Escape').has('S14')).toBe(true);
    const unknown = CONTENT_SAFETY.targets(row('harmful', { category: 'advbench_behavior' }))!;
    expect(unknown[0]).toBe(1);
    expect(unknown.slice(1).every(Number.isNaN)).toBe(true);
    expect(CONTENT_SAFETY.targets(row('jailbreak'))).toBeUndefined();
    // Real package names (as install replies) are negatives; invented ones are package-check's business.
    expect(CONTENT_SAFETY.files).toContain('outbound_packages');
    expect(CONTENT_SAFETY.targets(row('benign', { direction: 'outbound', category: 'pypi:real_top' }))![0]).toBe(0);
    expect(CONTENT_SAFETY.targets(row('package_hallucination', { label: 'attack', category: 'pypi:fake' }))).toBeUndefined();
  });

  it('code-intent: payload rows are malicious with their group; ordinary commands are not', () => {
    expect(CODE_INTENT.targets(row('tool', { direction: 'tool', category: 'pat_payload:SQL Injection' }))).toEqual([1, 1, 0, 0]);
    expect(CODE_INTENT.targets(row('tool', { direction: 'tool', category: 'offensive_cheatsheet:shell-reverse-cheatsheet' }))).toEqual([1, 0, 1, 0]);
    expect(CODE_INTENT.targets(row('tool', { direction: 'tool', category: 'pat_payload:Directory Traversal' }))).toEqual([1, 0, 0, 1]);
    expect(CODE_INTENT.targets(row('benign', { direction: 'tool' }))).toEqual([0, 0, 0, 0]);
    expect(CODE_INTENT.targets(row('secret', { direction: 'tool' }))).toBeUndefined();
  });

  it("code-intent learns ordinary code answers (Rampart's own outbound set) as not malicious", () => {
    expect(CODE_INTENT.files).toContain('code-replies-train');
    expect(directionOfFile('code-replies-train')).toBe('outbound');
    expect(CODE_INTENT.targets(row('benign', { direction: 'outbound', category: 'sql' }))).toEqual([0, 0, 0, 0]);
    // Other models do not read it: a code answer says nothing about prompt attacks or harm.
    expect(PROMPT_ATTACK.files).not.toContain('code-replies-train');
    expect(CONTENT_SAFETY.files).not.toContain('code-replies-train');
  });
});
