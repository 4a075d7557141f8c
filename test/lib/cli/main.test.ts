import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main.ts';
import { captureIo } from './capture-io.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('rampart main', () => {
  it('prints usage to stderr and exits 1 without a command', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(1);
    expect(io.err()).toContain('Usage: rampart <command>');
    expect(io.out()).toBe('');
  });

  it('rejects unknown commands (including prototype names) with usage on stderr', async () => {
    for (const command of ['frobnicate', 'constructor', '__proto__', '--json']) {
      const io = captureIo();
      expect(await main([command], io)).toBe(1);
      expect(io.err()).toContain(`unknown command "${command}"`);
      expect(io.err()).toContain('Usage: rampart <command>');
    }
  });

  it('--help and help COMMAND print help on stdout', async () => {
    const top = captureIo();
    expect(await main(['--help'], top)).toBe(0);
    expect(top.out()).toContain('Commands:');
    for (const command of ['scan', 'eval', 'bench']) {
      const viaHelp = captureIo();
      expect(await main(['help', command], viaHelp)).toBe(0);
      expect(viaHelp.out()).toContain(`Usage: rampart ${command}`);
      const viaFlag = captureIo();
      expect(await main([command, '--help'], viaFlag)).toBe(0);
      expect(viaFlag.out()).toBe(viaHelp.out());
    }
  });

  it('dispatches to a command', async () => {
    const io = captureIo();
    expect(await main(['scan', '--json', 'hi'], io)).toBe(0);
    expect(JSON.parse(io.out()).action).toBe('allow');
  });

  it('the launcher runs the TypeScript sources from any working directory', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [resolve(ROOT, 'scripts/rampart.mjs'), 'scan', '--json', 'hi'], { cwd: tmpdir() });
    expect(JSON.parse(stdout)).toMatchObject({ action: 'allow', direction: 'inbound', profileId: 'standard' });
  });

  it('the launcher exits 1 on a bad flag', async () => {
    const run = promisify(execFile)(process.execPath, [resolve(ROOT, 'scripts/rampart.mjs'), 'scan', '--nope'], { cwd: tmpdir() });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("Unknown option '--nope'") });
  });
});
