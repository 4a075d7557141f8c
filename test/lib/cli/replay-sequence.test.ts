import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReplaySequence, EDITS, loadReplayPool, nearDuplicate, type ReplayPrompt } from '../../../lib/cli/replay-sequence.ts';
import { seededRandom } from '../../../lib/eval/seeded-random.ts';

const pool: ReplayPrompt[] = Array.from({ length: 3_000 }, (_, i) => ({ text: `Prompt number ${i} asks about something else entirely.`, label: i % 3 ? 'benign' : 'attack' }));

describe('nearDuplicate', () => {
  it('always changes the text, and only a little', () => {
    const random = seededRandom(1);
    for (const text of ['What is the capital of France?', 'hello', 'explain quantum tunnelling in simple terms please', 'ALL CAPS TEXT HERE']) {
      for (const edit of EDITS) {
        const edited = nearDuplicate(text, edit, random);
        expect(edited).not.toBe(text);
        expect(Math.abs(edited.length - text.length)).toBeLessThanOrEqual(Math.max(12, text.length / 4));
      }
    }
    expect(nearDuplicate('Is it?', 'punctuation', random)).toBe('Is it');
    expect(nearDuplicate('Hello World', 'case', random)).toBe('hello world');
  });
});

describe('buildReplaySequence', () => {
  it('is deterministic and has the asked-for share of exact repeats and near-duplicates', () => {
    const options = { scans: 2_000, repeatRate: 0.3, nearRate: 0.15, seed: 6 };
    const steps = buildReplaySequence(pool, options);
    expect(buildReplaySequence(pool, options)).toEqual(steps);
    expect(steps).toHaveLength(2_000);
    const share = (kind: string) => steps.filter((step) => step.kind === kind).length / steps.length;
    expect(share('repeat')).toBeCloseTo(0.3, 1);
    expect(share('near-duplicate')).toBeCloseTo(0.15, 1);
    const seen = new Set<string>();
    for (const step of steps) {
      if (step.kind === 'repeat') expect(seen.has(step.text)).toBe(true);
      if (step.kind === 'new') expect(seen.has(step.text)).toBe(false);
      if (step.kind === 'near-duplicate') {
        expect(step.text).not.toBe(pool[step.base]!.text);
        expect(step.edit).toBeDefined();
      }
      expect(step.label).toBe(pool[step.base]!.label);
      seen.add(step.text);
    }
    expect(buildReplaySequence(pool, { ...options, seed: 7 })).not.toEqual(steps);
  });

  it('stops when the pool runs out of new prompts', () => {
    expect(buildReplaySequence(pool.slice(0, 5), { scans: 100, repeatRate: 0, nearRate: 0, seed: 1 })).toHaveLength(5);
  });
});

describe('loadReplayPool', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rampart-replay-'));
    const rows = Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: `row ${i} ${'x'.repeat(i % 2 ? 10 : 3)}`, label: i % 4 ? 'benign' : 'attack', family: 'f' }));
    writeFileSync(join(dir, 'inbound.jsonl'), [...rows, 'not json', JSON.stringify({ text: 'short', label: 'benign', family: 'f' })].join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('samples both labels in the asked-for proportion, deterministically, and skips what no one would type', async () => {
    const sampled = (await loadReplayPool(join(dir, 'inbound.jsonl'), 40, 0.25, 3))!;
    expect(sampled).toHaveLength(40);
    expect(sampled.filter((prompt) => prompt.label === 'attack')).toHaveLength(10);
    expect(sampled.every((prompt) => prompt.text.length >= 8)).toBe(true);
    expect(await loadReplayPool(join(dir, 'inbound.jsonl'), 40, 0.25, 3)).toEqual(sampled);
    expect(await loadReplayPool(join(dir, 'missing.jsonl'), 40, 0.25, 3)).toBeUndefined();
  });
});
