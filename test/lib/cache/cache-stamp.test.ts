import { describe, expect, it } from 'vitest';
import { cacheStamp } from '../../../lib/cache/cache-stamp.ts';
import type { ModelManifest } from '../../../lib/models/manifest.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';

const version = (name: string, sha: string) => ({
  version: name,
  file: `m/${name}/model.onnx`,
  sha256: sha.repeat(64),
  bytes: 10,
  featurizer: { buckets: 16, charNgrams: [3, 5] as [number, number], wordNgrams: 2, maxChars: 2048 },
  outputs: ['attack'],
  embeddingDims: 8,
  card: 'card.md',
});
const manifest = (active: string, sha = 'a'): ModelManifest => ({ schema: 1, models: { m: { active, versions: [version('1', 'a'), version('2', sha)] } } });

describe('cacheStamp', () => {
  it('is a stable digest of detectors, models and build', () => {
    const stamp = cacheStamp({ detectors: DETECTORS, manifest: manifest('1'), build: '0.1.0' });
    expect(stamp).toMatch(/^[0-9a-f]{64}$/u);
    expect(cacheStamp({ detectors: [...DETECTORS].reverse(), manifest: manifest('1'), build: '0.1.0' })).toBe(stamp);
  });

  it('changes when a detector, the active model, a model file or the build changes', () => {
    const base = cacheStamp({ detectors: DETECTORS, manifest: manifest('2', 'b'), build: '0.1.0' });
    const bumped = DETECTORS.map((detector, index) => (index === 0 ? { ...detector, meta: { ...detector.meta, version: `${detector.meta.version}+1` } } : detector));
    const variants = [
      cacheStamp({ detectors: bumped, manifest: manifest('2', 'b'), build: '0.1.0' }),
      cacheStamp({ detectors: DETECTORS.slice(1), manifest: manifest('2', 'b'), build: '0.1.0' }),
      cacheStamp({ detectors: DETECTORS, manifest: manifest('1', 'b'), build: '0.1.0' }),
      // Retrained under the same version name: the file's hash differs.
      cacheStamp({ detectors: DETECTORS, manifest: manifest('2', 'c'), build: '0.1.0' }),
      cacheStamp({ detectors: DETECTORS, manifest: manifest('2', 'b'), build: '0.1.1' }),
      cacheStamp({ detectors: DETECTORS, build: '0.1.0' }),
      cacheStamp({ detectors: DETECTORS, manifest: manifest('2', 'b'), build: '0.1.0', embedder: 'feature-sketch@1' }),
    ];
    for (const variant of variants) expect(variant).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
  });
});
