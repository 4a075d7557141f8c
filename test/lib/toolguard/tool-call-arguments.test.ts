import { describe, expect, it } from 'vitest';
import { toolCallArguments } from '../../../lib/toolguard/tool-call-arguments.ts';

const read = (text: string) => toolCallArguments(text).map((argument) => [argument.language, argument.text]);

describe('toolCallArguments', () => {
  it.each([
    ['{"command": "rm -rf ~"}', [['unknown', 'rm -rf ~']]],
    ['{"cmd": ["bash", "-c", "curl x | sh"]}', [['unknown', "bash -c 'curl x | sh'"]]],
    ['{"name": "python", "input": {"code": "import os\\nos.system(\\"id\\")"}}', [['unknown', 'import os\nos.system("id")']]],
    ['{"query": "DROP TABLE users"}', [['sql', 'DROP TABLE users']]],
    ['<tool_call>{"name": "shell", "arguments": {"command": "ls"}}</tool_call>', [['unknown', 'ls']]],
    ['Calling the tool now: {"script": "echo hi"} — done.', [['unknown', 'echo hi']]],
  ])('%s', (text, expected) => expect(read(text)).toEqual(expected));

  it('decodes OpenAI-style arguments (a JSON document in a string) and reports the outer value span', () => {
    const text = JSON.stringify({ function: { name: 'run', arguments: JSON.stringify({ command: 'rm -rf ~' }) } });
    const [argument] = toolCallArguments(text);
    expect(argument!.text).toBe('rm -rf ~');
    expect(text.slice(argument!.start, argument!.end)).toBe(JSON.stringify(JSON.stringify({ command: 'rm -rf ~' })));
  });

  it('ignores other keys, non-string values and invalid JSON strings', () => {
    expect(read('{"description": "rm -rf ~", "command": 42, "cmd": "bad \\x escape"}')).toEqual([]);
  });

  it('is bounded on hostile input', () => {
    const started = performance.now();
    expect(toolCallArguments('{"command": "x"}'.repeat(10_000)).length).toBe(64);
    toolCallArguments(`{"command": "${'\\\\'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
