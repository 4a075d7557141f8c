import type { EmbeddedCode } from './shell-rules.ts';

/**
 * Shell commands and SQL written as string literals inside other code: `os.system("rm -rf ~")`,
 * `subprocess.run(["rm", "-rf", "/"])`, `child_process.execSync('curl … | sh')`,
 * `cursor.execute("DELETE FROM users")`. The literal is handed to the shell or SQL rules; every
 * hit inside it is reported on the literal's span (escapes make exact inner offsets unreliable).
 */

const SHELL_CALL =
  /\b(?:os\.system|os\.popen|subprocess\.(?:run|call|popen|check_output|check_call|getoutput|getstatusoutput)|commands\.getoutput|shell_exec|passthru|proc_open|popen|system|execsync|exec|spawnsync|spawn|execfile|execfilesync|runtime\.getruntime\(\)\.exec|process\.start|start-process)\s{0,3}\(\s{0,3}/gi;

const SQL_CALL = /\b(?:execute|executemany|executescript|query|raw|exec_driver_sql|prepare|run|all|get)\s{0,3}\(\s{0,3}/gi;

/** Literals read per snippet, and characters per literal: bounds for hostile input. */
const MAX_LITERALS = 64;
const MAX_LITERAL_CHARS = 4_000;

/** A quoted literal starting at `at` (after an optional r/f/b/u prefix): its text and where it ends. */
function readQuoted(text: string, at: number): { value: string; end: number } | undefined {
  let i = at;
  while (i < at + 2 && /[rfbuRFBU]/.test(text[i] ?? '')) i += 1;
  const quote = text[i];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let value = '';
  for (let j = i + 1; j < text.length && j - i <= MAX_LITERAL_CHARS; j += 1) {
    const char = text[j]!;
    if (char === '\\') {
      const next = text[j + 1] ?? '';
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      j += 1;
    } else if (char === quote) return { value, end: j + 1 };
    else if (char === '\n' && quote !== '`') return undefined;
    else value += char;
  }
  return undefined;
}

/** `["rm", "-rf", "/"]` → `rm -rf /`; an item with a space is quoted again. */
function readList(text: string, at: number): { value: string; end: number } | undefined {
  if (text[at] !== '[') return undefined;
  const items: string[] = [];
  let i = at + 1;
  while (i < text.length && items.length < 64) {
    while (i < text.length && /[\s,]/.test(text[i]!)) i += 1;
    if (text[i] === ']') return items.length > 0 ? { value: items.map((item) => (/\s/.test(item) ? `'${item.replace(/'/g, '')}'` : item)).join(' '), end: i + 1 } : undefined;
    const item = readQuoted(text, i);
    if (!item) return undefined;
    items.push(item.value);
    i = item.end;
  }
  return undefined;
}

function collect(pattern: RegExp, text: string, language: EmbeddedCode['language'], found: EmbeddedCode[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match && found.length < MAX_LITERALS; match = pattern.exec(text)) {
    const at = match.index + match[0].length;
    // An argument list (`["rm", "-rf", "/"]`) is a command line; SQL comes as one string.
    const literal = readQuoted(text, at) ?? (language === 'shell' ? readList(text, at) : undefined);
    if (literal && literal.value.trim() !== '') found.push({ language, text: literal.value, start: at, end: literal.end });
  }
  pattern.lastIndex = 0;
}

/** Shell command strings and SQL strings passed to the usual execution APIs of Python, Node, PHP, Ruby, Java and PowerShell. */
export function embeddedCode(text: string): EmbeddedCode[] {
  const found: EmbeddedCode[] = [];
  const lower = text.toLowerCase();
  if (/system|popen|subprocess|exec|spawn|passthru|process\.start|start-process/.test(lower)) collect(SHELL_CALL, text, 'shell', found);
  if (/execute|query|raw|prepare|run|all|get|exec/.test(lower)) collect(SQL_CALL, text, 'sql', found);
  return found;
}
