import { describe, expect, it } from 'vitest';
import { validateManifest, versionOf } from '../../../lib/models/manifest.ts';

const version = {
  version: '1',
  file: 'prompt-attack/1/model.onnx',
  sha256: 'a'.repeat(64),
  bytes: 10,
  featurizer: { buckets: 1024, charNgrams: [3, 5], wordNgrams: 2, maxChars: 2048 },
  outputs: ['attack'],
  embeddingDims: 64,
  card: 'prompt-attack/1/card.md',
};

describe('validateManifest', () => {
  it('keeps the unspaced-script n-gram setting a model was trained with', () => {
    const withUnspaced = { ...version, featurizer: { ...version.featurizer, unspacedNgrams: true } };
    const result = validateManifest({ schema: 1, models: { m: { active: '1', versions: [withUnspaced] } } });
    expect(result.ok && result.value.models['m']!.versions[0]!.featurizer.unspacedNgrams).toBe(true);
  });

  it('accepts a well-formed manifest and finds versions', () => {
    const result = validateManifest({ schema: 1, models: { 'prompt-attack': { active: '1', versions: [version] } } });
    expect(result.ok).toBe(true);
    if (result.ok) expect(versionOf(result.value.models['prompt-attack']!, '1')?.file).toBe(version.file);
  });

  it.each([
    ['not an object', null],
    ['wrong schema', { schema: 2, models: {} }],
    ['active not listed', { schema: 1, models: { m: { active: '2', versions: [version] } } }],
    ['shadow not listed', { schema: 1, models: { m: { active: '1', shadow: '9', versions: [version] } } }],
    ['bad hash', { schema: 1, models: { m: { active: '1', versions: [{ ...version, sha256: 'xyz' }] } } }],
    ['path escape', { schema: 1, models: { m: { active: '1', versions: [{ ...version, file: '../../etc/model.onnx' }] } } }],
    ['buckets not a power of two', { schema: 1, models: { m: { active: '1', versions: [{ ...version, featurizer: { ...version.featurizer, buckets: 1000 } }] } } }],
    ['no outputs', { schema: 1, models: { m: { active: '1', versions: [{ ...version, outputs: [] }] } } }],
    ['unspacedNgrams not a boolean', { schema: 1, models: { m: { active: '1', versions: [{ ...version, featurizer: { ...version.featurizer, unspacedNgrams: 'yes' } }] } } }],
  ])('rejects %s with a named reason', (_name, value) => {
    const result = validateManifest(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/manifest/);
  });
});
