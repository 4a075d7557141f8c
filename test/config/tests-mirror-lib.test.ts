import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Files that only declare types, data or re-exports have no behaviour of their own to test. */
const hasBehaviour = (source: string): boolean =>
  /^export (async )?function\b|^export (default )?class\b|^export const \w+(: [^=]+)? = (async )?\(?[\w\s,:<>{}]*\)? *(: [^=]+)?=>/m.test(
    source,
  );

describe('tests mirror lib/ one-to-one', () => {
  const modules = walk(join(root, 'lib'))
    .filter((path) => /\.tsx?$/.test(path))
    .map((path) => relative(join(root, 'lib'), path));

  it.each(modules)('lib/%s', (module) => {
    const source = readFileSync(join(root, 'lib', module), 'utf8');
    if (!hasBehaviour(source)) return;
    const test = join(root, 'test', 'lib', module.replace(/\.tsx?$/, '.test.ts'));
    const testTsx = test.replace(/\.ts$/, '.tsx');
    expect(existsSync(test) || existsSync(testTsx), `missing ${relative(root, test)}`).toBe(true);
  });
});
