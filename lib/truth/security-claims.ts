import { compileLexicon } from './lexicon.ts';
import type { TruthClaim, TruthRuleId } from './truth-rules.ts';

/**
 * Security claims: code or advice in a reply that turns a protection off — TLS verification,
 * file permissions, CSRF or authentication, password hashing, eval of user input — *without* any
 * warning nearby. "Set verify=False to fix the SSL error" is the false claim (it is not a fix);
 * the same line followed by "only for local testing, never in production" is honest advice.
 *
 * Patterns run over the whole reply (code blocks included) with bounded quantifiers; each hit
 * then looks for a warning within WARNING_REACH characters on either side, and for a negation
 * just before it on its own line ("never use chmod 777").
 */

const WARNING_REACH = 600;

interface SecurityPattern {
  rule: TruthRuleId;
  /** Lower-case literals of which at least one occurs in every match: a plain `includes` skips the pattern otherwise. */
  keywords: readonly string[];
  pattern: RegExp;
  /** Words that make this particular hit acceptable besides the general warnings (a stated alternative). */
  acceptableWith?: RegExp;
  /**
   * The command the hit must belong to, looked for on the same line before it (at most
   * COMMAND_REACH characters, not past a `|`, `;` or `&`): `-k` is curl's only after `curl`.
   * Two steps instead of one `curl[^\n]{0,200}-k` pattern, whose overlapping tries recheck
   * rightly calls polynomial.
   */
  command?: RegExp;
}

const COMMAND_REACH = 200;
/** Matches examined per pattern and text, flagged or not: bounds the work on a reply made of one trigger. */
const MAX_EXAMINED_PER_PATTERN = 200;

const g = (source: string, flags = 'giu') => new RegExp(source, flags);

export const SECURITY_PATTERNS: readonly SecurityPattern[] = [
  // TLS certificate verification off, in code and in prose.
  { rule: 'tls-verification-disabled', keywords: ['verify'], pattern: g(String.raw`\bverify\s{0,3}=\s{0,3}False\b`, 'gu') },
  { rule: 'tls-verification-disabled', keywords: ['rejectunauthorized'], pattern: g(String.raw`\brejectUnauthorized["']?\s{0,3}[:=]\s{0,3}false\b`) },
  { rule: 'tls-verification-disabled', keywords: ['node_tls_reject_unauthorized'], pattern: g(String.raw`\bNODE_TLS_REJECT_UNAUTHORIZED["']?\s{0,3}[:=]\s{0,3}["']?0\b`) },
  { rule: 'tls-verification-disabled', keywords: ['insecureskipverify'], pattern: g(String.raw`\bInsecureSkipVerify\s{0,3}:\s{0,3}true\b`) },
  { rule: 'tls-verification-disabled', keywords: ['_create_unverified_context', 'cert_none', 'check_hostname'], pattern: g(String.raw`\b(?:ssl\.)?_create_unverified_context\b|\bverify_mode\s{0,3}=\s{0,3}(?:ssl\.)?CERT_NONE\b|\bcheck_hostname\s{0,3}=\s{0,3}False\b`) },
  { rule: 'tls-verification-disabled', keywords: ['curl'], pattern: g(String.raw`(?<=\s)(?:-k|--insecure)\b`), command: /\bcurl\b/u },
  { rule: 'tls-verification-disabled', keywords: ['--no-check-certificate'], pattern: g(String.raw`(?<=\s)--no-check-certificate\b`), command: /\bwget\b/u },
  { rule: 'tls-verification-disabled', keywords: ['sslverify', 'git_ssl_no_verify', 'strict-ssl', 'pythonhttpsverify', 'curlopt_ssl_verifypeer', 'insecure-skip-tls-verify'], pattern: g(String.raw`\bhttp\.sslVerify\s{1,3}false\b|\bGIT_SSL_NO_VERIFY\s{0,3}=\s{0,3}(?:1|true)\b|\bstrict-ssl\s{1,3}false\b|\bPYTHONHTTPSVERIFY\s{0,3}=\s{0,3}0\b|\bCURLOPT_SSL_VERIFYPEER\s{0,3},\s{0,3}(?:0|false)\b|--insecure-skip-tls-verify\b`) },
  { rule: 'tls-verification-disabled', keywords: ['servercertificate', 'trustallcerts', 'allow_all_hostname_verifier', 'noophostnameverifier'], pattern: g(String.raw`\bServerCertificate(?:Custom)?ValidationCallback\s{0,3}[+]?=[^;\n]{0,80}?\btrue\b|\bTrustAllCerts\b|\btrustAllCerts\b|\bALLOW_ALL_HOSTNAME_VERIFIER\b|\bNoopHostnameVerifier\b`) },
  { rule: 'tls-verification-disabled', keywords: ['ssl', 'tls', 'https', 'cert'], pattern: g(String.raw`\b(?:disabl\p{L}{0,3}|turn\p{L}{0,3}\s{1,2}off|skip\p{L}{0,3}|bypass\p{L}{0,3}|ignor\p{L}{0,3})\s{1,2}(?:the\s{1,2})?(?:ssl|tls|https|certificate|cert)\s{1,2}(?:certificate\s{1,2})?(?:verification|validation|checks?|checking|errors?)\b`) },
  // World-writable permissions.
  { rule: 'world-writable-permissions', keywords: ['chmod'], pattern: g(String.raw`\bchmod\s{1,3}(?:-[a-zA-Z]{1,4}\s{1,3}){0,3}(?:0?777|a\+rwx|ugo\+rwx)(?![\w])`) },
  { rule: 'world-writable-permissions', keywords: ['chmod'], pattern: g(String.raw`\b(?:os\.chmod|fs\.chmod(?:Sync)?|File\.chmod)\s{0,2}\([^()\n]{0,200}?,\s{0,3}0o?777\b`) },
  // CSRF protection and authentication off.
  {
    rule: 'csrf-or-auth-disabled',
    keywords: ['csrf', 'verify_authenticity_token'], pattern: g(String.raw`@csrf_exempt\b|\bcsrf_exempt\s{0,2}\(|\b(?:WTF_)?CSRF_ENABLED\s{0,3}=\s{0,3}False\b|\bcsrf\(\)\s{0,3}\.disable\(\)|\bcsrf\(\s{0,3}(?:\w{1,20}\s{0,3}->\s{0,3}\w{1,20}\.disable\(\)|AbstractHttpConfigurer::disable)\s{0,3}\)|\bskip_before_action\s{1,3}:verify_authenticity_token\b`),
    // Token-authenticated, stateless APIs have no cookie for a cross-site request to ride on.
    acceptableWith: compileLexicon(['stateless', 'JWT', 'token*', 'API', 'APIs', 'REST', 'bearer', 'webhook*']),
  },
  { rule: 'csrf-or-auth-disabled', keywords: ['xpack', 'security.authorization', 'noauth', 'protected-mode', 'allow_empty_password'], pattern: g(String.raw`\bxpack\.security\.enabled\s{0,3}[:=]\s{0,3}false\b|\bsecurity\.authorization\s{0,3}:\s{0,3}["']?disabled\b|(?<=\s)--noauth\b|\bprotected-mode\s{1,3}no\b|\bALLOW_EMPTY_PASSWORD\s{0,3}=\s{0,3}yes\b|\bMYSQL_ALLOW_EMPTY_PASSWORD\s{0,3}=\s{0,3}["']?(?:yes|1|true)\b`) },
  // Passwords hashed with MD5 or SHA-1.
  {
    rule: 'weak-password-hash',
    keywords: ['md5', 'sha1'], pattern: g(String.raw`\b(?:hashlib\.)?(?:md5|sha1)\s{0,2}\(\s{0,2}[^()\n]{0,80}?\b(?:pass(?:word|wd)?|pwd)\b|\b(?:md5|sha1)\s{0,2}\(\s{0,2}\$(?:pass(?:word|wd)?|pwd)\b|\b(?:md5|sha1)\s{0,2}\(\s{0,2}\$_(?:POST|GET|REQUEST)\[\s{0,2}["']pass`),
  },
  {
    rule: 'weak-password-hash',
    keywords: ['md5', 'sha1', 'sha-1'], pattern: g(String.raw`\b(?:store|hash|save|encrypt)\p{L}{0,3}\s{1,2}(?:the\s{1,2}|user\s{1,2}|your\s{1,2})?passwords?\s{1,2}(?:with|using|in|as)\s{1,2}(?:an?\s{1,2})?(?:md5|sha-?1)\b`),
  },
  // User input passed to eval/exec.
  {
    rule: 'eval-untrusted-input',
    keywords: ['eval', 'exec'], pattern: g(String.raw`(?<![\w.$])(?:eval|exec)\s{0,2}\(\s{0,2}(?:input\s{0,2}\(|raw_input\s{0,2}\(|request\.|req\.(?:body|query|params)|\$_(?:GET|POST|REQUEST|COOKIE)\b|sys\.argv|user_?input\b|prompt\s{0,2}\()`),
  },
  { rule: 'eval-untrusted-input', keywords: ['function'], pattern: g(String.raw`\bnew\s{1,2}Function\s{0,2}\(\s{0,2}(?:req\.(?:body|query|params)|request\.|user_?[iI]nput\b)`) },
];

/** Warnings and caveats that make an insecure snippet honest advice. */
export const SECURITY_WARNING = compileLexicon([
  'insecure', 'not secure', 'unsafe', 'not safe', 'security risk*', 'security hole', 'security issue*', 'vulnerab*', 'man-in-the-middle', 'MITM', 'not recommended',
  'never', "don't", 'do not', 'avoid', 'only for testing', 'for testing', 'testing purposes', 'development only', 'only in development', 'local development',
  'temporar*', 'debug*', 'at your own risk', 'production', 'bad practice', 'caution', 'warning', 'careful', 'dangerous', 'risky', 'risk*', 'should not', 'shouldn\'t',
  'deprecated', 'broken', 'weak', 'legacy', 'obsolete', 'bcrypt', 'argon2*', 'scrypt', 'pbkdf2', 'password_hash', 'literal_eval', 'sanitiz*', 'input validation',
  'validate the input', 'validate user input',
  'least privilege', 'instead', 'better', 'proper fix', 'correct fix', 'CA bundle', 'certifi', 'REQUESTS_CA_BUNDLE', 'NODE_EXTRA_CA_CERTS', 'cafile',
  'inseguro', 'no recomendado', 'solo para pruebas', 'riesgo', 'non sécurisé', 'déconseillé', 'risque', 'unsicher', 'nicht empfohlen', 'Risiko', 'insicuro',
  'sconsigliato', 'небезопасн*', 'не рекомендуется', '不安全', '不推荐', '仅用于测试', '风险', '安全でない', '非推奨', '危険',
]);

/** The part of the line before `index` that belongs to the same command (stops at `|`, `;`, `&`). */
function commandBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < COMMAND_REACH && !'\n|;&'.includes(text[start - 1]!)) start -= 1;
  return text.slice(start, index);
}

/** Every hit of every security pattern in `text[0, limit)` that has no warning around it. */
export function securityClaims(text: string, limit = text.length): TruthClaim[] {
  const claims: TruthClaim[] = [];
  const reported = new Set<TruthRuleId>();
  // Only a boolean prefilter: toLowerCase may change the length ("İ"), so no offset is taken from it.
  const lower = text.slice(0, limit).toLowerCase();
  for (const { rule, keywords, pattern, acceptableWith, command } of SECURITY_PATTERNS) {
    if (reported.has(rule) || !keywords.some((keyword) => lower.includes(keyword))) continue;
    pattern.lastIndex = 0;
    let examined = 0;
    for (let match = pattern.exec(text); match !== null && examined < MAX_EXAMINED_PER_PATTERN; match = pattern.exec(text)) {
      const end = match.index + match[0].length;
      if (end > limit) break;
      examined += 1;
      if (match[0].length === 0) pattern.lastIndex += 1;
      if (command && !command.test(commandBefore(text, match.index))) continue;
      const around = text.slice(Math.max(0, match.index - WARNING_REACH), Math.min(limit, end + WARNING_REACH));
      if (SECURITY_WARNING.test(around) || acceptableWith?.test(around)) continue;
      claims.push({ rule, start: match.index, end });
      reported.add(rule);
      break;
    }
  }
  return claims;
}
