import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../../lib/rules/secrets/index.ts';

const root = new URL('../../../', import.meta.url).pathname;
const DIRECTORIES = ['lib/secrets', 'lib/rules/secrets', 'lib/detectors'];
const RECHECK_OPTIONS = { timeout: null, incubationTimeout: null, attackTimeout: null, randomSeed: 20_240_601 };

/** Every regular-expression literal in the secrets code, found with the TypeScript parser. */
function regexLiterals(): Array<{ file: string; source: string; flags: string }> {
  const found: Array<{ file: string; source: string; flags: string }> = [];
  for (const directory of DIRECTORIES) {
    for (const name of readdirSync(join(root, directory))) {
      if (!name.endsWith('.ts') || (directory === 'lib/detectors' && name !== 'secrets.ts')) continue;
      const file = `${directory}/${name}`;
      const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source);
          const slash = text.lastIndexOf('/');
          found.push({ file, source: text.slice(1, slash), flags: text.slice(slash + 1) });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

describe('every regular expression in the secrets code passes a ReDoS check (recheck)', () => {
  const literals = regexLiterals();

  it('finds the literals', () => {
    expect(literals.length).toBeGreaterThan(20);
  });

  it(
    'literal regexes are safe',
    async () => {
      const unsafe: string[] = [];
      for (const { file, source, flags } of literals) {
        const result = await check(source, flags, RECHECK_OPTIONS);
        if (result.status !== 'safe') unsafe.push(`${file}: /${source}/${flags} → ${result.status}`);
      }
      expect(unsafe).toEqual([]);
    },
    600_000,
  );

  it(
    'the keyword prefilter (one alternation of every literal keyword) is safe',
    async () => {
      const keywords = [...new Set(SECRET_RULES.flatMap((rule) => rule.keywords))].sort((a, b) => b.length - a.length);
      const source = keywords.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|');
      const result = await check(source, 'g', RECHECK_OPTIONS);
      expect(result.status).toBe('safe');
    },
    600_000,
  );
});
