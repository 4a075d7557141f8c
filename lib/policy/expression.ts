import { err, ok, type Result } from '../core/result.ts';

/**
 * The policy condition language: a tiny, total, side-effect-free boolean language evaluated by
 * walking an AST. MV3 forbids `eval`/`new Function`, and the npm expression libraries either
 * compile to `Function` (filtrex), are async-only (jexl) or had prototype-pollution bugs
 * (expr-eval), so this ~200-line parser is written by hand.
 *
 *   site in ["chatgpt.com", "claude.ai"] && direction == "outbound"
 *   profile == "kids" || (category == "pii" && risk >= 0.8)
 *   site endsWith ".corp.example" && !(tier == "admin")
 *
 * Values are strings, numbers, booleans and lists of those. Unknown identifiers are rejected when
 * the expression is compiled, not when it runs. Sizes are bounded so hostile policy JSON cannot
 * make compilation or evaluation expensive.
 */
export type Value = string | number | boolean | readonly (string | number | boolean)[];

export type ExpressionContext = Readonly<Record<string, Value | undefined>>;

type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'identifier'; name: string }
  | { kind: 'not'; operand: Node }
  | { kind: 'and' | 'or'; left: Node; right: Node }
  | { kind: 'compare'; operator: ComparisonOperator; left: Node; right: Node };

type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'startsWith' | 'endsWith';

export interface CompiledExpression {
  source: string;
  evaluate(context: ExpressionContext): boolean;
}

export const EXPRESSION_LIMITS = { maxChars: 2_000, maxTokens: 400, maxDepth: 24 } as const;

type Token =
  | { type: 'number'; value: number; at: number }
  | { type: 'string'; value: string; at: number }
  | { type: 'word'; value: string; at: number }
  | { type: 'punct'; value: string; at: number };

const PUNCTUATION = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')', '[', ']', ','];
const WORD_OPERATORS = new Set(['in', 'startsWith', 'endsWith']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*/;
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?/;

function tokenize(source: string): Result<Token[]> {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const char = source[at]!;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      at += 1;
      continue;
    }
    if (tokens.length >= EXPRESSION_LIMITS.maxTokens) {
      return err(`expression has more than ${EXPRESSION_LIMITS.maxTokens} tokens`);
    }
    const rest = source.slice(at, at + 64);
    if (char === '"' || char === "'") {
      let end = at + 1;
      let value = '';
      while (end < source.length && source[end] !== char) {
        if (source[end] === '\\' && end + 1 < source.length) end += 1;
        value += source[end];
        end += 1;
      }
      if (end >= source.length) return err(`unterminated string at ${at}`);
      tokens.push({ type: 'string', value, at });
      at = end + 1;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number && (char !== '-' || tokens.length === 0 || tokens[tokens.length - 1]!.type === 'punct')) {
      tokens.push({ type: 'number', value: Number(number[0]), at });
      at += number[0].length;
      continue;
    }
    const word = IDENTIFIER.exec(rest);
    if (word) {
      tokens.push({ type: 'word', value: word[0], at });
      at += word[0].length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, at));
    if (punct) {
      tokens.push({ type: 'punct', value: punct, at });
      at += punct.length;
      continue;
    }
    return err(`unexpected character ${JSON.stringify(char)} at ${at}`);
  }
  return ok(tokens);
}

class Parser {
  private position = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly identifiers: ReadonlySet<string>,
  ) {}

  parse(): Result<Node> {
    const node = this.or();
    if (!node.ok) return node;
    const extra = this.tokens[this.position];
    if (extra) return err(`unexpected ${JSON.stringify(extra.value)} at ${extra.at}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isPunct(value: string): boolean {
    const token = this.peek();
    return token?.type === 'punct' && token.value === value;
  }

  private enter(): Result<null> {
    this.depth += 1;
    return this.depth > EXPRESSION_LIMITS.maxDepth
      ? err(`expression nests deeper than ${EXPRESSION_LIMITS.maxDepth}`)
      : ok(null);
  }

  private or(): Result<Node> {
    return this.binary('||', 'or', () => this.and());
  }

  private and(): Result<Node> {
    return this.binary('&&', 'and', () => this.not());
  }

  private binary(symbol: string, kind: 'and' | 'or', next: () => Result<Node>): Result<Node> {
    let left = next();
    while (left.ok && this.isPunct(symbol)) {
      this.position += 1;
      const right = next();
      if (!right.ok) return right;
      left = ok({ kind, left: left.value, right: right.value });
    }
    return left;
  }

  private not(): Result<Node> {
    if (!this.isPunct('!')) return this.comparison();
    this.position += 1;
    const entered = this.enter();
    if (!entered.ok) return entered;
    const operand = this.not();
    this.depth -= 1;
    return operand.ok ? ok({ kind: 'not', operand: operand.value }) : operand;
  }

  private comparison(): Result<Node> {
    const left = this.primary();
    if (!left.ok) return left;
    const token = this.peek();
    const isOperator =
      (token?.type === 'punct' && ['==', '!=', '<', '<=', '>', '>='].includes(token.value)) ||
      (token?.type === 'word' && WORD_OPERATORS.has(token.value));
    if (!token || !isOperator) return left;
    this.position += 1;
    const right = this.primary();
    if (!right.ok) return right;
    return ok({
      kind: 'compare',
      operator: token.value as ComparisonOperator,
      left: left.value,
      right: right.value,
    });
  }

  private primary(): Result<Node> {
    const token = this.peek();
    if (!token) return err('expression ends too early');
    this.position += 1;
    if (token.type === 'number' || token.type === 'string') {
      return ok({ kind: 'literal', value: token.value });
    }
    if (token.type === 'word') {
      if (token.value === 'true' || token.value === 'false') {
        return ok({ kind: 'literal', value: token.value === 'true' });
      }
      if (WORD_OPERATORS.has(token.value)) return err(`operator ${token.value} needs a left side`);
      if (!this.identifiers.has(token.value)) {
        return err(`unknown name ${JSON.stringify(token.value)}; known: ${[...this.identifiers].join(', ')}`);
      }
      return ok({ kind: 'identifier', name: token.value });
    }
    if (token.value === '(') {
      const entered = this.enter();
      if (!entered.ok) return entered;
      const inner = this.or();
      this.depth -= 1;
      if (!inner.ok) return inner;
      if (!this.isPunct(')')) return err(`missing ")" for "(" at ${token.at}`);
      this.position += 1;
      return inner;
    }
    if (token.value === '[') return this.list(token.at);
    return err(`unexpected ${JSON.stringify(token.value)} at ${token.at}`);
  }

  private list(openedAt: number): Result<Node> {
    const items: (string | number | boolean)[] = [];
    while (!this.isPunct(']')) {
      const token = this.peek();
      if (!token) return err(`missing "]" for "[" at ${openedAt}`);
      if (token.type !== 'string' && token.type !== 'number') {
        return err(`lists hold only strings and numbers (at ${token.at})`);
      }
      items.push(token.value);
      this.position += 1;
      if (this.isPunct(',')) this.position += 1;
      else if (!this.isPunct(']')) return err(`expected "," or "]" after list item at ${token.at}`);
    }
    this.position += 1;
    return ok({ kind: 'literal', value: items });
  }
}

function valueOf(node: Node, context: ExpressionContext): Value | undefined {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'identifier':
      // Own properties only: `constructor` or `__proto__` can never reach the prototype chain.
      return Object.prototype.hasOwnProperty.call(context, node.name) ? context[node.name] : undefined;
    default:
      return truth(node, context);
  }
}

function compare(operator: ComparisonOperator, left: Value | undefined, right: Value | undefined): boolean {
  if (left === undefined || right === undefined) return operator === '!=' && left !== right;
  switch (operator) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case 'in':
      return Array.isArray(right)
        ? right.includes(left as string | number | boolean)
        : typeof right === 'string' && typeof left === 'string' && right.includes(left);
    case 'startsWith':
      return typeof left === 'string' && typeof right === 'string' && left.startsWith(right);
    case 'endsWith':
      return typeof left === 'string' && typeof right === 'string' && left.endsWith(right);
    default: {
      // Ordering only between two numbers or two strings; anything else is false, never coerced.
      const comparable =
        (typeof left === 'number' && typeof right === 'number') ||
        (typeof left === 'string' && typeof right === 'string');
      if (!comparable) return false;
      if (operator === '<') return left < right;
      if (operator === '<=') return left <= right;
      if (operator === '>') return left > right;
      return left >= right;
    }
  }
}

function truth(node: Node, context: ExpressionContext): boolean {
  switch (node.kind) {
    case 'literal':
    case 'identifier':
      return valueOf(node, context) === true;
    case 'not':
      return !truth(node.operand, context);
    case 'and':
      return truth(node.left, context) && truth(node.right, context);
    case 'or':
      return truth(node.left, context) || truth(node.right, context);
    case 'compare':
      return compare(node.operator, valueOf(node.left, context), valueOf(node.right, context));
  }
}

/** Compiles a condition once; evaluation never throws. */
export function compileExpression(
  source: string,
  identifiers: ReadonlySet<string>,
): Result<CompiledExpression> {
  if (typeof source !== 'string') return err('expression must be a string');
  if (source.length > EXPRESSION_LIMITS.maxChars) {
    return err(`expression longer than ${EXPRESSION_LIMITS.maxChars} characters`);
  }
  const tokens = tokenize(source);
  if (!tokens.ok) return tokens;
  if (tokens.value.length === 0) return err('expression is empty');
  const ast = new Parser(tokens.value, identifiers).parse();
  if (!ast.ok) return ast;
  const root = ast.value;
  return ok({ source, evaluate: (context) => truth(root, context) });
}
