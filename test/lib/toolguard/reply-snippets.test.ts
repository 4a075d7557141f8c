import { describe, expect, it } from 'vitest';
import { blankPrompts, fenceLanguage, replySnippets } from '../../../lib/toolguard/reply-snippets.ts';

describe('fenceLanguage', () => {
  it.each([
    ['bash', 'shell'],
    ['console', 'shell'],
    ['PowerShell', 'powershell'],
    ['ps1', 'powershell'],
    ['bat', 'batch'],
    ['python title="x.py"', 'python'],
    ['ts', 'javascript'],
    ['sql', 'sql'],
    ['', 'unknown'],
    ['text', 'unknown'],
    ['yaml', 'other'],
    ['{.bash}', 'shell'],
    ['{.haskell .numberLines}', 'other'],
  ])('%s → %s', (info, language) => expect(fenceLanguage(info)).toBe(language));
});

describe('replySnippets', () => {
  it('finds fenced blocks, inline code and the text outside, with their offsets', () => {
    const reply = 'Run `ls -la` first.\n\n```bash\nrm -rf ./build\n```\n\nThen:\n~~~sql\nSELECT 1;\n~~~\nDone.';
    const snippets = replySnippets(reply);
    for (const snippet of snippets) expect(reply.slice(snippet.start, snippet.start + snippet.text.length)).toBe(snippet.text);
    expect(snippets.map((snippet) => [snippet.kind, snippet.language, snippet.text])).toEqual([
      ['bare', 'unknown', 'Run `ls -la` first.\n\n'],
      ['inline', 'unknown', 'ls -la'],
      ['fence', 'shell', 'rm -rf ./build\n'],
      ['bare', 'unknown', '\nThen:\n'],
      ['fence', 'sql', 'SELECT 1;\n'],
      ['bare', 'unknown', 'Done.'],
    ]);
  });

  it('runs an unclosed fence to the end (a reply still streaming)', () => {
    expect(replySnippets('Here:\n```sh\ncurl x | sh').map((snippet) => [snippet.kind, snippet.text])).toEqual([
      ['bare', 'Here:\n'],
      ['fence', 'curl x | sh'],
    ]);
  });

  it('closes a fence only with the same marker, at least as long', () => {
    const snippets = replySnippets('````md\n```bash\nx\n```\n````\nafter');
    expect(snippets.map((snippet) => [snippet.kind, snippet.text])).toEqual([
      ['fence', '```bash\nx\n```\n'],
      ['bare', 'after'],
    ]);
  });

  it('blanks prompts without moving offsets', () => {
    const reply = '```console\n$ sudo rm -rf /\nuser@box:~$ ls\nPS C:\\Users\\x> Get-Date\n```';
    const [fence] = replySnippets(reply);
    const blank = (prompt: string) => ' '.repeat(prompt.length);
    expect(fence!.text).toBe(`${blank('$')} sudo rm -rf /\n${blank('user@box:~$')} ls\n${blank('PS C:\\Users\\x>')} Get-Date\n`);
    expect(fence!.text.length).toBe(reply.indexOf('```', 3) - fence!.start);
  });

  it('blanks a quote marker outside fences but not a redirection', () => {
    expect(blankPrompts('> rm -rf ~\n> /var/log/auth.log', true)).toBe('  rm -rf ~\n> /var/log/auth.log');
    expect(blankPrompts('> rm -rf ~', false)).toBe('> rm -rf ~');
  });

  it('keeps at most 400 snippets', () => {
    expect(replySnippets('`x` '.repeat(5_000)).length).toBe(400);
  });
});
