import type { Hit } from './rule-catalogue.ts';

/**
 * Destructive SQL: `DELETE FROM t;` and `UPDATE t SET …;` without a WHERE, `DROP DATABASE/SCHEMA/TABLE`,
 * `TRUNCATE`. A small tokenizer rather than a SQL parser: dialects differ in everything but these
 * statement heads, and what matters is only which keywords a statement holds outside its string
 * literals and comments — so `DELETE FROM t WHERE id = 1` is fine and a `WHERE` inside a quoted
 * value does not count.
 */
export interface SqlOptions {
  /**
   * Prose mentions "delete from the list" in lower case; SQL in prose is written in capitals. When
   * false, only upper-case statement keywords count (text outside code blocks).
   */
  anyCase: boolean;
}

interface Statement {
  keywords: string[];
  /** The first word is followed by white space (or ends the text). */
  headSpaced: boolean;
  start: number;
  end: number;
}

/** Keywords kept per statement: the head and any WHERE are all the rule needs. */
const MAX_KEYWORDS = 400;
const MAX_STATEMENTS = 2_000;

/** Splits on `;` outside quotes and comments, keeping each statement's bare words in order. */
function statements(text: string): Statement[] {
  const found: Statement[] = [];
  let current: Statement = { keywords: [], start: 0, end: 0, headSpaced: false };
  let i = 0;
  const finish = (end: number) => {
    current.end = end;
    if (current.keywords.length > 0 && found.length < MAX_STATEMENTS) found.push(current);
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === "'" || char === '"' || char === '`') {
      const close = text.indexOf(char, i + 1);
      i = close < 0 ? text.length : close + 1;
    } else if ((char === '-' && text[i + 1] === '-') || (char === '#' && (i === 0 || text[i - 1] === '\n'))) {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? text.length : newline;
    } else if (char === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (char === ';' || (char === '\n' && current.keywords.length > 0 && startsStatement(text, i + 1))) {
      // A line that starts a new statement ends the last one even without `;` (scripts, replies).
      finish(i);
      current = { keywords: [], start: i + 1, end: i + 1, headSpaced: false };
      i += 1;
    } else if (/[A-Za-z_]/.test(char)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_$.]/.test(text[j]!)) j += 1;
      if (current.keywords.length === 0) {
        current.start = i;
        // `update-alternatives --set`, `truncate -s 0`: a shell command, not a statement head.
        current.headSpaced = j >= text.length || /\s/.test(text[j]!);
      }
      if (current.keywords.length < MAX_KEYWORDS) current.keywords.push(text.slice(i, j));
      i = j;
    } else {
      i += 1;
    }
  }
  finish(text.length);
  return found;
}

const STATEMENT_HEAD = /^[ \t]*(?:delete|update|drop|truncate|insert|select|create|alter|with)\s/i;

/** A line that begins a new SQL statement (not a continuation such as `SET a = 1,`). */
const startsStatement = (text: string, from: number) => STATEMENT_HEAD.test(text.slice(from, from + 40));

const upper = (word: string | undefined) => (word ?? '').toUpperCase();

export function checkSql(text: string, options: SqlOptions): Hit[] {
  const hits: Hit[] = [];
  if (!/delete|update|drop|truncate/i.test(text)) return hits;
  for (const statement of statements(text)) {
    const [first, second, third] = statement.keywords;
    if (!statement.headSpaced || (!options.anyCase && first !== upper(first))) continue;
    const head = upper(first);
    const words = statement.keywords.map(upper);
    const hasWhere = words.includes('WHERE');
    const at = { start: statement.start, end: statement.end };
    if (head === 'DELETE' && (upper(second) === 'FROM' || (second !== undefined && upper(third) === 'FROM') || words.length === 2) && !hasWhere) {
      hits.push({ rule: 'destructive-sql', ...at });
    } else if (head === 'UPDATE' && words.includes('SET') && !hasWhere) {
      hits.push({ rule: 'destructive-sql', ...at });
    } else if (head === 'DROP' && /^(?:DATABASE|SCHEMA|TABLE)$/.test(upper(second))) {
      hits.push({ rule: 'destructive-sql', ...at });
    } else if (head === 'TRUNCATE' && (upper(second) === 'TABLE' || (first === 'TRUNCATE' && second !== undefined && words.length <= 4))) {
      hits.push({ rule: 'destructive-sql', ...at });
    }
  }
  return hits;
}
