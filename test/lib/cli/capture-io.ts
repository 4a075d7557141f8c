import type { CliIo } from '../../../lib/cli/io.ts';

/** A CliIo that records what a command prints (for in-process CLI tests). */
export interface CapturedIo extends CliIo {
  out: () => string;
  err: () => string;
}

export function captureIo(options: { stdin?: string; stdinIsTTY?: boolean; stderrIsTTY?: boolean } = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => options.stdin ?? '',
    stdinIsTTY: options.stdinIsTTY ?? options.stdin === undefined,
    stderrIsTTY: options.stderrIsTTY ?? false,
    out: () => out,
    err: () => err,
  };
}
