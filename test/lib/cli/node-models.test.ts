import { createPipeline } from '../../../lib/core/pipeline.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDetectors, nodeModelProvider } from '../../../lib/cli/node-models.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import { TINY_ATTACKS, tinyManifest, tinyModel } from '../../support/tiny-model.ts';

describe('node models', () => {
  it('rules-only is exactly the rule detectors, package-check bound to the snapshot on disk', async () => {
    const detectors = await cliDetectors(true);
    expect(detectors.map((d) => d.meta.id)).toEqual(DETECTORS.map((d) => d.meta.id));
    const packageCheck = detectors.find((d) => d.meta.id === 'package-check')!;
    expect(packageCheck).not.toBe(DETECTORS.find((d) => d.meta.id === 'package-check'));
    const pipeline = createPipeline({ detectors });
    const verdict = await pipeline.scan({ text: 'pip install reqeusts-toolbelt-helperz', direction: 'outbound' });
    expect(verdict.ok && verdict.value.outcomes.find((o) => o.detectorId === 'package-check')?.status).toBe('ok');
  });

  it('a missing manifest means no models (rules-only), not a crash', async () => {
    const provider = await nodeModelProvider('/nonexistent/manifest.json', '/nonexistent');
    expect(provider.status()).toEqual([]);
  });

  it('loads a model from disk and runs it with onnxruntime-web in Node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-node-models-'));
    const model = tinyModel();
    mkdirSync(join(dir, 'prompt-attack/1'), { recursive: true });
    writeFileSync(join(dir, 'prompt-attack/1/model.onnx'), model.bytes);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(tinyManifest(model)));
    const provider = await nodeModelProvider(join(dir, 'manifest.json'), dir);
    const loaded = await provider.load('prompt-attack');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect((await loaded.value.infer(TINY_ATTACKS[0]!)).scores).toHaveLength(2);
  });
});
