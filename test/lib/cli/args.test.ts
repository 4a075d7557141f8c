import { describe, expect, it } from 'vitest';
import { parseCommandArgs, parseDirection, parseIntList, parsePositiveInt, parseProfile, wantsHelp } from '../../../lib/cli/args.ts';

describe('args', () => {
  it('wantsHelp looks for -h/--help before a -- terminator', () => {
    expect(wantsHelp(['--json', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
    expect(wantsHelp(['x'])).toBe(false);
  });

  it('parseCommandArgs returns values or an error, never throws', () => {
    const options = { json: { type: 'boolean' }, data: { type: 'string', multiple: true } } as const;
    expect(parseCommandArgs(['--json', '--data', 'a', '--data', 'b'], options, 0)).toEqual({
      ok: true,
      value: { values: { json: true, data: ['a', 'b'] }, positionals: [] },
    });
    const unknown = parseCommandArgs(['--nope'], options, 0);
    expect(unknown.ok).toBe(false);
    expect(parseCommandArgs(['x'], options, 0)).toEqual({ ok: false, error: 'this command takes no positional arguments' });
    expect(parseCommandArgs(['x', 'y'], options, 1)).toEqual({ ok: false, error: '1 unexpected positional argument(s)' });
  });

  it('validates directions, profiles and numbers', () => {
    expect(parseDirection(undefined)).toEqual({ ok: true, value: undefined });
    expect(parseDirection('outbound')).toEqual({ ok: true, value: 'outbound' });
    expect(parseDirection('Outbound').ok).toBe(false);
    expect(parseProfile(undefined, 'standard')).toEqual({ ok: true, value: 'standard' });
    expect(parseProfile('kids', 'standard')).toEqual({ ok: true, value: 'kids' });
    expect(parseProfile('constructor', 'standard').ok).toBe(false);
    expect(parsePositiveInt('--n', '12')).toEqual({ ok: true, value: 12 });
    for (const bad of ['0', '-1', '1.5', '1e3', '', 'x']) expect(parsePositiveInt('--n', bad).ok).toBe(false);
    expect(parseIntList('--sizes', '100, 2000')).toEqual({ ok: true, value: [100, 2000] });
    expect(parseIntList('--sizes', '100,,2').ok).toBe(false);
  });
});
