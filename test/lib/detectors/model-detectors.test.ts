import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createModelDetectors, MODEL_DETECTORS } from '../../../lib/detectors/model-detectors.ts';
import { fakeModelProvider } from '../../support/fake-model-provider.ts';

describe('model detectors', () => {
  it('are sorted, each with its doc page', () => {
    const ids = MODEL_DETECTORS.map((definition) => definition.meta.id);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(existsSync(new URL(`../../../lib/detectors/${id}.md`, import.meta.url)), id).toBe(true);
  });

  it('builds the active detector of each model in the manifest, and a candidate where one is set', () => {
    const plain = createModelDetectors(fakeModelProvider('content-safety', ['harmful', 'S1'], [0, 0]));
    expect(plain.map((detector) => detector.meta.id)).toEqual(['content-safety']);
    const withShadow = createModelDetectors(fakeModelProvider('code-intent', ['malicious', 'shell'], [0, 0], { shadow: true }));
    expect(withShadow.map((detector) => detector.meta.id)).toEqual(['code-intent', 'code-intent-candidate']);
  });
});
