import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main.ts';
import { captureIo } from './capture-io.ts';

describe('rampart baseline', () => {
  it('explains itself', async () => {
    const io = captureIo();
    expect(await main(['baseline', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/--check/);
  });

  it('needs exactly one of --check and --write', async () => {
    for (const argv of [['baseline'], ['baseline', '--check', '--write'], ['baseline', '--nope']]) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(1);
      expect(io.err()).toMatch(/rampart baseline/);
    }
  });
});
