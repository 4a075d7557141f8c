import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeIo } from '../../../lib/cli/io.ts';

describe('nodeIo', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes to the process streams and reports whether they are terminals', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const listeners = process.stdout.listenerCount('error');
    const io = nodeIo();
    io.stdout('to stdout');
    io.stderr('to stderr');
    expect(out).toHaveBeenCalledWith('to stdout');
    expect(err).toHaveBeenCalledWith('to stderr');
    expect(io.stdinIsTTY).toBe(process.stdin.isTTY === true);
    expect(io.stderrIsTTY).toBe(process.stderr.isTTY === true);
    expect(typeof io.readStdin).toBe('function');
    expect(process.stdout.listenerCount('error')).toBe(listeners + 1);
    process.stdout.removeListener('error', process.stdout.listeners('error').at(-1) as (...args: unknown[]) => void);
  });
});
