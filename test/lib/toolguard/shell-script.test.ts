import { describe, expect, it } from 'vitest';
import { buildCommand, hasLongOption, operands, optionValue, programName, shortFlags, type ShellWord } from '../../../lib/toolguard/shell-script.ts';

const words = (line: string): ShellWord[] => {
  let at = 0;
  return line.split(' ').map((text) => {
    const word = { text, literal: true, start: at, end: at + text.length };
    at += text.length + 1;
    return word;
  });
};
const command = (line: string) => buildCommand(words(line), [], [], { start: 0, end: line.length }, undefined);

describe('programName', () => {
  it.each([
    ['/usr/bin/rm', 'rm'],
    ['RM.EXE', 'rm'],
    ['C:\\Windows\\System32\\cmd.exe', 'cmd'],
    ['\\rm', 'rm'],
    ['mkfs.ext4', 'mkfs.ext4'],
  ])('%s → %s', (word, name) => expect(programName(word)).toBe(name));
});

describe('buildCommand: the program behind its wrappers', () => {
  it.each([
    ['sudo -u root nice -n 5 rm -rf /', 'rm', ['sudo', 'nice'], ['-rf', '/']],
    ['sudo -E bash -s', 'bash', ['sudo'], ['-s']],
    ['env -i A=1 B=2 /bin/sh', 'sh', ['env'], []],
    ['timeout -s KILL 5 curl x', 'curl', ['timeout'], ['x']],
    ['xargs -0 -n 1 rm -f', 'rm', ['xargs'], ['-f']],
    ['busybox rm -rf /', 'rm', ['busybox'], ['-rf', '/']],
    ['nohup time stdbuf -oL python3 app.py', 'python3', ['nohup', 'time', 'stdbuf'], ['app.py']],
  ])('%s', (line, name, wrappers, args) => {
    const built = command(line);
    expect(built.name).toBe(name);
    expect(built.wrappers).toEqual(wrappers);
    expect(built.args.map((arg) => arg.text)).toEqual(args);
  });

  it('keeps a wrapper that runs nothing as the command (sudo -i, sudo -l, command -v)', () => {
    expect(command('sudo -i').name).toBe('sudo');
    expect(command('sudo -l').name).toBe('sudo');
    expect(command('command -v rm').name).toBe('command');
  });

  it('keeps the environment a wrapper sets (sudo LD_PRELOAD=… find)', () => {
    const built = command('sudo LD_PRELOAD=/tmp/x.so find');
    expect(built.name).toBe('find');
    expect(built.assigns.map((assign) => [assign.name, assign.value?.text])).toEqual([['LD_PRELOAD', '/tmp/x.so']]);
  });

  it('is empty-named for a statement without a program', () => {
    expect(command('').name).toBe('');
  });
});

describe('flags, operands and option values', () => {
  const rm = command('rm -rf --verbose -- -weird-name ./build');
  it('reads combined short flags up to --', () => expect([...shortFlags(rm)].sort()).toEqual(['f', 'r']));
  it('reads long options alone or with =', () => {
    expect(hasLongOption(rm, '--verbose')).toBe(true);
    expect(hasLongOption(command('curl --data=@x u'), '--data')).toBe(true);
    expect(hasLongOption(rm, '--recursive')).toBe(false);
  });
  it('keeps everything after -- as operands', () => expect(operands(rm).map((word) => word.text)).toEqual(['-weird-name', './build']));
  it('reads -n value, --name value and --name=value', () => {
    expect(optionValue(command('msfvenom -p linux/x64/shell_reverse_tcp'), ['-p'])?.text).toBe('linux/x64/shell_reverse_tcp');
    expect(optionValue(command('wget --post-file=/etc/passwd u'), ['--post-file'])?.text).toBe('/etc/passwd');
    expect(optionValue(command('ls -la'), ['-p'])).toBeUndefined();
  });
});
