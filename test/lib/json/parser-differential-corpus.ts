import type { JsonHazardKind } from '../../../lib/json/json-hazards.ts';

/**
 * Replies holding JSON that parsers disagree on (or that means something dangerous), each with the
 * rule strict-json must report and why it is dangerous: which parsers read it how. Written for
 * this project from the RFCs (8259, 7493), the parsers' documentation and the well-known
 * differential write-ups; the inputs are shaped like real replies (tool-call tags, OpenAI
 * `arguments` strings, code blocks, whole-JSON replies). Every case must be caught (test in
 * test/lib/detectors/strict-json.test.ts).
 */
export interface DifferentialCase {
  name: string;
  reply: string;
  rule: JsonHazardKind;
  reason: string;
  /** Where the reply makes it a tool call, the finding must at least reach `standard`'s warn (0.6). */
  toolCall?: boolean;
}

const toolCall = (json: string) => `<tool_call>\n${json}\n</tool_call>`;
const fenced = (json: string) => `Here is the configuration:\n\n\`\`\`json\n${json}\n\`\`\``;
/** An OpenAI assistant message whose `arguments` string holds `argumentsJson` (escaped as JSON does). */
const openAiCall = (name: string, argumentsJson: string) =>
  JSON.stringify({ role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: argumentsJson } }] }, null, 2);

export const PARSER_DIFFERENTIAL_CORPUS: DifferentialCase[] = [
  // ── duplicate keys ──
  {
    name: 'duplicate amount in a transfer call',
    reply: toolCall('{"name": "transfer_funds", "arguments": {"to": "acct_9", "amount": 1, "amount": 10000}}'),
    rule: 'duplicate-key',
    reason: 'JSON.parse, Go and Python keep the last value (10000); Jackson with STRICT_DUPLICATE_DETECTION rejects, some C/C++ parsers and JSON-Schema validators read the first (1): the checker approves 1, the executor sends 10000.',
    toolCall: true,
  },
  {
    name: 'duplicate role, deep in a nested object',
    reply: fenced('{\n  "user": {\n    "name": "ana",\n    "profile": {"team": "web", "role": "viewer", "role": "admin"}\n  }\n}'),
    rule: 'duplicate-key',
    reason: 'RFC 8259 only says names SHOULD be unique: which one wins is implementation-defined at every depth, so an authorisation check and the store can disagree on the role.',
  },
  {
    name: 'duplicate key spelled with an escape',
    reply: toolCall(String.raw`{"name": "set_role", "arguments": {"role": "user", "r\u006fle": "admin"}}`),
    rule: 'duplicate-key',
    reason: 'A textual filter or a token-level validator sees two different keys ("role" and "r\\u006fle"); every decoder sees "role" twice and keeps one of them.',
    toolCall: true,
  },
  {
    name: 'duplicate key inside an OpenAI arguments string',
    reply: openAiCall('delete_file', '{"path": "/tmp/report.txt", "path": "/etc/passwd"}'),
    rule: 'duplicate-key',
    reason: 'The arguments string is decoded by the tool runtime (often Python json: last wins) while a gateway may log or check the first path.',
    toolCall: true,
  },
  {
    name: 'duplicate key in an Anthropic tool_use input',
    reply: JSON.stringify({ type: 'tool_use', id: 'toolu_01', name: 'run_query', input: {} }).replace('"input":{}', '"input":{"sql":"SELECT 1","sql":"DROP TABLE users"}'),
    rule: 'duplicate-key',
    reason: 'Anthropic SDK consumers in different languages resolve the duplicate differently; the query that is reviewed is not the one that runs.',
    toolCall: true,
  },
  // ── prototype keys ──
  {
    name: '__proto__ in tool arguments',
    reply: toolCall('{"name": "update_settings", "arguments": {"theme": "dark", "__proto__": {"isAdmin": true}}}'),
    rule: 'proto-key',
    reason: 'JSON.parse keeps "__proto__" as an own property, but lodash.merge, Object.assign-style deep copies and many config loaders then set the prototype of every object: prototype pollution.',
    toolCall: true,
  },
  {
    name: '__proto__ spelled with an escape',
    reply: fenced(String.raw`{"settings": {"__pro\u0074o__": {"polluted": "yes"}}}`),
    rule: 'proto-key',
    reason: 'A filter that searches the raw text for "__proto__" misses it; the decoder produces the key exactly.',
  },
  {
    name: 'constructor.prototype pollution path',
    reply: toolCall('{"name": "merge_config", "arguments": {"constructor": {"prototype": {"isAdmin": true}}}}'),
    rule: 'constructor-key',
    reason: 'Deep-merge functions that block "__proto__" still walk obj.constructor.prototype (CVE-2019-10744 in lodash, jQuery.extend): the same pollution without the blocked key.',
    toolCall: true,
  },
  // ── strings: surrogates, NUL, noncharacters, line separators ──
  {
    name: 'unpaired high surrogate escape',
    reply: toolCall(String.raw`{"name": "create_user", "arguments": {"username": "admin\ud800"}}`),
    rule: 'lone-surrogate',
    reason: 'JavaScript keeps the lone surrogate, Python keeps it but cannot encode it to UTF-8, Go and Rust serde replace it with U+FFFD, strict parsers reject: "admin\\ud800" and "admin\\ufffd" compare equal to some and not others.',
    toolCall: true,
  },
  {
    name: 'unpaired low surrogate escape',
    reply: fenced(String.raw`{"label": "\udc00abc"}`),
    rule: 'lone-surrogate',
    reason: 'A low surrogate without a preceding high one is not a character: I-JSON forbids it and decoders error, replace or keep it.',
  },
  {
    name: 'surrogates in the wrong order',
    reply: fenced(String.raw`{"emoji": "\ude00\ud83d"}`),
    rule: 'lone-surrogate',
    reason: 'Two halves in reverse order form no pair: each is a lone surrogate, replaced by U+FFFD by some decoders (two of them) and kept by others.',
  },
  {
    name: 'raw lone surrogate in the reply text',
    reply: toolCall(`{"name": "rename", "arguments": {"to": "report\ud800.pdf"}}`),
    rule: 'lone-surrogate',
    reason: 'A raw lone surrogate cannot be encoded as UTF-8: the reply is mangled differently by each encoder on its way to the consumer (U+FFFD, CESU-8 bytes, or an error).',
    toolCall: true,
  },
  {
    name: 'escaped NUL in a file name',
    reply: toolCall(String.raw`{"name": "upload", "arguments": {"filename": "invoice.pdf\u0000.exe"}}`),
    rule: 'nul-character',
    reason: 'Valid JSON, but C-based consumers and file-system calls truncate at NUL: an extension check sees ".exe", the file is written as "invoice.pdf" (or the other way round).',
    toolCall: true,
  },
  {
    name: 'noncharacter U+FFFF',
    reply: fenced(String.raw`{"note": "end\uffff"}`),
    rule: 'noncharacter',
    reason: 'I-JSON (RFC 7493 §2.1) forbids noncharacters; some decoders drop them, others keep them, so lengths and hashes differ.',
  },
  {
    name: 'raw U+2028 in a string',
    reply: fenced(`{"message": "line one\u2028line two"}`),
    rule: 'line-separator',
    reason: 'Valid JSON, but a line terminator in JavaScript before ES2019: JSON embedded in a <script> or JSONP response breaks or changes meaning.',
  },
  // ── numbers ──
  {
    name: 'integer just past 2^53',
    reply: toolCall('{"name": "refund", "arguments": {"order_id": 9007199254740993}}'),
    rule: 'integer-precision',
    reason: 'JSON.parse and every double-based parser read 9007199254740992; Python, Go (int64) and Java (long) read 9007199254740993: the refund goes to another order.',
    toolCall: true,
  },
  {
    name: 'a 64-bit id',
    reply: fenced('{"tweet_id": 1234567890123456789, "text": "hello"}'),
    rule: 'integer-precision',
    reason: 'The Twitter-id problem: JavaScript rounds it to 1234567890123456800, which is why APIs also send ids as strings.',
  },
  {
    name: 'negative integer past -(2^53)',
    reply: toolCall('{"name": "adjust_balance", "arguments": {"delta": -9007199254740995}}'),
    rule: 'integer-precision',
    reason: 'Outside the I-JSON interoperable range: doubles round it to -9007199254740996, integer parsers keep it.',
    toolCall: true,
  },
  {
    name: 'exponent overflow',
    reply: toolCall('{"name": "set_limit", "arguments": {"max_bytes": 1e400}}'),
    rule: 'number-overflow',
    reason: 'JavaScript reads Infinity (and JSON.stringify writes it back as null), Python float("inf"), Go returns a range error, Python Decimal keeps 1E+400: a limit becomes unlimited or absent.',
    toolCall: true,
  },
  {
    name: 'four hundred digits',
    reply: fenced(`{"quota": 1${'0'.repeat(400)}}`),
    rule: 'number-overflow',
    reason: 'Too large for a double: Infinity in JavaScript, an exact big integer in Python: the two sides do not even agree it is finite.',
  },
  {
    name: 'more digits than a double keeps',
    reply: fenced('{"pi": 3.14159265358979323846264338327950288}'),
    rule: 'number-precision',
    reason: 'A double keeps ~17 significant digits: decimal-aware parsers (Python Decimal via parse_float, Java BigDecimal, PostgreSQL numeric) read a different number than JavaScript.',
  },
  {
    name: 'underflow to zero',
    reply: toolCall('{"name": "set_tolerance", "arguments": {"epsilon": 1e-400}}'),
    rule: 'number-precision',
    reason: 'A non-zero literal that doubles read as 0 (a divide-by-zero waiting to happen) while decimal parsers keep it non-zero.',
  },
  // ── depth and size ──
  {
    name: 'nesting 100 levels deep in tool arguments',
    reply: toolCall(`{"name": "store", "arguments": {"data": ${'['.repeat(100)}${']'.repeat(100)}}}`),
    rule: 'excessive-depth',
    reason: 'Recursive parsers have limits from ~100 (Ruby, some C) to ~1000 (Python) to unlimited: one side rejects or overflows its stack, the other accepts.',
    toolCall: true,
  },
  {
    name: 'an array of 10,001 entries',
    reply: fenced(`{"ids": [${Array.from({ length: 10_001 }, () => '0').join(',')}]}`),
    rule: 'excessive-size',
    reason: 'Parsers and gateways with entry or size limits reject it while others accept it, and it costs the consumer memory.',
  },
  // ── syntax that only some parsers accept ──
  {
    name: 'line comment in a tool call',
    reply: toolCall('{"name": "deploy", "arguments": {\n  "env": "staging" // use "production" when ready\n}}'),
    rule: 'comment',
    reason: 'JSONC, JSON5, Hjson and YAML loaders strip comments; JSON.parse, Python json and Go reject the whole call.',
    toolCall: true,
  },
  {
    name: 'block comment hiding a member',
    reply: toolCall('{"name": "create_user", "arguments": {"name": "bob" /*, "role": "admin" */}}'),
    rule: 'comment',
    reason: 'A comment-stripping pre-processor and a naive regex "validator" disagree on whether "role" is there at all.',
    toolCall: true,
  },
  {
    name: 'hash comment',
    reply: fenced('{\n  # added by the assistant\n  "debug": true\n}'),
    rule: 'comment',
    reason: 'YAML and Hjson treat # as a comment (and YAML loaders are often used to read JSON); JSON parsers reject it.',
  },
  {
    name: 'trailing comma in an object',
    reply: toolCall('{"name": "send_email", "arguments": {"to": "ops@example.com", "subject": "hi",}}'),
    rule: 'trailing-comma',
    reason: 'JSON5, JSONC, Python literal_eval and many lenient parsers accept it; JSON.parse, Python json and Go reject it.',
    toolCall: true,
  },
  {
    name: 'trailing comma in an array',
    reply: fenced('{"allow": ["read", "write",]}'),
    rule: 'trailing-comma',
    reason: 'Accepted by JSON5 and JavaScript literals, rejected by JSON: a config that loads in one tool fails in another.',
  },
  {
    name: 'single-quoted strings',
    reply: toolCall("{'name': 'run_shell', 'arguments': {'cmd': 'ls -la'}}"),
    rule: 'single-quoted-string',
    reason: 'JSON5 and Python ast.literal_eval accept single quotes, JSON rejects them — and escaping rules inside them differ.',
    toolCall: true,
  },
  {
    name: 'single quotes around a double-quoted payload',
    reply: toolCall(`{"name": "run_shell", "arguments": {"cmd": 'echo "pwned" > /tmp/x'}}`),
    rule: 'single-quoted-string',
    reason: 'A strict validator rejects the call (or a repair library re-quotes it), a JSON5 consumer runs the command: the two disagree on what the string is.',
    toolCall: true,
  },
  {
    name: 'unquoted key',
    reply: toolCall('{"name": "grant", "arguments": {user: "eve", role: "admin"}}'),
    rule: 'unquoted-key',
    reason: 'JavaScript object-literal syntax: JSON5 and eval-based loaders accept it, JSON rejects it.',
    toolCall: true,
  },
  {
    name: 'NaN as a number',
    reply: toolCall('{"name": "set_price", "arguments": {"price": NaN}}'),
    rule: 'nan-infinity',
    reason: 'Python json accepts NaN by default, JSON.parse and Go reject it; NaN compares false with everything, so "price < 0" and "price > max" checks both pass.',
    toolCall: true,
  },
  {
    name: 'negative Infinity',
    reply: toolCall('{"name": "set_limit", "arguments": {"min": -Infinity}}'),
    rule: 'nan-infinity',
    reason: 'Python json and JSON5 read -inf, JSON.parse rejects it, JSON.stringify would write null.',
    toolCall: true,
  },
  {
    name: 'Gemini functionCall with Infinity',
    reply: JSON.stringify({ functionCall: { name: 'set_budget', args: { cap: 0 } } }).replace('"cap":0', '"cap":Infinity'),
    rule: 'nan-infinity',
    reason: 'Not JSON: Python consumers read float("inf") (no budget cap), JavaScript consumers fail to parse.',
    toolCall: true,
  },
  {
    name: 'leading zeros',
    reply: toolCall('{"name": "chmod", "arguments": {"path": "/srv/app", "mode": 0777}}'),
    rule: 'leading-zero',
    reason: 'JSON rejects leading zeros; YAML 1.1 loaders read 0777 as octal (511), some lenient decoders as decimal 777: the permission set differs.',
    toolCall: true,
  },
  {
    name: 'leading plus sign',
    reply: toolCall('{"name": "adjust", "arguments": {"delta": +5}}'),
    rule: 'plus-sign',
    reason: 'JSON5 accepts +5, JSON rejects it.',
    toolCall: true,
  },
  {
    name: 'hexadecimal number',
    reply: toolCall('{"name": "write_register", "arguments": {"value": 0xFF}}'),
    rule: 'hex-number',
    reason: 'JSON5 and YAML read 255, JSON rejects it, and a text-level check for "255" misses it.',
    toolCall: true,
  },
  {
    name: 'bare decimal point',
    reply: fenced('{"ratio": .5, "scale": 2.}'),
    rule: 'bare-decimal-point',
    reason: 'JSON5 and JavaScript accept .5 and 2., JSON requires digits on both sides.',
  },
  {
    name: 'byte-order mark before a whole-JSON reply',
    reply: '\ufeff{"name": "ping", "arguments": {}}',
    rule: 'bom',
    reason: 'RFC 8259 forbids emitting a BOM; some parsers skip it, JSON.parse, Python json.loads and Go reject it.',
    toolCall: true,
  },
  {
    name: 'no-break spaces between tokens',
    reply: toolCall('{"name":\u00a0"lookup",\u00a0"arguments": {"q": "weather"}}'),
    rule: 'nonstandard-whitespace',
    reason: 'JSON5 (ECMAScript whitespace) accepts U+00A0 between tokens, JSON allows only space, tab, CR and LF.',
    toolCall: true,
  },
  {
    name: 'form feed and vertical tab',
    reply: fenced('{"a": 1,\u000b\u000c"b": 2}'),
    rule: 'nonstandard-whitespace',
    reason: 'Accepted as whitespace by JSON5 and some C parsers, rejected by JSON.',
  },
  {
    name: 'raw newline inside an arguments string',
    reply: openAiCall('write_file', '{"path": "notes.txt", "content": "line one\nline two"}'),
    rule: 'raw-control-character',
    reason: 'The decoded arguments hold a raw newline inside a string: Python json.loads(strict=False), Jackson ALLOW_UNQUOTED_CONTROL_CHARS and many lenient parsers accept it, JSON.parse and default Python reject it.',
    toolCall: true,
  },
  {
    name: 'raw tab inside a key',
    reply: toolCall('{"name": "tag", "arguments": {"la\tbel": "x"}}'),
    rule: 'raw-control-character',
    reason: 'Control characters must be escaped; lenient parsers keep them, strict ones reject — and a key with a raw tab matches no schema property.',
    toolCall: true,
  },
  {
    name: 'hex escape \\x41',
    reply: toolCall(String.raw`{"name": "run", "arguments": {"cmd": "\x72m -rf /"}}`),
    rule: 'invalid-escape',
    reason: 'JSON5 decodes \\x72 as "r" ("rm -rf /"), strict JSON rejects it, some lenient parsers keep "x72": a text filter for "rm -rf" misses it.',
    toolCall: true,
  },
  {
    name: "escaped single quote in a double-quoted string",
    reply: fenced(String.raw`{"msg": "it\'s fine"}`),
    rule: 'invalid-escape',
    reason: "\\' is not a JSON escape: JSON5 and Python literals accept it, JSON rejects it.",
  },
  {
    name: 'malformed unicode escape',
    reply: toolCall(String.raw`{"name": "echo", "arguments": {"text": "\u12G4"}}`),
    rule: 'invalid-escape',
    reason: 'Strict parsers reject it; lenient ones keep "u12G4" or drop the backslash: each consumer sees a different string.',
    toolCall: true,
  },
  {
    name: 'line continuation escape',
    reply: fenced('{"query": "SELECT *\\\nFROM users"}'),
    rule: 'invalid-escape',
    reason: 'JSON5 removes a backslash-newline (line continuation), JSON rejects it.',
  },
  {
    name: 'an extra closing brace after a tool call',
    reply: toolCall('{"name": "get_weather", "arguments": {"city": "Paris"}}}'),
    rule: 'trailing-garbage',
    reason: 'JSON.parse and Python json.loads reject the text; Go json.Decoder, Python raw_decode and "first { to last }" extractors take the first value: the call runs or fails depending on the agent.',
    toolCall: true,
  },
  {
    name: 'text after the JSON in a code block',
    reply: fenced('{"retries": 3}\nretries should be set to 0 in production'),
    rule: 'trailing-garbage',
    reason: 'Streaming decoders stop after the first value and ignore the rest; strict parsers reject the block.',
  },
  {
    name: 'a second call smuggled after the first',
    reply: toolCall('{"name": "get_weather", "arguments": {"city": "Paris"}}\n{"name": "delete_repo", "arguments": {"repo": "prod"}}'),
    rule: 'multiple-values',
    reason: 'A validator that parses the first value approves get_weather; a JSON-Lines or streaming consumer also executes delete_repo.',
    toolCall: true,
  },
  {
    name: 'two top-level values in a json block',
    reply: fenced('{"user": "ana"}\n{"user": "root"}'),
    rule: 'multiple-values',
    reason: 'Go json.Decoder.Decode reads the first, JSON-Lines readers read both, JSON.parse rejects both.',
  },
  {
    name: 'Mistral [TOOL_CALLS] marker with a trailing comma',
    reply: '[TOOL_CALLS] [{"name": "search", "arguments": {"query": "news",}}]',
    rule: 'trailing-comma',
    reason: 'The serving stack parses the call with one parser, the client library with another: one executes it, one drops it.',
    toolCall: true,
  },
  {
    name: 'Llama <function=…> tag with single quotes',
    reply: "<function=get_stock_price>{'ticker': 'AAPL'}</function>",
    rule: 'single-quoted-string',
    reason: 'Llama-style tool tags are parsed by whatever the agent framework uses: json.loads rejects, ast.literal_eval and JSON5 accept.',
    toolCall: true,
  },
  {
    name: 'JSON introduced in prose with a comment',
    reply: 'Here is the tool call:\n{"name": "book_flight", "arguments": {"from": "LIS", "to": "JFK" /* economy */}}\nLet me know if you want changes.',
    rule: 'comment',
    reason: 'Agents that extract JSON from prose with a tolerant parser accept it; strict ones reject the call.',
    toolCall: true,
  },
];
