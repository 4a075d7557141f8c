import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isDirection, type Direction } from '../core/direction.ts';
import { err, ok, type Result } from '../core/result.ts';
import { PROFILE_IDS } from '../policy/profiles.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
}

/** `--help` / `-h` anywhere before a `--` terminator asks for the command's help. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/**
 * Strict parsing with node:util `parseArgs`: an unknown flag, a missing value or a stray
 * positional is an error message (for a usage error, exit 1), never a throw.
 */
export function parseCommandArgs<O extends Options>(
  argv: readonly string[],
  options: O,
  maxPositionals: number,
): Result<ParsedArgs<O>> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.length - maxPositionals;
    return err(maxPositionals === 0 ? 'this command takes no positional arguments' : `${extra} unexpected positional argument(s)`);
  }
  return ok({ values: parsed.values as ParsedArgs<O>['values'], positionals: parsed.positionals });
}

export function parseDirection(value: string | undefined): Result<Direction | undefined> {
  if (value === undefined) return ok(undefined);
  return isDirection(value) ? ok(value) : err(`--direction must be "inbound" or "outbound", not "${value}"`);
}

export function parseProfile(value: string | undefined, fallback: string): Result<string> {
  const profile = value ?? fallback;
  return PROFILE_IDS.includes(profile) ? ok(profile) : err(`unknown --profile "${profile}"; known: ${PROFILE_IDS.join(', ')}`);
}

export function parsePositiveInt(flag: string, value: string | undefined): Result<number | undefined> {
  if (value === undefined) return ok(undefined);
  const n = Number(value);
  return /^\d+$/.test(value) && Number.isSafeInteger(n) && n > 0 ? ok(n) : err(`${flag} must be a positive integer, not "${value}"`);
}

/** A comma-separated list of positive integers, e.g. `--sizes 100,2000`. */
export function parseIntList(flag: string, value: string | undefined): Result<number[] | undefined> {
  if (value === undefined) return ok(undefined);
  const parts = value.split(',').map((part) => part.trim());
  const numbers: number[] = [];
  for (const part of parts) {
    const n = parsePositiveInt(flag, part);
    if (!n.ok || n.value === undefined) return err(`${flag} must be a comma-separated list of positive integers, not "${value}"`);
    numbers.push(n.value);
  }
  return ok(numbers);
}
