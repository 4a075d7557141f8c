import { findFencedBlocks } from '../json/markdown-fences.ts';

/**
 * Where the code in a reply is: fenced blocks (``` and ~~~, with their language tag; an unclosed
 * fence runs to the end, as in a reply still streaming — the same reader strict-json uses), inline
 * code, and the text outside fences (a bare command reply, or commands quoted inside sentences).
 * Offsets are those of the text given; prompts (`$ `, `PS C:\> `, `user@host:~$ `) are blanked with
 * spaces so offsets do not move.
 */

export type SnippetLanguage = 'shell' | 'powershell' | 'batch' | 'python' | 'javascript' | 'sql' | 'other' | 'unknown';

export interface Snippet {
  text: string;
  /** Offset of `text[0]` in the reply. */
  start: number;
  language: SnippetLanguage;
  /** `fence` and `inline` are code by the writer's word; `bare` is text outside fences. */
  kind: 'fence' | 'inline' | 'bare';
}

const LANGUAGES: ReadonlyArray<[SnippetLanguage, RegExp]> = [
  ['shell', /^(?:sh|bash|zsh|shell|console|terminal|shell-?session|ksh|fish|tcsh|csh|dash|ash|sudo|linux|unix|command|cli)$/],
  ['powershell', /^(?:powershell|ps|ps1|pwsh|posh)$/],
  ['batch', /^(?:bat|batch|cmd|dos|winbatch)$/],
  ['python', /^(?:python[23]?|py|ipython|pycon|jupyter)$/],
  ['javascript', /^(?:javascript|js|node|nodejs|ts|typescript|jsx|tsx|mjs|cjs)$/],
  ['sql', /^(?:sql|mysql|postgresql|postgres|psql|sqlite3?|plsql|tsql|mssql|pgsql|mariadb)$/],
  ['unknown', /^(?:|text|txt|plaintext|plain|output|none|code)$/],
];

export function fenceLanguage(info: string): SnippetLanguage {
  // `bash`, `bash title="x"`, `{.bash}` (Pandoc attributes).
  const tag = (info.trim().replace(/^\{\s{0,3}\.?/, '').split(/[\s{},]/)[0] ?? '').toLowerCase();
  for (const [language, pattern] of LANGUAGES) if (pattern.test(tag)) return language;
  return 'other';
}

/** Snippets kept per reply: a bound for hostile input (thousands of tiny fences). */
const MAX_SNIPPETS = 400;

/** Shell prompts at the start of a line, after the indentation (`$`, `%`, `PS C:\\x>`, `C:\\x>`, `user@host:~$`, `>`). */
const PROMPT = /(?:\$|%|PS [^>\n]{0,80}>|[A-Za-z]:\\[^>\n]{0,80}>|[\w.-]{1,32}@[\w.-]{1,64}:[^$#\n]{0,80}[$#]|>)(?=[ \t])/y;

/** Replaces shell prompts at line starts with spaces (same length, so offsets hold). */
export function blankPrompts(text: string, withQuoteMarker: boolean): string {
  let result = '';
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let indent = lineStart;
    while (indent < lineEnd && (text[indent] === ' ' || text[indent] === '\t')) indent += 1;
    PROMPT.lastIndex = indent;
    const prompt = PROMPT.exec(text);
    // `> /var/log/auth.log` is a redirection, not a quote marker.
    const quoteMarker = prompt?.[0] === '>';
    const redirection = quoteMarker && /^[ \t]{1,4}[/~$]/.test(text.slice(indent + 1, indent + 6));
    if (prompt && (!quoteMarker || (withQuoteMarker && !redirection))) {
      result += text.slice(lineStart, indent) + ' '.repeat(prompt[0].length) + text.slice(indent + prompt[0].length, lineEnd);
    } else result += text.slice(lineStart, lineEnd);
    if (newline < 0) break;
    result += '\n';
    lineStart = newline + 1;
  }
  PROMPT.lastIndex = 0;
  return result;
}

export function replySnippets(reply: string): Snippet[] {
  const snippets: Snippet[] = [];
  const push = (snippet: Snippet) => {
    if (snippets.length < MAX_SNIPPETS && snippet.text.trim() !== '') snippets.push(snippet);
  };
  let bareStart = 0;
  for (const block of findFencedBlocks(reply)) {
    pushBare(reply, bareStart, block.start, push);
    pushFence(reply.slice(block.contentStart, block.contentEnd), block.contentStart, fenceLanguage(block.language), push);
    bareStart = Math.min(reply.length, block.end + 1);
  }
  pushBare(reply, bareStart, reply.length, push);
  return snippets;
}

function pushFence(body: string, start: number, language: SnippetLanguage, push: (snippet: Snippet) => void): void {
  const text = language === 'shell' || language === 'unknown' || language === 'powershell' || language === 'batch' ? blankPrompts(body, false) : body;
  push({ text, start, language, kind: 'fence' });
}

const INLINE = /(``?)([^`\n]{1,2000})\1(?!`)/g;

function pushBare(reply: string, start: number, end: number, push: (snippet: Snippet) => void): void {
  if (end <= start) return;
  const text = reply.slice(start, end);
  push({ text: blankPrompts(text, true), start, language: 'unknown', kind: 'bare' });
  INLINE.lastIndex = 0;
  for (let match = INLINE.exec(text); match; match = INLINE.exec(text)) {
    push({ text: match[2]!, start: start + match.index + match[1]!.length, language: 'unknown', kind: 'inline' });
  }
  INLINE.lastIndex = 0;
}
