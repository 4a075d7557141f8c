import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { createOrtEngine } from '../../../lib/adapters/ort/ort-engine.ts';
import { benchModels } from '../../../lib/cli/model-bench.ts';
import { ModelProvider } from '../../../lib/models/model-provider.ts';
import { tinyManifest, tinyModel } from '../../support/tiny-model.ts';

describe('benchModels', () => {
  it('reports cold load, first and warm inference per active model', async () => {
    const model = tinyModel();
    const provider = async () => new ModelProvider(tinyManifest(model), async () => model.bytes, createOrtEngine(ort));
    const report = await benchModels(provider, ['some text to score', 'another text'], 10);
    expect(Object.keys(report)).toEqual(['prompt-attack']);
    expect(report['prompt-attack']).toMatchObject({ version: '1', inferenceMs: { n: 10 } });
    expect(report['prompt-attack']!.loadMs).toBeGreaterThan(0);
    expect(report['prompt-attack']!.inferenceMs.p50).toBeGreaterThan(0);
  });

  it('reports a model that cannot load instead of failing the bench', async () => {
    const model = tinyModel();
    const provider = async () => new ModelProvider(tinyManifest(model), async () => new Uint8Array(3), createOrtEngine(ort));
    const report = await benchModels(provider, ['x'], 5);
    expect(report['prompt-attack']?.error).toMatch(/size/);
  });
});
