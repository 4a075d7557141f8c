import { DEFAULT_PROFILE_ID, PROFILE_IDS } from '../policy/profiles.ts';
import { parseCommandArgs, parseDirection, parseProfile, wantsHelp } from './args.ts';
import { formatVerdict } from './format-verdict.ts';
import type { CliIo } from './io.ts';
import { createWarmPipeline } from './warm-pipeline.ts';
import { cliDetectors } from './node-models.ts';

export const SCAN_HELP = `Usage: rampart scan [options] [TEXT...]

Scans one text and prints the verdict. The text is TEXT (several words are joined with spaces;
put it after -- if it starts with "-"), or standard input when no TEXT is given.

Options:
  --direction inbound|outbound  inbound = typed into a chat (default), outbound = a model reply
  --profile P                   policy profile: ${PROFILE_IDS.join(', ')} (default ${DEFAULT_PROFILE_ID})
  --json                        print the Verdict as one JSON object (no text in it: spans only)
  --exit-code                   exit 2 when the action is block (default: 0 for any verdict)
  --rules-only                  leave the trained models out
  -h, --help                    show this help

Exit status: 0 a verdict was printed, 1 bad arguments or the scan failed, 2 blocked (--exit-code).
`;

const OPTIONS = {
  direction: { type: 'string' },
  profile: { type: 'string' },
  json: { type: 'boolean' },
  'exit-code': { type: 'boolean' },
  'rules-only': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usageError = (io: CliIo, message: string): number => {
  io.stderr(`rampart scan: ${message}\nRun "rampart scan --help" for usage.\n`);
  return 1;
};

export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, Number.POSITIVE_INFINITY);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { values, positionals } = parsed.value;
  const direction = parseDirection(values.direction);
  if (!direction.ok) return usageError(io, direction.error);
  const profile = parseProfile(values.profile, DEFAULT_PROFILE_ID);
  if (!profile.ok) return usageError(io, profile.error);

  let text: string;
  if (positionals.length > 0) {
    text = positionals.join(' ');
  } else if (io.stdinIsTTY) {
    return usageError(io, 'no text: give TEXT or pipe it on standard input');
  } else {
    text = await io.readStdin();
  }

  const pipeline = await createWarmPipeline({ detectors: await cliDetectors(values['rules-only'] === true) });
  const result = await pipeline.scan({ text, direction: direction.value ?? 'inbound', site: 'cli', profile: profile.value });
  if (!result.ok) {
    io.stderr(`rampart scan: ${result.error}\n`);
    return 1;
  }
  const verdict = result.value;
  io.stdout(values.json ? `${JSON.stringify(verdict, null, 2)}\n` : formatVerdict(verdict, text));
  return values['exit-code'] && verdict.action === 'block' ? 2 : 0;
}
