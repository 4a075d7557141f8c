import { describe, expect, it } from 'vitest';
import { vectorGuardEmbedder } from '../../../lib/detectors/model-detectors.ts';
import { fakeModelProvider } from '../../support/fake-model-provider.ts';

describe('vectorGuardEmbedder', () => {
  it('is absent when the embedding model has no exemplar index (no vector-guard, nothing to learn)', () => {
    expect(vectorGuardEmbedder(fakeModelProvider('prompt-attack', ['attack'], [0, 0]))).toBeUndefined();
    expect(vectorGuardEmbedder(fakeModelProvider('content-safety', ['harmful'], [0, 0]))).toBeUndefined();
  });
});
