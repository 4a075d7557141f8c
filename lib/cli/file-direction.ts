import { basename } from 'node:path';
import type { Direction } from '../core/direction.ts';

/**
 * The direction of a data file's rows when `--direction` is not given: a file whose name starts
 * with `outbound` (outbound.jsonl, outbound_packages.jsonl) holds replies → outbound; anything
 * else (inbound.jsonl, tool.jsonl: commands and payloads pasted into a chat) → inbound.
 */
export function inferDirection(path: string): Direction {
  return basename(path).toLowerCase().startsWith('outbound') ? 'outbound' : 'inbound';
}
