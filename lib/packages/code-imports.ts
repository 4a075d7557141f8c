import type { PackageMention } from './package-mention.ts';
import { IMPORT_TO_DISTRIBUTION } from './python-import-names.ts';
import type { ReplyRegion } from './reply-regions.ts';

/**
 * Imports in a reply's code: Python `import a.b` / `from a.b import c` and JavaScript
 * `import … from 'x'`, `import 'x'`, `import('x')`, `require('x')`, `export … from 'x'`. Only bare
 * package specifiers are kept: relative imports, absolute paths, URLs and path aliases (`@/`, `~/`,
 * `#internal`) name no package. Which of the kept names are the standard library or Node built-ins
 * is decided later (python-stdlib-modules.ts, node-builtin-modules.ts).
 */

const PYTHON_LANGUAGES = new Set(['python', 'py', 'python3', 'ipython', 'ipython3', 'jupyter', 'pycon', 'sage']);
const JS_LANGUAGES = new Set(['javascript', 'js', 'jsx', 'mjs', 'cjs', 'typescript', 'ts', 'tsx', 'mts', 'cts', 'node', 'vue', 'svelte', 'astro', 'deno']);

type Language = 'python' | 'js';

/** The languages whose imports may be in a region: its fence language, or both when unknown. */
function languagesOf(region: ReplyRegion): readonly Language[] {
  if (region.kind === 'inline') return [];
  if (region.kind === 'prose' || region.language === '') return ['python', 'js'];
  if (PYTHON_LANGUAGES.has(region.language)) return ['python'];
  if (JS_LANGUAGES.has(region.language)) return ['js'];
  return [];
}

/**
 * A whole Python import statement on one line. In prose (and in fences without a language) only a
 * line that is exactly such a statement counts, so "from there import the data" does not.
 */
const PYTHON_IMPORT_LINE = /^[ \t]{0,40}import[ \t]+([A-Za-z_][\w.]{0,200}(?:[ \t]+as[ \t]+\w{1,100})?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]{0,200}(?:[ \t]+as[ \t]+\w{1,100})?){0,50})[ \t]*(?:#.{0,500})?$/;
const PYTHON_FROM_LINE = /^[ \t]{0,40}from[ \t]+([A-Za-z_][\w.]{0,200})[ \t]+import[ \t]+(?:\(|\*|\w)/;
/** The same, as the whole line: `from x import a, b as c` / `(` / `*`, then nothing but a comment. */
const PYTHON_FROM_WHOLE_LINE =
  /^[ \t]{0,40}from[ \t]+([A-Za-z_][\w.]{0,200})[ \t]+import[ \t]+(?:\((?:[\w ,]{0,500}\))?|\*|\w{1,100}(?:[ \t]+as[ \t]+\w{1,100})?(?:[ \t]*,[ \t]*\w{1,100}(?:[ \t]+as[ \t]+\w{1,100})?){0,50})[ \t]*(?:#.{0,500})?$/;
/** In Python code a statement may follow `;` or sit inside `try:` blocks: these need no whole line. */
const PYTHON_IMPORT_STATEMENT = /(?:^|;)[ \t]{0,40}import[ \t]+([A-Za-z_][\w.]{0,200}(?:[ \t]+as[ \t]+\w{1,100})?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]{0,200}(?:[ \t]+as[ \t]+\w{1,100})?){0,50})/;
const DOTTED_NAME = /[A-Za-z_][\w.]*/g;

/** In prose, only a line that starts an import or export statement, or calls require(). */
const JS_STATEMENT_LINE = /^[ \t]{0,40}(?:import|export)\b|\brequire[ \t]{0,20}\(/;
/** Relative or absolute paths, URLs and schemes (node:, data:…), `#` imports and path aliases. */
const NOT_A_PACKAGE_SPECIFIER = /^(?:[.~/#$!]|@\/|[a-z][a-z0-9+.-]*:)/i;
const BARE_PACKAGE = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/i;
const JS_SPECIFIER = /(?<![\w$.])(?:(from|import)[ \t]{0,20}|(?:require|import)[ \t]{0,20}\([ \t]{0,20})(['"])([^'"\r\n]{1,300})\2/g;

/** Every regular expression of this module (the ReDoS check in its test runs over them). */
export const CODE_IMPORT_PATTERNS: readonly RegExp[] = [
  PYTHON_IMPORT_LINE,
  PYTHON_FROM_LINE,
  PYTHON_FROM_WHOLE_LINE,
  PYTHON_IMPORT_STATEMENT,
  DOTTED_NAME,
  JS_SPECIFIER,
  JS_STATEMENT_LINE,
  NOT_A_PACKAGE_SPECIFIER,
  BARE_PACKAGE,
];

/** Lines longer than this are not read for imports (minified code, base64…). */
const MAX_LINE_CHARS = 2_000;

/** Appends the import mentions of `region` (at most `maxMentions` in all) to `out`. */
export function findImportMentions(text: string, region: ReplyRegion, maxMentions: number, out: PackageMention[]): void {
  const languages = languagesOf(region);
  if (languages.length === 0) return;
  const strictLines = region.kind === 'prose' || region.language === '';
  let lineStart = region.start;
  while (lineStart < region.end && out.length < maxMentions) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > region.end ? region.end : newline;
    if (lineEnd - lineStart <= MAX_LINE_CHARS) {
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      if (languages.includes('python')) pythonImports(line, lineStart, strictLines, out);
      if (languages.includes('js')) jsImports(line, lineStart, region.kind === 'prose', out);
    }
    lineStart = lineEnd + 1;
  }
  if (out.length > maxMentions) out.length = maxMentions;
}

function pythonImports(line: string, lineStart: number, strictLines: boolean, out: PackageMention[]): void {
  const from = (strictLines ? PYTHON_FROM_WHOLE_LINE : PYTHON_FROM_LINE).exec(line);
  if (from) {
    // `from . import x` / `from .models import y` are relative: group 1 cannot start with a dot.
    addPythonModule(from[1]!, lineStart + from.index + from[0].indexOf(from[1]!, from[0].indexOf('from') + 4), strictLines, out);
    return;
  }
  const statement = (strictLines ? PYTHON_IMPORT_LINE : PYTHON_IMPORT_STATEMENT).exec(line);
  if (!statement) return;
  const list = statement[1]!;
  const listStart = statement.index + statement[0].indexOf(list, statement[0].indexOf('import') + 6);
  // Each comma-separated item: its dotted module name (an `as` alias follows it and is skipped).
  let itemStart = 0;
  for (const item of list.split(',')) {
    DOTTED_NAME.lastIndex = 0;
    const name = DOTTED_NAME.exec(item);
    if (name) addPythonModule(name[0], lineStart + listStart + itemStart + name.index, strictLines, out);
    itemStart += item.length + 1;
  }
}

function addPythonModule(dotted: string, start: number, strictLines: boolean, out: PackageMention[]): void {
  const modulePath = dotted.replace(/\.+$/, '');
  const topLevel = modulePath.split('.')[0]!;
  if (!topLevel) return;
  // Outside a Python fence, `import UIKit` / `import Data.List` is Swift or Haskell: Python
  // top-level modules are lower-case but for a few well-known ones (PIL, Crypto…).
  if (strictLines && /^[A-Z]/.test(topLevel) && !(topLevel in IMPORT_TO_DISTRIBUTION)) return;
  out.push({ ecosystem: 'pypi', kind: 'import', name: topLevel, lookup: modulePath, start, end: start + topLevel.length });
}

function jsImports(line: string, lineStart: number, strict: boolean, out: PackageMention[]): void {
  if (strict && !JS_STATEMENT_LINE.test(line)) return;
  JS_SPECIFIER.lastIndex = 0;
  for (let match = JS_SPECIFIER.exec(line); match; match = JS_SPECIFIER.exec(line)) {
    const specifier = match[3]!;
    const name = packageOfSpecifier(specifier);
    if (!name) continue;
    const start = lineStart + match.index + match[0].length - 1 - specifier.length + specifier.indexOf(name);
    out.push({ ecosystem: 'npm', kind: 'import', name, lookup: name, start, end: start + name.length });
  }
}

/**
 * The package a bare JavaScript specifier names: `x` of `x/sub/path`, `@s/x` of `@s/x/sub`, the
 * package of an `npm:` specifier (Deno). Undefined for relative or absolute paths, URLs, `node:`
 * and other schemes, and path aliases.
 */
export function packageOfSpecifier(specifier: string): string | undefined {
  let rest = specifier;
  if (rest.startsWith('npm:')) rest = rest.slice(4).replace(/(?<=.)@[^/]*/, '');
  if (NOT_A_PACKAGE_SPECIFIER.test(rest)) return undefined;
  const parts = rest.split('/');
  const name = rest.startsWith('@') ? (parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined) : parts[0];
  if (!name || !BARE_PACKAGE.test(name)) return undefined;
  return name;
}
