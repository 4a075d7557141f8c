import {
  buildCommand,
  type ShellAssignment,
  type ShellCommand,
  type ShellFunction,
  type ShellPipeline,
  type ShellRedirect,
  type ShellScript,
  type ShellWord,
} from './shell-script.ts';

/**
 * The fallback reader for what the real parser rejects: partial snippets (`rm -rf ~/` followed by
 * prose), unbalanced quotes, other shells' syntax, a command quoted inside a sentence. It reads words,
 * quotes, `$(…)`/backtick/`<(…)` substitutions, pipes, separators, redirections and here-documents
 * well enough for the rules, in one linear pass (substitutions are re-read once per nesting level,
 * at most MAX_DEPTH levels), and never fails: an unclosed quote or substitution runs to the end.
 */
export function tokenizeShell(source: string): ShellScript {
  const script: ShellScript = { commands: [], pipelines: [], functions: [], readBy: 'tokenizer' };
  readCommands(source, 0, source.length, undefined, script, 0);
  script.commands.sort((a, b) => a.start - b.start || b.end - a.end);
  return script;
}

const MAX_DEPTH = 3;
const MAX_COMMANDS = 2_000;

/** Words that open or close shell syntax rather than name a program. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'esac', 'function', '!', '{', '}', 'time', '[[', ']]']);
/** A simple command that starts with these is a loop or case header, not a program run. */
const HEADERS = new Set(['for', 'case', 'select', 'in']);

type Token =
  | { kind: 'word'; word: ShellWord; substitutions: Array<{ start: number; end: number }> }
  | { kind: 'operator'; op: string; start: number; end: number }
  | { kind: 'redirect'; redirect: ShellRedirect; substitutions: Array<{ start: number; end: number }> };

const OPERATOR_CHARS = new Set(['|', '&', ';', '(', ')', '\n']);
const isBlank = (char: string | undefined) => char === ' ' || char === '\t' || char === '\r';
const isWordEnd = (char: string | undefined) => char === undefined || isBlank(char) || OPERATOR_CHARS.has(char) || char === '<' || char === '>';
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Index just past the `)` that closes a `(` opened before `from`, or `end` when none does. */
function closingParen(source: string, from: number, end: number): number {
  let depth = 1;
  let i = from;
  while (i < end) {
    const char = source[i];
    if (char === '\\') i += 2;
    else if (char === "'") {
      const close = source.indexOf("'", i + 1);
      i = close < 0 || close >= end ? end : close + 1;
    } else if (char === '(') {
      depth += 1;
      i += 1;
    } else if (char === ')') {
      depth -= 1;
      i += 1;
      if (depth === 0) return i;
    } else i += 1;
  }
  return end;
}

class Scanner {
  i: number;
  readonly pendingHeredocs: Array<{ redirect: ShellRedirect; delimiter: string; stripTabs: boolean }> = [];

  constructor(
    readonly source: string,
    start: number,
    readonly end: number,
  ) {
    this.i = start;
  }

  tokens(): Token[] {
    const tokens: Token[] = [];
    const { source, end } = this;
    while (this.i < end) {
      const char = source[this.i]!;
      if (isBlank(char)) {
        this.i += 1;
      } else if (char === '\\' && source[this.i + 1] === '\n') {
        this.i += 2;
      } else if (char === '#') {
        const newline = source.indexOf('\n', this.i);
        this.i = newline < 0 || newline >= end ? end : newline;
      } else if (char === '\n') {
        tokens.push({ kind: 'operator', op: '\n', start: this.i, end: this.i + 1 });
        this.i += 1;
        this.readHeredocBodies();
      } else if (/[0-9]/.test(char) && this.redirectAfterDigits()) {
        tokens.push(this.redirect());
      } else if (char === '&' && source[this.i + 1] === '>') {
        tokens.push(this.redirect());
      } else if ((char === '<' || char === '>') && source[this.i + 1] !== '(') {
        tokens.push(this.redirect());
      } else if (OPERATOR_CHARS.has(char)) {
        const two = source.slice(this.i, this.i + 2);
        const op = ['&&', '||', '|&', ';;'].includes(two) ? two : char;
        tokens.push({ kind: 'operator', op, start: this.i, end: this.i + op.length });
        this.i += op.length;
      } else {
        const substitutions: Array<{ start: number; end: number }> = [];
        tokens.push({ kind: 'word', word: this.word(substitutions), substitutions });
      }
    }
    return tokens;
  }

  /** `2>`, `10>&1`: digits that are a descriptor number, not a word. */
  redirectAfterDigits(): boolean {
    let j = this.i;
    while (j < this.end && /[0-9]/.test(this.source[j]!)) j += 1;
    const previous = this.source[this.i - 1];
    const startsWord = this.i === 0 || isBlank(previous) || OPERATOR_CHARS.has(previous!);
    return startsWord && (this.source[j] === '>' || this.source[j] === '<') && this.source[j + 1] !== '(';
  }

  redirect(): Token {
    const { source } = this;
    const start = this.i;
    let fd: string | undefined;
    const digits = /^[0-9]+/.exec(source.slice(this.i, Math.min(this.i + 6, this.end)));
    if (digits) {
      fd = digits[0];
      this.i += fd.length;
    }
    const ops = ['&>>', '&>', '<<<', '<<-', '<<', '<>', '<&', '>>', '>&', '>|', '>', '<'];
    const op = ops.find((candidate) => source.startsWith(candidate, this.i)) ?? '>';
    this.i += op.length;
    while (this.i < this.end && isBlank(source[this.i])) this.i += 1;
    const substitutions: Array<{ start: number; end: number }> = [];
    const target = this.i < this.end && !isWordEnd(source[this.i]) ? this.word(substitutions) : undefined;
    const redirect: ShellRedirect = { op, fd, target, input: undefined, start, end: this.i };
    if (op === '<<' || op === '<<-') {
      redirect.target = undefined;
      if (target) this.pendingHeredocs.push({ redirect, delimiter: target.text, stripTabs: op === '<<-' });
    } else if (op === '<<<') {
      redirect.target = undefined;
      redirect.input = target?.text;
    }
    return { kind: 'redirect', redirect, substitutions };
  }

  /** After a newline: the bodies of the here-documents opened on the line just ended. */
  readHeredocBodies(): void {
    const { source, end } = this;
    for (const pending of this.pendingHeredocs.splice(0)) {
      const bodyStart = this.i;
      let lineStart = this.i;
      let bodyEnd = end;
      while (lineStart < end) {
        const newline = source.indexOf('\n', lineStart);
        const lineEnd = newline < 0 || newline >= end ? end : newline;
        const line = source.slice(lineStart, lineEnd);
        if ((pending.stripTabs ? line.replace(/^\t+/, '') : line).trim() === pending.delimiter) {
          bodyEnd = lineStart;
          lineStart = Math.min(end, lineEnd + 1);
          break;
        }
        lineStart = Math.min(end, lineEnd + 1);
        if (lineEnd >= end) bodyEnd = end;
      }
      pending.redirect.input = source.slice(bodyStart, bodyEnd);
      this.i = lineStart;
    }
  }

  word(substitutions: Array<{ start: number; end: number }>): ShellWord {
    const { source, end } = this;
    const start = this.i;
    let text = '';
    let literal = true;
    let quote: '"' | undefined;
    while (this.i < end) {
      const char = source[this.i]!;
      if (!quote && isWordEnd(char)) {
        // `<(…)` / `>(…)` begin a word; elsewhere < and > end it.
        if ((char === '<' || char === '>') && source[this.i + 1] === '(' && this.i === start) {
          const close = closingParen(source, this.i + 2, end);
          substitutions.push({ start: this.i + 2, end: Math.max(this.i + 2, close - 1) });
          text += '<(…)';
          literal = false;
          this.i = close;
          continue;
        }
        break;
      }
      if (char === '"') {
        quote = quote ? undefined : '"';
        this.i += 1;
      } else if (char === "'" && !quote) {
        const close = source.indexOf("'", this.i + 1);
        const stop = close < 0 || close >= end ? end : close;
        text += source.slice(this.i + 1, stop);
        this.i = Math.min(end, stop + 1);
      } else if (char === '\\') {
        text += this.i + 1 < end ? source[this.i + 1]! : '';
        this.i = Math.min(end, this.i + 2);
      } else if (char === '`') {
        const close = source.indexOf('`', this.i + 1);
        const stop = close < 0 || close >= end ? end : close;
        substitutions.push({ start: this.i + 1, end: stop });
        text += '$(…)';
        literal = false;
        this.i = Math.min(end, stop + 1);
      } else if (char === '$' && source[this.i + 1] === '(') {
        const close = closingParen(source, this.i + 2, end);
        substitutions.push({ start: this.i + 2, end: Math.max(this.i + 2, close - 1) });
        text += '$(…)';
        literal = false;
        this.i = close;
      } else if (char === '$' && source[this.i + 1] === '{') {
        const close = source.indexOf('}', this.i + 2);
        const stop = close < 0 || close >= end ? end : close;
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(this.i + 2, Math.min(stop, this.i + 66)))?.[0] ?? '';
        if (name === 'HOME') text += '~';
        else {
          text += `$${name}`;
          literal = false;
        }
        this.i = Math.min(end, stop + 1);
      } else if (char === '$' && NAME_CHAR.test(source[this.i + 1] ?? '')) {
        let j = this.i + 1;
        while (j < end && j - this.i < 65 && NAME_CHAR.test(source[j]!)) j += 1;
        const name = source.slice(this.i + 1, j);
        if (name === 'HOME') text += '~';
        else {
          text += `$${name}`;
          literal = false;
        }
        this.i = j;
      } else {
        text += char;
        this.i += 1;
      }
    }
    return { text, literal, start, end: this.i };
  }
}

interface Pending {
  words: ShellWord[];
  assigns: ShellAssignment[];
  redirects: ShellRedirect[];
  substitutions: Array<{ start: number; end: number }>;
  start: number;
  end: number;
}

function readCommands(source: string, start: number, end: number, parent: ShellCommand | undefined, script: ShellScript, depth: number): void {
  const tokens = new Scanner(source, start, end).tokens();
  let current: Pending | undefined;
  let pipeline: ShellCommand[][] = [];
  let openFunction: { name: string; start: number; braces: number; firstCommand: number } | undefined;

  const finishPipeline = () => {
    if (pipeline.length >= 2) {
      script.pipelines.push({ stages: pipeline, start: pipeline[0]![0]!.start, end: pipeline[pipeline.length - 1]![0]!.end } satisfies ShellPipeline);
    }
    pipeline = [];
  };

  const finishCommand = (): ShellCommand | undefined => {
    const pending = current;
    current = undefined;
    if (!pending || script.commands.length >= MAX_COMMANDS) return undefined;
    let words = pending.words;
    while (words.length > 0 && RESERVED.has(words[0]!.text)) words = words.slice(1);
    if (words.length > 0 && HEADERS.has(words[0]!.text)) return undefined;
    const assigns: ShellAssignment[] = [...pending.assigns];
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!.text)) {
      const word = words[0]!;
      const eq = word.text.indexOf('=');
      assigns.push({ name: word.text.slice(0, eq), value: { ...word, text: word.text.slice(eq + 1) } });
      words = words.slice(1);
    }
    // `export NAME=value` / `declare -x NAME=value`: keep the assignment for the rules.
    if (words.length > 0 && ['export', 'declare', 'typeset', 'local', 'readonly'].includes(words[0]!.text)) {
      for (const word of words.slice(1)) {
        const eq = word.text.indexOf('=');
        if (eq > 0) assigns.push({ name: word.text.slice(0, eq), value: { ...word, text: word.text.slice(eq + 1) } });
      }
    }
    if (words.length === 0 && assigns.length === 0 && pending.redirects.length === 0) return undefined;
    const command = buildCommand(words, assigns, pending.redirects, { start: pending.start, end: pending.end }, parent);
    script.commands.push(command);
    if (depth < MAX_DEPTH) {
      for (const inner of pending.substitutions) readCommands(source, inner.start, inner.end, command, script, depth + 1);
    }
    return command;
  };

  const pending = (at: number): Pending => {
    current ??= { words: [], assigns: [], redirects: [], substitutions: [], start: at, end: at };
    return current;
  };

  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t]!;
    if (token.kind === 'word') {
      const next = tokens[t + 1];
      const after = tokens[t + 2];
      // `name() {`: a function definition (its body is read as ordinary commands).
      if (!current && next?.kind === 'operator' && next.op === '(' && after?.kind === 'operator' && after.op === ')') {
        openFunction = { name: token.word.text, start: token.word.start, braces: 0, firstCommand: script.commands.length };
        t += 2;
        continue;
      }
      if (openFunction && (token.word.text === '{' || token.word.text === '}')) {
        openFunction.braces += token.word.text === '{' ? 1 : -1;
        if (openFunction.braces <= 0 && token.word.text === '}') {
          const command = finishCommand();
          if (command) pipeline.push([command]);
          finishPipeline();
          const body = script.commands.slice(openFunction.firstCommand);
          script.functions.push({ name: openFunction.name, body, start: openFunction.start, end: token.word.end } satisfies ShellFunction);
          openFunction = undefined;
        }
        continue;
      }
      const into = pending(token.word.start);
      into.words.push(token.word);
      into.substitutions.push(...token.substitutions);
      into.end = token.word.end;
    } else if (token.kind === 'redirect') {
      const into = pending(token.redirect.start);
      into.redirects.push(token.redirect);
      into.substitutions.push(...token.substitutions);
      into.end = token.redirect.end;
    } else {
      const command = finishCommand();
      if (token.op === '|' || token.op === '|&') {
        if (command) pipeline.push([command]);
      } else {
        if (command) pipeline.push([command]);
        finishPipeline();
      }
    }
  }
  const command = finishCommand();
  if (command) pipeline.push([command]);
  finishPipeline();
}
