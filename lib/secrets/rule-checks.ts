import type { SecretCheck } from '../rules/secrets/secret-rule.ts';
import { decodeBase64, printableRatio } from './base64.ts';
import { isValidBech32 } from './bech32.ts';
import { characterClasses, shannonEntropy } from './entropy.ts';
import { isIllustrativeValue } from './illustrative-value.ts';
import { isStructurallyJwt } from './jwt-structure.ts';
import { placeholderReason, placeholderValue } from './placeholder.ts';
import { assignedNameBefore } from './assigned-name.ts';
import { isGenericSecretName, isKeyName, isSecretName, mayNameSecret } from './secret-name.ts';
import { hasValidBase62Checksum } from './token-checksum.ts';
import { valueShape } from './value-shape.ts';
import { isWordLike } from './word-shape.ts';

/** What a check says about one match: keep it, keep it at the rule's unverified score, drop it. */
export type CheckResult = 'pass' | 'unverified' | 'fail';

export interface CheckInput {
  /** The scanned text (a view), for checks that look around the match. */
  text: string;
  /** The secret value (the reported span's text). */
  secret: string;
  /** Named groups of the match (`name`, `user`, `scheme`, `body`…). */
  groups: Readonly<Record<string, string | undefined>>;
  /** Where the `name` group starts in `text`, when there is one. */
  nameStart: number;
  /** Where the secret starts in `text`. */
  secretStart: number;
}

type Check = (input: CheckInput) => CheckResult;

const pass = (ok: boolean): CheckResult => (ok ? 'pass' : 'fail');

/** The whole identifier around a keyword: `name` extended left over identifier characters. */
function fullIdentifier({ text, groups, nameStart }: CheckInput): string {
  const name = groups['name'] ?? '';
  let start = nameStart;
  while (start > 0 && nameStart - start < 64 && /[A-Za-z0-9_.-]/.test(text[start - 1]!)) start -= 1;
  const cut = name.search(/[^A-Za-z0-9_.-]/);
  return text.slice(start, nameStart) + (cut >= 0 ? name.slice(0, cut) : name);
}

/** A user/password pair that is not a stand-in (`user:password`, `admin:admin`, `$USER:$PASS`). */
function isRealPassword(user: string | undefined, password: string): boolean {
  if (password.length < 3 || placeholderValue(password)) return false;
  const reason = placeholderReason(password);
  if (reason === 'template' || reason === 'masked') return false;
  return user === undefined || user.toLowerCase() !== password.toLowerCase();
}

function isBasicCredentials(encoded: string): boolean {
  const decoded = decodeBase64(encoded, 1024);
  if (decoded === undefined || printableRatio(decoded) < 0.95) return false;
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const user = decoded.slice(0, colon);
  // `{"alg":"HS256"}` also has a colon: a user name has no quotes or braces.
  return !/["{}\s]/.test(user) && isRealPassword(user, decoded.slice(colon + 1));
}

/** How often a value switches between letters and digits (`a1b2` → 3). */
function letterDigitSwitches(value: string): number {
  let switches = 0;
  let previous: boolean | undefined;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const isDigit = code >= 48 && code <= 57;
    const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!isDigit && !isLetter) continue;
    if (previous !== undefined && previous !== isDigit) switches += 1;
    previous = isDigit;
  }
  return switches;
}

/**
 * An opaque credential rather than a word or name: a digit, or both cases over 16+ characters
 * that are not joined words (`Bearer sk94HG7f6KB`, `Bearer fzhWjsdbgiNkWzNrlpOCSuVWyjFfuRs`, not
 * `Bearer AccessToken`, `Token SessionTokenHere`).
 */
function isOpaqueToken(secret: string): boolean {
  const classes = characterClasses(secret);
  if (classes.digit) return true;
  return classes.lower && classes.upper && secret.length >= 16 && !isWordLike(secret);
}

/**
 * Base64 that decodes to readable text (`c3VwZXIgbG9uZyBzdHJpbmc…` → `super long string…`) is
 * encoded content, which the normalizer decodes and the rules scan as its own layer; random key
 * material decodes to binary. Short values say too little, so they never count as text.
 */
function isEncodedText(secret: string): boolean {
  if (secret.length < 16) return false;
  const decoded = decodeBase64(secret, 1024);
  return decoded !== undefined && decoded.length >= 12 && printableRatio(decoded) >= 0.95;
}

/** Base64 whose decoding is a printable `name:value` pair (a Docker `auth`, a Basic credential). */
function looksLikeEncodedPair(secret: string): boolean {
  const decoded = decodeBase64(secret, 1024);
  return decoded !== undefined && printableRatio(decoded) >= 0.95 && /^[^\s:"{}]{1,128}:/.test(decoded);
}

/** Key material inside a PEM block: base64 lines after optional `Name: value` headers. */
function hasPemKeyMaterial(body: string): boolean {
  if (body.includes('...') || body.includes('…') || /<[^<>]*>|\[[^[\]]*\]/.test(body)) return false;
  const material = body
    .replace(/\\[rn]/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*[A-Za-z-]+:\s/.test(line))
    .join('')
    .replace(/[\s"',]/g, '');
  if (material.length < 40) return false;
  const base64 = material.replace(/[^A-Za-z0-9+/=]/g, '');
  return base64.length >= material.length * 0.95 && shannonEntropy(base64) >= 3.5;
}

const CHECKS: Record<Exclude<SecretCheck, 'kubernetes-secret'>, Check> = {
  'base62-crc32': ({ secret }) => (hasValidBase62Checksum(secret) ? 'pass' : 'unverified'),
  bech32: ({ secret }) => (isValidBech32(secret) ? 'pass' : 'unverified'),
  jwt: ({ secret }) => pass(isStructurallyJwt(secret)),
  'basic-credentials': ({ secret }) => pass(isBasicCredentials(secret)),
  // Only a `Basic` scheme promises base64 `user:password`; Bearer and bare keys are opaque.
  'basic-scheme': ({ secret, groups }) => (/^basic$/i.test(groups['scheme'] ?? '') ? pass(isBasicCredentials(secret)) : 'pass'),
  'pem-body': ({ secret, groups }) => pass(hasPemKeyMaterial(groups['body'] ?? secret)),
  'base64-pem': ({ secret }) => pass((decodeBase64(secret.slice(0, 64), 64) ?? '').includes('PRIVATE KEY')),
  'mixed-case': ({ secret }) => {
    const classes = characterClasses(secret);
    return pass(classes.lower && classes.upper);
  },
  'has-digit': ({ secret }) => pass(characterClasses(secret).digit),
  'secret-name': (input) => pass(isSecretName(fullIdentifier(input))),
  'generic-name': (input) => pass(isGenericSecretName(fullIdentifier(input))),
  'key-name': (input) => pass(isKeyName(fullIdentifier(input))),
  'generic-value': ({ secret }) => pass(valueShape(secret) === undefined),
  'password-value': ({ secret, groups }) => {
    const shape = valueShape(secret);
    if (shape !== undefined && shape !== 'hostname' && shape !== 'version') return 'fail';
    // Unquoted, a letters-only value is usually a variable (`password = user_password`).
    if (groups['secret3'] !== undefined && /^[A-Za-z_.]+$/.test(secret)) return 'fail';
    return pass(isRealPassword(undefined, secret));
  },
  'not-word': ({ secret }) => pass(!/^[A-Za-z_]+$/.test(secret)),
  'not-illustrative': ({ secret }) => pass(!isIllustrativeValue(secret)),
  'not-uuid': ({ secret }) => pass(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(secret)),
  'random-key': ({ secret }) => {
    const classes = characterClasses(secret);
    if (classes.count === 3) return 'pass';
    // Hex of 20+ digits with both letters and digits (a 32-digit key, a 40-digit token).
    if (/^[A-Fa-f0-9-]{20,}$/.test(secret) && classes.digit && (classes.lower || classes.upper)) return 'pass';
    if (secret.length >= 40 && classes.count >= 2) return 'pass';
    // One letter case and digits, thoroughly mixed: `x9k2m4p7q1w8e5r3t6y0`, not `release2024v2`.
    return pass(classes.digit && classes.count === 2 && secret.length >= 20 && letterDigitSwitches(secret) * 6 >= secret.length);
  },
  'opaque-token': ({ secret }) => pass(isOpaqueToken(secret)),
  'not-word-like': ({ secret }) => pass(!isWordLike(secret)),
  'not-encoded-text': ({ secret }) => pass(!isEncodedText(secret)),
  // Docker's `"auth": "<base64 user:password>"` and friends: judged like a Basic header.
  'encoded-credentials': ({ secret }) => (looksLikeEncodedPair(secret) ? pass(isBasicCredentials(secret)) : 'pass'),
  'assigned-name': ({ text, secretStart }) => {
    const assigned = assignedNameBefore(text, secretStart);
    if (assigned === undefined) return 'pass';
    // `?q=…`, `&x=…`: a URL query parameter (search terms, encrypted state), or a one-letter
    // variable: the name says nothing that makes the value a credential.
    if (assigned.name.length < 2 || assigned.inQuery) return 'fail';
    return pass(mayNameSecret(assigned.name));
  },
  'url-credentials': ({ secret, groups }) => pass(isRealPassword(groups['user'], secret)),
  'user-password': ({ secret, groups }) => pass(isRealPassword(groups['user'], secret)),
};

/** Runs one named check; anything unexpected (a bug, hostile input) drops the match. */
export function runCheck(check: SecretCheck, input: CheckInput): CheckResult {
  if (check === 'kubernetes-secret') return 'pass';
  try {
    return CHECKS[check](input);
  } catch {
    return 'fail';
  }
}
