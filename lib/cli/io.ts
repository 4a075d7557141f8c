/**
 * Where a command reads and writes. Commands never touch `process.stdout` directly, so tests run
 * them in-process through `main(argv, io)` and capture everything they print.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input as UTF-8 (only called when a command needs it). */
  readStdin(): Promise<string>;
  /** Standard input is a terminal (nothing piped): `scan` without TEXT then has nothing to read. */
  stdinIsTTY: boolean;
  /** Progress lines go to stderr only when it is a terminal. */
  stderrIsTTY: boolean;
}

/** The real process streams. */
export function nodeIo(): CliIo {
  // `rampart eval --json | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      process.stdin.setEncoding('utf8');
      let text = '';
      for await (const chunk of process.stdin) text += chunk as string;
      return text;
    },
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
