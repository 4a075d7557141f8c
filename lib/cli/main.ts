import { baselineCommand } from './baseline-command.ts';
import { benchCommand } from './bench-command.ts';
import { cacheReplayCommand } from './cache-replay-command.ts';
import { evalCommand } from './eval-command.ts';
import { evalKidsCommand } from './eval-kids-command.ts';
import type { CliIo } from './io.ts';
import { robustnessCommand } from './robustness-command.ts';
import { scanCommand } from './scan-command.ts';
import { trainCommand } from './train-command.ts';

export { nodeIo, type CliIo } from './io.ts';

export const USAGE = `Usage: rampart <command> [options]

Commands:
  scan [TEXT]          scan one text (or standard input) and print the verdict
  eval --data FILE     measure detection and false-positive rates on labelled JSONL
  eval-kids            measure Kids mode: false positives on children's questions and stories,
                       detection of harmful requests and distress (datasets/kids)
  bench                measure scan latency, throughput, memory and pipeline overhead
  cache-replay         measure the decision cache's hit rate and time saved on a replay
  robustness --data F  measure whether obfuscating flagged attacks lets them through
  train MODEL|all      train Rampart's own models from the dev data (writes models/)
  baseline --check     fail when validation quality fell below test/eval/baseline.json

Run "rampart <command> --help" for a command's options.
`;

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  scan: scanCommand,
  eval: evalCommand,
  'eval-kids': evalKidsCommand,
  bench: benchCommand,
  'cache-replay': cacheReplayCommand,
  robustness: robustnessCommand,
  train: trainCommand,
  baseline: baselineCommand,
};

/**
 * The CLI: dispatches `argv` (without the node and script paths) to a command and resolves to
 * the exit status. Everything it prints goes through `io`, so tests call it in-process.
 * 0 = done, 1 = bad arguments or a failure, 2 = `scan --exit-code` blocked.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(USAGE);
    return 1;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, topic)) return COMMANDS[topic]!(['--help'], io);
    io.stdout(USAGE);
    return 0;
  }
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    io.stderr(`rampart: unknown command "${command}"\n\n${USAGE}`);
    return 1;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    // A bug, not a usage error: say so without dumping anything that could hold scanned text.
    // Set RAMPART_DEBUG=1 for the stack.
    const detail = process.env.RAMPART_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
    io.stderr(`rampart ${command}: internal error (${error instanceof Error ? error.name : 'unknown'}); RAMPART_DEBUG=1 shows details${detail}\n`);
    return 1;
  }
}
