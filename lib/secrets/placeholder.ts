/**
 * Known false-positive shapes shared by every secret rule: values that occupy a secret's slot but
 * are not secrets — template references, masked or placeholder text, repeated or sequential
 * characters. Documentation, tutorials and model replies are full of them
 * (`api_key = "<your-key>"`, `password: ${DB_PASSWORD}`, `ghp_xxxxxxxx…`, AWS's
 * `AKIAIOSFODNN7EXAMPLE`), and a redaction there is noise that teaches users to click through.
 */
export type PlaceholderReason = 'empty' | 'template' | 'masked' | 'placeholder-word' | 'example' | 'repeated' | 'sequential';

/** Whole values that are illustrations, defaults or stand-ins, compared case-insensitively. */
const PLACEHOLDER_VALUES = new Set([
  'password', 'passwd', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pass', 'pass123', 'pwd',
  'secret', 'secret123', 'mysecret', 'supersecret', 'topsecret', 'mypassword', 'yourpassword', 'changeme', 'changeit',
  'admin', 'admin123', 'administrator', 'root', 'toor', 'guest', 'user', 'username', 'login', 'test', 'test123',
  'testing', 'demo', 'default', 'dummy', 'sample', 'example', 'placeholder', 'token', 'mytoken', 'yourtoken',
  'key', 'apikey', 'api_key', 'api-key', 'myapikey', 'yourapikey', 'secretkey', 'secret_key', 'accesskey',
  'access_key', 'privatekey', 'none', 'null', 'nil', 'undefined', 'empty', 'true', 'false', 'string', 'value',
  'foo', 'bar', 'baz', 'foobar', 'qwerty', 'letmein', 'hunter2', 'abc123', 'abcdef', 'xxx', 'redacted', 'hidden',
  'removed', 'omitted', 'tbd', 'todo', 'fixme', 'n/a', 'na', 'required', 'optional', 'postgres', 'mysql', 'mongo',
  'rabbitmq', 'redis', 'elastic', 'kibana', 'neo4j', 'sa', 'db', 'database', 'db_password', 'dbpassword',
]);

/** Substrings that only illustrations contain (random keys essentially never spell them). */
const PLACEHOLDER_MARKERS =
  /example|placeholder|changeme|change[_-]me|redacted|replace[_-]?(?:me|with|this)|insert[_-]?(?:your|here)|dummy|notreal|not[_-]a[_-]real|xxxx|\*\*\*|•••|\.\.\.|your[_-]?(?:own[_-]?)?(?:api|access|secret|private|auth|app|bot|client|personal|account|key|token|pass)/i;

const TEMPLATE =
  /\$\{|\$\(|\{\{|\}\}|<%|%>|#\{|@\{|^\$[A-Za-z_]|^%[A-Za-z_][\w.-]*%$|^<[^<>]*>$|^\[[^\]]*\]$|^\{[A-Za-z_.\s-]*\}$|^\(\(|^__[A-Z0-9_]+__$/;

/** Alphabets whose in-order walks (`123456…`, `abcdef…`, wrapping around) are stand-ins. */
/** Whole-value templates only, for free-form text where `{{`/`}}` can be ordinary JSON. */
const WHOLE_TEMPLATE = /^(?:\$\{[^}]*\}|\{\{[^}]*\}\}|<%[^%]*%>|\$[A-Za-z_]\w*|%[A-Za-z_][\w.-]*%|<[^<>]*>|\[[^\]]*\])$/;

const SEQUENCES = ['0123456789', '0123456789abcdef', '0123456789abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrstuvwxyz'];

/** Longest run of one repeated character, and the count of the most frequent character. */
function repetition(value: string): { longestRun: number; mostFrequent: number } {
  let longestRun = 0;
  let run = 0;
  let previous = -1;
  const counts = new Map<number, number>();
  let mostFrequent = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    run = code === previous ? run + 1 : 1;
    previous = code;
    if (run > longestRun) longestRun = run;
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count > mostFrequent) mostFrequent = count;
  }
  return { longestRun, mostFrequent };
}

/** `123456789`, `abcdefgh`, `0123456789abcdef…`: a keyboard-walk stand-in, not a key. */
function isSequential(value: string): boolean {
  const alnum = value.toLowerCase().replace(/[^0-9a-z]/g, '');
  if (alnum.length < 6 || alnum.length < value.length * 0.8 || alnum.length > 256) return false;
  return SEQUENCES.some((alphabet) => alphabet.repeat(Math.ceil(alnum.length / alphabet.length) + 1).includes(alnum));
}

/**
 * Why `value` is a placeholder rather than a secret, or undefined when it may be real. `body` is
 * the part after a rule's fixed prefix (`ghp_`, `AKIA`), where repetition is measured.
 */
export function placeholderReason(value: string, body: string = value): PlaceholderReason | undefined {
  const trimmed = value.trim();
  if (trimmed.length === 0 || body.length === 0) return 'empty';
  if (TEMPLATE.test(trimmed)) return 'template';
  if (PLACEHOLDER_VALUES.has(trimmed.toLowerCase())) return 'placeholder-word';
  if (/EXAMPLE/.test(trimmed)) return 'example';
  if (PLACEHOLDER_MARKERS.test(trimmed)) return /example/i.test(trimmed) ? 'example' : 'masked';
  const { longestRun, mostFrequent } = repetition(body);
  if (body.length >= 6 && (mostFrequent >= body.length * 0.5 || (longestRun >= 6 && longestRun >= body.length * 0.25))) {
    return 'repeated';
  }
  if (isSequential(body)) return 'sequential';
  return undefined;
}

/**
 * For decoded or free-form values (a Kubernetes Secret's decoded data, a Basic password): only
 * whole-value stand-ins, templates and repetition count — substrings like `example` can be part
 * of real configuration (`{"auths":{"https://registry.example/"…}}`).
 */
export function placeholderValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (PLACEHOLDER_VALUES.has(trimmed.toLowerCase()) || WHOLE_TEMPLATE.test(trimmed)) return true;
  const { longestRun, mostFrequent } = repetition(trimmed);
  return trimmed.length >= 6 && (mostFrequent >= trimmed.length * 0.5 || (longestRun >= 6 && longestRun >= trimmed.length * 0.25));
}
