import { stat } from 'node:fs/promises';
import type { Direction } from '../core/direction.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { Split } from '../eval/split.ts';
import { DEFAULT_PROFILE_ID } from '../policy/profiles.ts';
import { parseDirection, parsePositiveInt, parseProfile } from './args.ts';
import { inferDirection } from './file-direction.ts';

/** The options every command that reads labelled JSONL shares (eval, robustness). */
export const DATA_OPTIONS = {
  data: { type: 'string', multiple: true },
  direction: { type: 'string' },
  profile: { type: 'string' },
  split: { type: 'string' },
  limit: { type: 'string' },
  'rules-only': { type: 'boolean' },
} as const;

export interface DataOptions {
  files: Array<{ path: string; direction: Direction }>;
  profile: string;
  split: Split | undefined;
  limit: number;
  /** Leave the trained models out (to measure what they add). */
  rulesOnly: boolean;
}

interface RawDataValues {
  data?: string[];
  direction?: string;
  profile?: string;
  split?: string;
  limit?: string;
  'rules-only'?: boolean;
}

/** Validates the shared options and checks each --data file can be read; errors are usage errors. */
export async function parseDataOptions(values: RawDataValues): Promise<Result<DataOptions>> {
  const paths = values.data ?? [];
  if (paths.length === 0) return err('at least one --data FILE.jsonl is required');
  const direction = parseDirection(values.direction);
  if (!direction.ok) return direction;
  const profile = parseProfile(values.profile, DEFAULT_PROFILE_ID);
  if (!profile.ok) return profile;
  const limit = parsePositiveInt('--limit', values.limit);
  if (!limit.ok) return limit;
  const split = values.split;
  if (split !== undefined && split !== 'train' && split !== 'validation') {
    return err(`--split must be train or validation, not "${split}"`);
  }
  const files: DataOptions['files'] = [];
  for (const path of paths) {
    try {
      if (!(await stat(path)).isFile()) return err(`--data ${path}: not a file`);
    } catch (error) {
      return err(`--data ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
    files.push({ path, direction: direction.value ?? inferDirection(path) });
  }
  return ok({
    files,
    profile: profile.value,
    split,
    limit: limit.value ?? Number.POSITIVE_INFINITY,
    rulesOnly: values['rules-only'] === true,
  });
}
