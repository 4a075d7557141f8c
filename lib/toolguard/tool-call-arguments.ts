/**
 * Commands inside tool calls: JSON string (or string-array) values under the keys agents use for
 * code to run — `{"command": "rm -rf ~"}`, `{"cmd": ["bash", "-c", "…"]}`, `{"code": "…"}`,
 * `{"query": "DROP TABLE users"}` — in any tool-call format (OpenAI `arguments` is itself a
 * JSON-encoded string, so it is decoded and searched again). Read with a bounded pattern rather than
 * a JSON parser so that a call inside prose, a truncated call (streaming) or JSON with a comment
 * still yields its arguments. The value is decoded as JSON; every hit inside it is reported on the
 * value's span.
 */
export interface ToolArgument {
  /** The decoded command, code or query. */
  text: string;
  language: 'sql' | 'unknown';
  /** The JSON value's span in the text searched. */
  start: number;
  end: number;
}

const KEY_LANGUAGE: Readonly<Record<string, ToolArgument['language']>> = { query: 'sql', sql: 'sql', statement: 'sql' };

const ARGUMENT =
  /"(command|cmd|commands|code|script|shell|bash|sh|powershell|pwsh|python|javascript|js|query|sql|statement|input|args|arguments|program|exec|run|source)"\s{0,5}:\s{0,5}("(?:[^"\\\n]|\\.){1,20000}"|\[\s{0,5}"(?:[^"\\\n]|\\.){0,4000}"(?:\s{0,5},\s{0,5}"(?:[^"\\\n]|\\.){0,4000}"){0,64}\s{0,5}\])/gi;

/** Arguments kept per text: a bound for hostile input. */
const MAX_ARGUMENTS = 64;

function decodeValue(value: string): string | undefined {
  try {
    const decoded: unknown = JSON.parse(value);
    if (typeof decoded === 'string') return decoded;
    if (Array.isArray(decoded) && decoded.every((item) => typeof item === 'string')) {
      return (decoded as string[]).map((item) => (/\s/.test(item) ? `'${item.replace(/'/g, '')}'` : item)).join(' ');
    }
  } catch {
    // Not valid JSON after all (a truncated or hand-written call): nothing to read.
  }
  return undefined;
}

export function toolCallArguments(text: string, depth = 0): ToolArgument[] {
  const found: ToolArgument[] = [];
  if (!text.includes('"')) return found;
  ARGUMENT.lastIndex = 0;
  const matches: RegExpExecArray[] = [];
  for (let match = ARGUMENT.exec(text); match && matches.length < MAX_ARGUMENTS; match = ARGUMENT.exec(text)) matches.push(match);
  ARGUMENT.lastIndex = 0;
  for (const match of matches) {
    const key = match[1]!.toLowerCase();
    const value = match[2]!;
    const start = match.index + match[0].length - value.length;
    const end = match.index + match[0].length;
    const decoded = decodeValue(value);
    if (decoded === undefined || decoded.trim() === '') continue;
    // `"arguments": "{\"command\": …}"`: a JSON document encoded as a string.
    if (depth < 2 && /^\s*[{[]/.test(decoded)) {
      const inner = toolCallArguments(decoded, depth + 1);
      for (const argument of inner) found.push({ ...argument, start, end });
      if (inner.length > 0) continue;
    }
    found.push({ text: decoded, language: KEY_LANGUAGE[key] ?? 'unknown', start, end });
  }
  return found;
}
