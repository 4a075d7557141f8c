import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../../lib/cli/progress.ts';
import { captureIo } from './capture-io.ts';

describe('Progress', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stays silent when stderr is not a terminal', () => {
    const io = captureIo({ stderrIsTTY: false });
    const progress = new Progress(io, 'job');
    progress.update('1 rows');
    progress.clear();
    expect(io.err()).toBe('');
  });

  it('rewrites one line at most every 200 ms and clears it', () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const io = captureIo({ stderrIsTTY: true });
    const progress = new Progress(io, 'job');
    progress.update('1 rows');
    now += 50;
    progress.update('2 rows');
    now += 200;
    progress.update('3 rows');
    progress.clear();
    expect(io.err()).toBe('\r\x1b[2Kjob: 1 rows\r\x1b[2Kjob: 3 rows\r\x1b[2K');
  });
});
