import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_DIR, isOwnTrainingSet, ownTrainingSetPath } from '../../../lib/cli/dataset-dir.ts';
import type { OwnTrainingSet } from '../../../lib/training/model-specs.ts';

describe('dataset locations', () => {
  it("finds Rampart's own training sets in the repository, whatever the working directory", () => {
    for (const name of ['everyday-train', 'code-replies-train', 'harmful-train'] satisfies OwnTrainingSet[]) {
      const path = ownTrainingSetPath(name);
      expect(path).toContain(`/datasets/${name}/`);
      expect(existsSync(path)).toBe(true);
    }
  });

  it("tells Rampart's own sets from dev data files", () => {
    expect(isOwnTrainingSet('code-replies-train')).toBe(true);
    expect(isOwnTrainingSet('outbound')).toBe(false);
    expect(isOwnTrainingSet('toString')).toBe(false);
  });

  it('looks for the dev data beside the checkout', () => {
    expect(DEFAULT_DATASET_DIR.endsWith('/shared/datasets/dev')).toBe(true);
  });
});
