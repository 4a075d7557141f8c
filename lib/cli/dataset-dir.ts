import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The labelled dev data, `../shared/datasets/dev` relative to the repository root (it lives
 * beside the checkout, not in it). Resolved from this file, so it does not depend on the cwd.
 */
export const DEFAULT_DATASET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets/dev');

/** Rampart's own training sets, in the repository: datasets/<name>/benign.jsonl (everyday-train, code-replies-train). */
export const ownTrainingSetPath = (name: string): string =>
  resolve(dirname(fileURLToPath(import.meta.url)), `../../datasets/${name}/benign.jsonl`);
