import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OwnTrainingSet } from '../training/model-specs.ts';

/**
 * The labelled dev data, `../shared/datasets/dev` relative to the repository root (it lives
 * beside the checkout, not in it). Resolved from this file, so it does not depend on the cwd.
 */
export const DEFAULT_DATASET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets/dev');

/** The file of each of Rampart's own training sets, in the repository under datasets/<name>/. */
const OWN_TRAINING_SET_FILES: Record<OwnTrainingSet, string> = {
  'everyday-train': 'benign.jsonl',
  'code-replies-train': 'benign.jsonl',
  'harmful-train': 'harmful.jsonl',
};

/** Is this training file one of Rampart's own sets (in the repository) rather than a dev data file? */
export const isOwnTrainingSet = (file: string): file is OwnTrainingSet => Object.hasOwn(OWN_TRAINING_SET_FILES, file);

/** Where one of Rampart's own training sets lives: datasets/<name>/<file>. */
export const ownTrainingSetPath = (name: OwnTrainingSet): string =>
  resolve(dirname(fileURLToPath(import.meta.url)), `../../datasets/${name}/${OWN_TRAINING_SET_FILES[name]}`);
