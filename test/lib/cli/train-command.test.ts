import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main.ts';
import { fnv1a32 } from '../../../lib/eval/split.ts';
import { validateManifest } from '../../../lib/models/manifest.ts';
import { tinyDataDir } from '../../support/tiny-dataset.ts';
import { captureIo } from './capture-io.ts';

describe('rampart train', () => {
  it('writes the model, its card and a manifest entry; --shadow records a candidate', { timeout: 120_000 }, async () => {
    const data = tinyDataDir();
    const models = mkdtempSync(join(tmpdir(), 'rampart-models-'));
    const io = captureIo();
    expect(await main(['train', 'prompt-attack', '--data-dir', data, '--models-dir', models], io)).toBe(0);
    expect(existsSync(join(models, 'prompt-attack/1/model.onnx'))).toBe(true);
    const card = readFileSync(join(models, 'prompt-attack/1/card.md'), 'utf8');
    expect(card).toContain('# prompt-attack v1');
    // Besides the dev data, prompt-attack learns from Rampart's own everyday requests.
    expect(card).toContain('rampart/datasets/everyday-train');
    const manifest = validateManifest(JSON.parse(readFileSync(join(models, 'manifest.json'), 'utf8')));
    expect(manifest.ok && manifest.value.models['prompt-attack']?.active).toBe('1');
    expect(JSON.parse(io.out())['prompt-attack'].sha256).toMatch(/^[0-9a-f]{64}$/);

    // Another tenth calibrates (out-of-fold scores), and its scores are written without any text.
    const slice = join(models, 'slice.jsonl');
    const args = ['train', 'prompt-attack', '--version', '2', '--shadow', '--calibration-tenth', '3', '--slice-scores', slice];
    expect(await main([...args, '--data-dir', data, '--models-dir', models], captureIo())).toBe(0);
    const next = validateManifest(JSON.parse(readFileSync(join(models, 'manifest.json'), 'utf8')));
    expect(next.ok && next.value.models['prompt-attack']).toMatchObject({ active: '1', shadow: '2' });
    expect(readFileSync(join(models, 'prompt-attack/2/card.md'), 'utf8')).toContain('--calibration-tenth 3');
    const scores = readFileSync(slice, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(scores.length).toBeGreaterThan(10);
    for (const score of scores) {
      expect(Object.keys(score).sort()).toEqual(['family', 'id', 'lang', 'model', 'score', 'target']);
      expect(fnv1a32(`rampart-calibration:${score.id}`) % 10).toBe(3);
      expect(score.score).toBeGreaterThanOrEqual(0);
      expect(score.score).toBeLessThanOrEqual(1);
    }
  });

  it('rejects unknown models and bad versions', async () => {
    const io = captureIo();
    expect(await main(['train', 'nope'], io)).toBe(1);
    expect(io.err()).toMatch(/unknown model/);
    expect(await main(['train', 'prompt-attack', '--version', '../x'], captureIo())).toBe(1);
    expect(await main(['train'], captureIo())).toBe(1);
    const tenth = captureIo();
    expect(await main(['train', 'prompt-attack', '--calibration-tenth', '10'], tenth)).toBe(1);
    expect(tenth.err()).toMatch(/0 to 9/);
  });
});
