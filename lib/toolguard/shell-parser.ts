import mvdanSh, { type ShParser } from 'mvdan-sh';
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

const { syntax } = mvdanSh;
// GopherJS sets the process-wide Error.stackTraceLimit to Infinity when it loads, which makes every
// error anywhere (and every parse failure here) record its whole stack. Put back the V8 default.
if ((Error as { stackTraceLimit?: number }).stackTraceLimit === Number.POSITIVE_INFINITY) (Error as { stackTraceLimit?: number }).stackTraceLimit = 10;

/**
 * Reads a snippet with mvdan-sh, a real bash parser (the Go `mvdan.cc/sh` compiled to JavaScript
 * by GopherJS): pipes, redirections, substitutions, here-documents, functions and quoting are
 * understood, so `rm -rf "./build"` and `rm -rf ~` are told apart by what the words are, not by how
 * they look. Returns undefined when the snippet does not parse (partial snippets, prose, other
 * languages), nests deeper than MAX_DEPTH, or the parser's objects are not shaped as expected; the
 * caller then falls back to the tokenizer.
 *
 * Why the Go objects are read directly: the package's documented JavaScript API wraps every field
 * access in a fresh reflective wrapper (measured: ~60 µs per field, ~1.6 ms to walk a one-line
 * command), far too slow for a detector that runs on every reply. Behind each wrapper is the Go
 * value itself (`__internal_object__`), whose fields are plain properties: structs keep their Go
 * field names, slices are `{$array, $offset, $length}`, strings are UTF-8 byte strings, nil
 * pointers are their type's `nil` object, and `Pos()/End()` return `{offs}` byte offsets. This
 * is pinned to mvdan-sh 0.10.1 (package.json pins it); the tests read every construct the rules use,
 * so a change of shape fails them, and at run time an unexpected shape falls back to the tokenizer.
 */
export function parseShell(source: string): ShellScript | undefined {
  let file: GoObject;
  try {
    parser ??= newParser();
    file = (parser.Parse(source, '') as unknown as { __internal_object__: GoObject }).__internal_object__;
  } catch {
    // A Go syntax error, or a RangeError on deep nesting: the parser may be mid-state.
    parser = undefined;
    return undefined;
  }
  try {
    return new ScriptReader(source).read(file);
  } catch {
    // Too deep, or not shaped as expected (a nil pointer's fields throw when read): the tokenizer reads it.
    return undefined;
  }
}

let parser: ShParser | undefined;
const newParser = (): ShParser => syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash));

/** mvdan.cc/sh token numbers (syntax/tokens.go) of the redirection operators. */
const REDIRECT_OPERATORS: Readonly<Record<number, string>> = {
  54: '>',
  55: '>>',
  56: '<',
  57: '<>',
  58: '<&',
  59: '>&',
  60: '>|',
  61: '<<',
  62: '<<-',
  63: '<<<',
  64: '&>',
  65: '&>>',
};
/** `|` and `|&`. */
const PIPE_OPERATORS = new Set([12, 13]);
/** Nesting followed (statements in substitutions in statements…): deeper is not a command line. */
const MAX_DEPTH = 100;
/** Commands modelled per snippet: beyond this the bookkeeping would cost more than it tells. */
const MAX_COMMANDS = 2_000;

/** A Go value as GopherJS represents it. */
type GoObject = { readonly [field: string]: unknown; constructor: { string?: string; nil?: unknown } };

class ShapeError extends Error {}

/** The text of a `*syntax.Lit` (reading a field of a nil pointer would throw). */
const litValue = (value: unknown): string => (goType(value) === 'Lit' ? goString((value as GoObject)['Value']) : '');

/** `*syntax.CallExpr` → `CallExpr`; undefined for nil pointers and nil interfaces. */
function goType(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const object = value as GoObject;
  const name = object.constructor?.string;
  if (typeof name !== 'string' || object === object.constructor.nil) return undefined;
  return name.replace(/^\*?syntax\./, '');
}

function goSlice(value: unknown): GoObject[] {
  if (value === null || typeof value !== 'object') return [];
  const slice = value as { $array?: unknown; $offset?: unknown; $length?: unknown };
  if (!Array.isArray(slice.$array) || typeof slice.$offset !== 'number' || typeof slice.$length !== 'number') {
    if (goType(value) === undefined && Object.keys(value).length <= 1) return [];
    throw new ShapeError('not a Go slice');
  }
  return slice.$array.slice(slice.$offset, slice.$offset + slice.$length) as GoObject[];
}

const utf8 = new TextDecoder('utf-8');

/** Go strings are UTF-8 bytes, one per JavaScript character. */
function goString(value: unknown): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value)) return value;
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i += 1) bytes[i] = value.charCodeAt(i) & 0xff;
  return utf8.decode(bytes);
}

function byteOffset(node: GoObject, method: 'Pos' | 'End'): number {
  const position = (node[method] as (() => { offs?: unknown }) | undefined)?.call(node);
  if (!position || typeof position.offs !== 'number') throw new ShapeError('no position');
  return position.offs;
}

/** Maps the parser's UTF-8 byte offsets to UTF-16 offsets in the source. */
function offsetMapper(source: string): (byteOffset: number) => number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(source)) return (offset) => offset;
  const byteToUnit: number[] = [];
  let unit = 0;
  for (const char of source) {
    const code = char.codePointAt(0)!;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let i = 0; i < bytes; i += 1) byteToUnit.push(unit);
    unit += char.length;
  }
  byteToUnit.push(unit);
  return (offset) => byteToUnit[Math.min(Math.max(0, offset), byteToUnit.length - 1)]!;
}

class ScriptReader {
  readonly #toUnit: (byteOffset: number) => number;
  readonly #commands: ShellCommand[] = [];
  readonly #pipelineSpans: Array<Array<{ start: number; end: number }>> = [];
  readonly #functionSpans: Array<{ name: string; start: number; end: number }> = [];

  constructor(source: string) {
    this.#toUnit = offsetMapper(source);
  }

  read(file: GoObject): ShellScript {
    if (goType(file) !== 'File') throw new ShapeError('not a File');
    this.#statements(file['Stmts'], 0);
    this.#commands.sort((a, b) => a.start - b.start || b.end - a.end);
    this.#linkParents();
    const within = (start: number, end: number) => this.#commands.filter((command) => command.start >= start && command.end <= end);
    const pipelines: ShellPipeline[] = this.#pipelineSpans.map((stages) => ({
      stages: stages.map((stage) => within(stage.start, stage.end)),
      start: stages[0]!.start,
      end: stages[stages.length - 1]!.end,
    }));
    const functions: ShellFunction[] = this.#functionSpans.map((fn) => ({ ...fn, body: within(fn.start, fn.end) }));
    return { commands: this.#commands, pipelines, functions, readBy: 'parser' };
  }

  #span(node: GoObject): { start: number; end: number } {
    return { start: this.#toUnit(byteOffset(node, 'Pos')), end: this.#toUnit(byteOffset(node, 'End')) };
  }

  #statements(slice: unknown, depth: number): void {
    for (const statement of goSlice(slice)) this.#statement(statement, depth);
  }

  #statement(statement: GoObject, depth: number): void {
    if (depth > MAX_DEPTH) throw new RangeError('nesting');
    if (goType(statement) !== 'Stmt' || this.#commands.length >= MAX_COMMANDS) return;
    const redirects = goSlice(statement['Redirs']).map((redirect) => this.#redirect(redirect, depth));
    const command = statement['Cmd'] as GoObject;
    const span = this.#span(statement);
    switch (goType(command)) {
      case 'CallExpr': {
        const assigns = goSlice(command['Assigns']).map((assign) => this.#assign(assign, depth));
        const words = goSlice(command['Args']).map((word) => this.#word(word, depth));
        // The command and its redirections, without the statement's `;` or `&`.
        const own = this.#span(command);
        const start = Math.min(own.start, ...redirects.map((redirect) => redirect.start));
        const end = Math.max(own.end, ...redirects.map((redirect) => redirect.end));
        this.#commands.push(buildCommand(words, assigns, redirects, { start, end }, undefined));
        return;
      }
      case 'DeclClause': {
        // export/local/declare/readonly NAME=value: the assignments matter (HISTFILE=/dev/null).
        const variant = litValue(command['Variant']);
        const assigns = goSlice(command['Args']).map((assign) => this.#assign(assign, depth));
        this.#commands.push({ name: variant, args: [], wrappers: [], assigns, redirects, ...span, parent: undefined });
        return;
      }
      case 'BinaryCmd':
        if (PIPE_OPERATORS.has(command['Op'] as number)) {
          const stages = this.#stages(command, depth + 1);
          this.#pipelineSpans.push(stages.map((stage) => this.#span(stage)));
          for (const stage of stages) this.#statement(stage, depth + 1);
        } else {
          this.#statement(command['X'] as GoObject, depth + 1);
          this.#statement(command['Y'] as GoObject, depth + 1);
        }
        break;
      case 'Block':
      case 'Subshell':
        this.#statements(command['Stmts'], depth + 1);
        break;
      case 'IfClause':
        this.#ifClause(command, depth + 1);
        break;
      case 'WhileClause':
        this.#statements(command['Cond'], depth + 1);
        this.#statements(command['Do'], depth + 1);
        break;
      case 'ForClause':
        this.#statements(command['Do'], depth + 1);
        break;
      case 'CaseClause':
        for (const item of goSlice(command['Items'])) this.#statements(item['Stmts'], depth + 1);
        break;
      case 'FuncDecl': {
        const name = litValue(command['Name']);
        this.#functionSpans.push({ name, ...span });
        this.#statement(command['Body'] as GoObject, depth + 1);
        break;
      }
      case 'TimeClause':
      case 'CoprocClause':
        if (goType(command['Stmt']) === 'Stmt') this.#statement(command['Stmt'] as GoObject, depth + 1);
        break;
      default:
        break;
    }
    if (redirects.length > 0) {
      // `> /var/log/auth.log` alone, or a group with redirections (`{ …; } > /dev/sda`). For a group the
      // span is the redirections' own, so that its commands are not taken as nested in this one.
      const own = goType(command) ? { start: redirects[0]!.start, end: redirects[redirects.length - 1]!.end } : span;
      this.#commands.push({ name: '', args: [], wrappers: [], assigns: [], redirects, ...own, parent: undefined });
    }
  }

  #ifClause(clause: GoObject, depth: number): void {
    if (depth > MAX_DEPTH) throw new RangeError('nesting');
    this.#statements(clause['Cond'], depth);
    this.#statements(clause['Then'], depth);
    if (goType(clause['Else']) === 'IfClause') this.#ifClause(clause['Else'] as GoObject, depth + 1);
  }

  /** A pipe's left side nests (`a | b | c` is `(a | b) | c`): the stages of the whole chain, in order. */
  #stages(pipe: GoObject, depth: number): GoObject[] {
    if (depth > MAX_DEPTH) throw new RangeError('nesting');
    const stages: GoObject[] = [];
    for (const side of [pipe['X'] as GoObject, pipe['Y'] as GoObject]) {
      const inner = side['Cmd'] as GoObject;
      if (goType(inner) === 'BinaryCmd' && PIPE_OPERATORS.has(inner['Op'] as number) && goSlice(side['Redirs']).length === 0) {
        stages.push(...this.#stages(inner, depth + 1));
      } else stages.push(side);
    }
    return stages;
  }

  #assign(assign: GoObject, depth: number): ShellAssignment {
    const value = assign['Value'];
    return { name: litValue(assign['Name']), value: goType(value) === 'Word' ? this.#word(value as GoObject, depth) : undefined };
  }

  #redirect(redirect: GoObject, depth: number): ShellRedirect {
    const op = REDIRECT_OPERATORS[redirect['Op'] as number] ?? '>';
    const word = goType(redirect['Word']) === 'Word' ? this.#word(redirect['Word'] as GoObject, depth) : undefined;
    const heredoc = goType(redirect['Hdoc']) === 'Word' ? this.#word(redirect['Hdoc'] as GoObject, depth) : undefined;
    const fd = litValue(redirect['N']);
    const isHeredoc = op === '<<' || op === '<<-';
    let input: string | undefined;
    if (isHeredoc) input = heredoc?.text;
    else if (op === '<<<') input = word?.text;
    return { op, fd: fd === '' ? undefined : fd, target: isHeredoc || op === '<<<' ? undefined : word, input, ...this.#span(redirect) };
  }

  #word(word: GoObject, depth: number): ShellWord {
    const piece = this.#parts(word['Parts'], depth);
    return { text: piece.text, literal: piece.literal, ...this.#span(word) };
  }

  /** The text word parts stand for, whether it is fixed (no expansion but HOME); reads nested commands. */
  #parts(parts: unknown, depth: number): { text: string; literal: boolean } {
    if (depth > MAX_DEPTH) throw new RangeError('nesting');
    let text = '';
    let literal = true;
    for (const part of goSlice(parts)) {
      switch (goType(part)) {
        case 'Lit':
        case 'SglQuoted':
          text += goString(part['Value']);
          break;
        case 'DblQuoted': {
          const inner = this.#parts(part['Parts'], depth + 1);
          text += inner.text;
          literal &&= inner.literal;
          break;
        }
        case 'ParamExp': {
          const name = litValue(part['Param']);
          const expansion = part['Exp'] as GoObject;
          if (goType(expansion) === 'Expansion' && goType(expansion['Word']) === 'Word') this.#word(expansion['Word'] as GoObject, depth + 1);
          // $HOME, ${HOME}, ${HOME:-…}: the user's home, which the path rules know as ~.
          const plain = !part['Length'] && !part['Excl'] && goType(part['Slice']) === undefined && goType(part['Repl']) === undefined && goType(part['Index']) === undefined;
          if (name === 'HOME' && plain) text += '~';
          else {
            text += `$${name}`;
            literal = false;
          }
          break;
        }
        case 'CmdSubst':
          this.#statements(part['Stmts'], depth + 1);
          text += '$(…)';
          literal = false;
          break;
        case 'ProcSubst':
          this.#statements(part['Stmts'], depth + 1);
          text += '<(…)';
          literal = false;
          break;
        case 'ArithmExp':
          text += '$((…))';
          literal = false;
          break;
        default:
          literal = false;
          break;
      }
    }
    return { text, literal };
  }

  /** A command inside another's word ($(…), <(…)) gets that command as its parent. */
  #linkParents(): void {
    const open: ShellCommand[] = [];
    for (const command of this.#commands) {
      while (open.length > 0 && open[open.length - 1]!.end <= command.start) open.pop();
      const enclosing = open[open.length - 1];
      if (enclosing && command.end <= enclosing.end && command !== enclosing) command.parent = enclosing;
      open.push(command);
    }
  }
}
