import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's models/ folder (resolved from this file, not the cwd). */
export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../models');
export const MANIFEST_PATH = resolve(MODELS_DIR, 'manifest.json');
