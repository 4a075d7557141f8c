/**
 * For generic `name = value` rules: whether an identifier names a secret (`DB_PASSWORD`,
 * `clientSecret`, `api-token`) or something *about* one (`credentialId`, `password_hash`,
 * `token_url`, `secretName`, `passwordMinLength`). The last word of the identifier decides; a
 * leading `hashed`/`encrypted` also disqualifies it (a hash is not the credential).
 */
const NON_SECRET_LAST_WORDS = new Set([
  'id', 'ids', 'name', 'names', 'url', 'uri', 'urls', 'path', 'file', 'filename', 'dir', 'type', 'types', 'length',
  'len', 'size', 'count', 'max', 'min', 'format', 'pattern', 'regex', 'regexp', 'field', 'fields', 'label', 'hint',
  'placeholder', 'prompt', 'message', 'msg', 'error', 'errors', 'expire', 'expires', 'expiry', 'expiration', 'ttl',
  'timeout', 'enabled', 'disabled', 'version', 'endpoint', 'host', 'port', 'policy', 'prefix', 'suffix', 'mode',
  'location', 'description', 'desc', 'provider', 'scope', 'scopes', 'audience', 'issuer', 'algorithm', 'alg',
  'method', 'methods', 'strategy', 'store', 'manager', 'service', 'class', 'handler', 'validator', 'rotation',
  'required', 'ref', 'reference', 'arn', 'header', 'param', 'parameter', 'hash', 'hashed', 'digest', 'salt', 'sha',
  'md5', 'checksum', 'reset', 'confirm', 'confirmation', 'strength', 'rule', 'rules', 'lifetime', 'created',
  'updated', 'date', 'time', 'index', 'idx', 'list', 'map', 'schema', 'config', 'settings', 'option', 'options',
  'source', 'target', 'var', 'variable', 'kind', 'status', 'state', 'exists', 'valid', 'validation', 'input',
  'output', 'button', 'btn', 'text', 'title', 'link', 'page', 'form', 'view', 'component', 'template', 'env',
  'environment', 'keys', 'refs', 'generator', 'bits', 'usage', 'use', 'uses', 'mask',
  'masked', 'visible', 'visibility', 'changed', 'sent', 'request', 'requests', 'response', 'result', 'results',
  'accessor', 'resource', 'resources', 'secretref', 'keyref', 'selector', 'owner', 'account', 'user', 'username',
  'email', 'login', 'storage', 'backend', 'engine', 'namespace', 'mount', 'vault', 'region', 'zone', 'table',
  'array', 'dict',
]);

/** `<word>_key` that is a lookup or public key, not a secret one. */
const NON_SECRET_KEY_QUALIFIERS = new Set([
  'public', 'publishable', 'pub', 'cache', 'sort', 'primary', 'foreign', 'partition', 'routing', 'idempotency',
  'lookup', 'map', 'hash', 'row', 'object', 'dict', 'registry', 'translation', 'i18n', 'unique', 'composite',
  'shard', 'group', 'index', 'search', 'cursor', 'dedup', 'dedupe', 'storage', 'query', 'react', 'list', 'item',
  'host', 'known', 'ssh', 'gpg', 'pgp', 'license', 'product', 'registration', 'activation', 'hot', 'short', 'cut',
  'user', 'customer', 'account', 'session', 'request', 'message', 'event', 'entity', 'record', 'file', 'foreign',
]);

const LEADING_NON_SECRET = new Set([
  'hashed', 'hash', 'encrypted', 'enc', 'cipher', 'masked', 'is', 'has', 'no', 'show', 'forgot', 'reset', 'public',
  'publishable', 'verify', 'validate', 'check', 'get', 'set', 'update', 'change', 'generate', 'new', 'confirm', 'old',
]);

/** Splits `DB_PASSWORD`, `clientSecret`, `api-token.value` into lower-case words. */
export function identifierWords(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/**
 * True when the identifier can hold a secret value: its last word is not metadata, and a trailing
 * `key` is qualified as a secret one (`signing_key`, `apiKey`), not a lookup or public key
 * (`cache_key`, `public_key`, `primary_key`).
 */
export function isSecretName(identifier: string): boolean {
  const words = identifierWords(identifier);
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  if (LEADING_NON_SECRET.has(words[0]!)) return false;
  if (NON_SECRET_LAST_WORDS.has(last)) return false;
  if (last === 'key' && words.length > 1 && NON_SECRET_KEY_QUALIFIERS.has(words[words.length - 2]!)) return false;
  return true;
}

/** Words that wrap a secret without naming what it is for (`SUPER_SECRET_VALUE`, `token_b64`). */
const WRAPPER_WORDS = new Set(['value', 'val', 'str', 'string', 'data', 'b64', 'base64', 'hex', 'raw', 'plain', 'plaintext', 'text', 'enc', 'encoded']);

const SECRET_WORD_ENDINGS = ['secret', 'token', 'key', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'credential', 'credentials', 'creds', 'cred', 'pw', 'auth'];

/** The last word that says what the value is (`value`, `str`, `b64` and digits skipped). */
function meaningfulLastWord(identifier: string): string | undefined {
  const words = identifierWords(identifier).filter((word) => !/^\d+$/.test(word));
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (!WRAPPER_WORDS.has(words[i]!)) return words[i];
  }
  return undefined;
}

/**
 * Stricter, for generic rules that fire on any `…secret…`/`…token…`/`…password…` name: one of the
 * identifier's words must *end* in a secret word (`clientSecret`, `DB_PASS`, `apitoken`,
 * `VERY_SECRET_TOO`), so that `tokenizer`, `passport`, `secretary` and `keyboard` do not count.
 */
export function isGenericSecretName(identifier: string): boolean {
  if (!isSecretName(identifier)) return false;
  return identifierWords(identifier).some((word) => SECRET_WORD_ENDINGS.some((ending) => word.endsWith(ending)));
}

/** For the bare-`key` rule: the identifier ends in `key` (`key`, `signing_key`, `appKey`). */
export function isKeyName(identifier: string): boolean {
  if (!isSecretName(identifier)) return false;
  const last = meaningfulLastWord(identifier);
  return last !== undefined && last.endsWith('key');
}

/**
 * Names of values that are data, digests or identifiers however random they look — a payload, an
 * image, a commit, a nonce — for rules that match on the value's shape alone.
 */
const CONTENT_WORDS = new Set([
  'data', 'content', 'contents', 'body', 'payload', 'blob', 'bytes', 'image', 'img', 'icon', 'logo', 'avatar',
  'thumbnail', 'photo', 'picture', 'font', 'audio', 'video', 'media', 'encoded', 'base64', 'b64', 'nonce', 'iv',
  'etag', 'integrity', 'fingerprint', 'thumbprint', 'signature', 'sig', 'commit', 'revision', 'rev', 'sha1',
  'sha256', 'sha512', 'model', 'repo', 'slug', 'uuid', 'guid', 'cursor', 'offset', 'hmac',
]);

/**
 * For a value found by its shape: the name it is assigned to (if any) may hold a secret — it is
 * not metadata (`isSecretName`) and not content (`image_data`, `commit`, `nonce`).
 */
export function mayNameSecret(identifier: string): boolean {
  if (!isSecretName(identifier)) return false;
  const words = identifierWords(identifier);
  return !CONTENT_WORDS.has(words[words.length - 1]!);
}
