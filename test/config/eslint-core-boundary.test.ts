import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

const offending = [
  "import { openDB } from 'idb';",
  "import * as ort from 'onnxruntime-web';",
  "import { readFileSync } from 'node:fs';",
  'export const id = chrome.runtime.id;',
  'export const db = indexedDB.open("x");',
  'export const a = eval("1");',
  '',
].join('\n');

async function ruleIdsFor(filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(offending, { filePath: `${root}${filePath}` });
  return result!.messages.map((m) => m.ruleId ?? 'parse-error');
}

describe('ESLint keeps the core of lib/ platform-free', () => {
  it('flags browser globals and adapter packages in core files', async () => {
    const rules = await ruleIdsFor('lib/core/example.ts');
    expect(rules.filter((r) => r === 'no-restricted-imports')).toHaveLength(3);
    expect(rules.filter((r) => r === 'no-restricted-globals')).toHaveLength(2);
    expect(rules).toContain('no-restricted-syntax');
  });

  it('allows them in adapters and the CLI', async () => {
    for (const file of ['lib/adapters/example.ts', 'lib/cli/example.ts']) {
      const rules = await ruleIdsFor(file);
      expect(rules).not.toContain('no-restricted-imports');
      expect(rules).not.toContain('no-restricted-globals');
    }
  });
});
