/**
 * The project's one deterministic split of ../shared/datasets/dev: rules and models are built and
 * tuned on `train` rows; `validation` rows are never looked at while building, only measured.
 * Keyed on the row id (FNV-1a), so the split is stable across runs, machines and row order. The
 * dev ids end in a content hash (`advbench-00232c2c5b091c48`), which FNV-1a spreads evenly (about
 * 20% per family); runs of sequential ids like `row-1`, `row-2` would not be.
 */
export type Split = 'train' | 'validation';

export const VALIDATION_FRACTION = 0.2;

export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const splitOf = (rowId: string): Split =>
  fnv1a32(`rampart-split-v1:${rowId}`) / 0x1_0000_0000 < VALIDATION_FRACTION ? 'validation' : 'train';
