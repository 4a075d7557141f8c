import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { createOrtEngine } from '../../../lib/adapters/ort/ort-engine.ts';
import { ModelProvider, type InferenceEngine } from '../../../lib/models/model-provider.ts';
import { TINY_ATTACKS, TINY_BENIGN, tinyManifest, tinyModel } from '../../support/tiny-model.ts';

ort.env.wasm.numThreads = 1;
const model = tinyModel();
const manifest = tinyManifest(model);
const engine = createOrtEngine(ort);

describe('ModelProvider', () => {
  it('loads lazily, checks the hash, and scores texts with the exported model', async () => {
    let reads = 0;
    const provider = new ModelProvider(manifest, async () => {
      reads += 1;
      return model.bytes;
    }, engine);
    expect(reads).toBe(0);
    expect(provider.status()).toEqual([{ id: 'prompt-attack', version: '1', role: 'active', state: 'not-loaded' }]);
    const loaded = await provider.load('prompt-attack');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const attack = await loaded.value.infer(TINY_ATTACKS[0]!);
    const benign = await loaded.value.infer(TINY_BENIGN[0]!);
    expect(attack.scores[0]!).toBeGreaterThan(benign.scores[0]!);
    const norm = Math.hypot(...attack.embedding);
    expect(norm === 0 || Math.abs(norm - 1) < 1e-5).toBe(true);
    await provider.load('prompt-attack');
    expect(reads).toBe(1);
    expect(provider.status()[0]).toMatchObject({ state: 'ready' });
  });

  it('queues concurrent inferences on one session', async () => {
    let active = 0;
    let maxActive = 0;
    const slowEngine: InferenceEngine = {
      async createSession() {
        return {
          async run() {
            active += 1;
            maxActive = Math.max(maxActive, active);
            await new Promise((resolve) => setTimeout(resolve, 2));
            active -= 1;
            return { scores: Float32Array.of(0.5, 0.5), embedding: Float32Array.of(1, 0) };
          },
        };
      },
    };
    const provider = new ModelProvider(manifest, async () => model.bytes, slowEngine);
    const loaded = await provider.load('prompt-attack');
    if (!loaded.ok) throw new Error(loaded.error);
    await Promise.all([1, 2, 3, 4].map(() => loaded.value.infer('x')));
    expect(maxActive).toBe(1);
  });

  it.each([
    ['a missing file', async () => Promise.reject(new Error('ENOENT')), /ENOENT/],
    ['a corrupt file (hash mismatch)', async () => model.bytes.map((byte, i) => (i === 100 ? byte ^ 1 : byte)), /SHA-256/],
    ['a truncated file', async () => model.bytes.slice(0, 50), /size/],
  ])('reports %s as unavailable instead of throwing', async (_name, source, reason) => {
    const provider = new ModelProvider(manifest, source, engine);
    const loaded = await provider.load('prompt-attack');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(reason);
    expect(provider.status()[0]).toMatchObject({ state: 'unavailable' });
  });

  it('tries a failed load again on the next request', async () => {
    let calls = 0;
    const provider = new ModelProvider(manifest, async () => {
      calls += 1;
      if (calls === 1) throw new Error('busy');
      return model.bytes;
    }, engine);
    expect((await provider.load('prompt-attack')).ok).toBe(false);
    expect((await provider.load('prompt-attack')).ok).toBe(true);
  });

  it('says when the manifest has no such model or role', async () => {
    const provider = new ModelProvider(manifest, async () => model.bytes, engine);
    expect((await provider.load('nope')).ok).toBe(false);
    expect((await provider.load('prompt-attack', 'shadow')).ok).toBe(false);
  });
});

describe('ModelProvider.warmUp', () => {
  it('starts loading every active model without being asked for one', async () => {
    let reads = 0;
    const provider = new ModelProvider(manifest, async () => {
      reads += 1;
      return model.bytes;
    }, engine);
    provider.warmUp();
    await provider.load('prompt-attack');
    expect(reads).toBe(1);
    expect(provider.status()[0]).toMatchObject({ state: 'ready' });
  });
});

describe('ModelProvider.loadExemplarIndex', () => {
  it('returns the index bytes only when size and hash match the manifest', async () => {
    const { createHash } = await import('node:crypto');
    const index = new Uint8Array([9, 8, 7]);
    const withIndex = structuredClone(manifest);
    withIndex.models['prompt-attack']!.versions[0]!.exemplarIndex = {
      file: 'vector-guard/1/index.bin',
      bytes: 3,
      sha256: createHash('sha256').update(index).digest('hex'),
    };
    const provider = new ModelProvider(withIndex, async (file) => (file.endsWith('.bin') ? index : model.bytes), engine);
    expect(await provider.loadExemplarIndex('prompt-attack')).toEqual({ ok: true, value: index });
    const tampered = new ModelProvider(withIndex, async () => new Uint8Array([9, 8, 6]), engine);
    expect((await tampered.loadExemplarIndex('prompt-attack')).ok).toBe(false);
    expect((await new ModelProvider(manifest, async () => index, engine).loadExemplarIndex('prompt-attack')).ok).toBe(false);
  });
});
