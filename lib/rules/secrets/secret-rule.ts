import type { Severity } from '../../core/finding.ts';

/** Groups of credential types, for docs and per-family measurements. */
export type SecretFamily =
  | 'cloud'
  | 'vcs'
  | 'ai'
  | 'payment'
  | 'chat'
  | 'saas'
  | 'devops'
  | 'package-registry'
  | 'database'
  | 'private-key'
  | 'auth'
  | 'generic';

/**
 * Named structure and false-positive checks a rule can ask for (implemented in
 * lib/secrets/rule-checks.ts). Names, not functions, so that rules stay plain data.
 */
export type SecretCheck =
  | 'base62-crc32' // GitHub/npm token checksum: pass → rule score, fail → unverifiedScore
  | 'bech32' // age keys: bech32 checksum, same tiers
  | 'jwt' // base64url JSON header with "alg"
  | 'basic-credentials' // base64 that decodes to `user:password`
  | 'basic-scheme' // when the header scheme is `Basic`: base64 `user:password`
  | 'pem-body' // a PEM block with real base64 key material, not `...`
  | 'base64-pem' // base64 text that decodes to a PEM private key header
  | 'mixed-case' // contains both upper- and lower-case letters
  | 'has-digit' // contains a digit
  | 'secret-name' // the identifier before `=`/`:` is not metadata (`credentialId`, `token_url`)
  | 'generic-name' // …and its last word is a secret word (`DB_PASSWORD`, `clientSecret`, not `tokenizer`)
  | 'key-name' // …and it ends in `key` (`signing_key`, `appKey`), for the bare-`key` rule
  | 'generic-value' // not a URL, path, host name, code or prose
  | 'password-value' // a literal password, not a variable, call or default
  | 'not-word' // not a bare lower-case word or snake_case name (`database_name`, `message`)
  | 'not-illustrative' // not an example value (`securePass123`, `john1234`, `eXamPl3T0K3n`)
  | 'not-uuid' // not a UUID (an identifier, when the name alone says little)
  | 'random-key' // three character classes, or long hex/base64: generated, not a word
  | 'opaque-token' // a digit, or mixed case over 16+ characters that are not joined words
  | 'not-word-like' // not mostly pronounceable word runs (`SponsoredProductsSearch`, `org/model-name`)
  | 'not-encoded-text' // not base64 of readable text (encoded content, decoded and scanned separately)
  | 'encoded-credentials' // base64 of `user:password` must hold a real pair (not `admin:admin123`); other values pass
  | 'assigned-name' // a name the value is assigned to, if any, may hold a secret (not `sha`, `public_key`, `image_data`)
  | 'url-credentials' // `user:password@` whose password is not a stand-in or the user name
  | 'user-password' // `-u user:password` pairs, same stand-in rules
  | 'kubernetes-secret'; // expands a `kind: Secret` manifest into its data values

export interface SecretRuleExamples {
  /**
   * Texts the rule must report; the secret is marked `⟦…⟧` and must be exactly the reported span
   * (the markers are removed before scanning).
   */
  flagged: readonly string[];
  /** Texts the rule must not report: placeholders, near-misses, look-alikes. */
  clean: readonly string[];
}

/**
 * One credential type, as data. The detector runs a rule only where one of its `keywords` occurs
 * (a single combined prefilter over the lower-cased text), so adding rules does not slow ordinary
 * prose down.
 */
export interface SecretRule {
  /** Kebab-case; the finding's rule id is `secrets/<id>`. */
  id: string;
  family: SecretFamily;
  /** Who issues it (`GitHub`, `AWS`), or `Generic`. */
  provider: string;
  description: string;
  severity: Severity;
  /** Placeholder kind for the redactor (`GITHUB_TOKEN` → `[GITHUB_TOKEN_1]`). */
  redactAs: string;
  /**
   * Lower-case literals; the pattern's match starts at one (or lies within `window` of one). Empty
   * only for an `atTokenRuns` rule.
   */
  keywords: readonly string[];
  /**
   * The format has no literal part to look for (a bare high-entropy string): instead of at keyword
   * hits, the pattern is tried (sticky) at the start of every run of at least
   * `TOKEN_RUN_MIN_LENGTH` base64/base64url characters (lib/secrets/token-runs.ts).
   */
  atTokenRuns?: true;
  /**
   * RegExp source, run case-sensitively (spell case-insensitive parts as `[pP]`). The named group
   * `secret` (else the first of `secret2`, `secret3`, `secret4` that matched) is the reported span: exactly
   * the secret value, never its `password=` label.
   */
  pattern: string;
  /**
   * Omitted: the match starts exactly where a keyword occurs (sticky). Given: the match lies within
   * `before` characters before and `after` characters after the keyword (for formats whose literal
   * part is not at the start, e.g. Mailchimp's `…-us12`).
   */
  window?: { before: number; after: number };
  /** Literal prefix of the secret (`ghp_`), excluded when measuring entropy and repetition. */
  prefix?: string;
  /** Minimum Shannon entropy (bits/char) of the secret after its prefix. */
  minEntropy?: number;
  checks?: readonly SecretCheck[];
  /** Skip the shared placeholder filter (formats whose real values contain long runs). */
  allowRepetition?: boolean;
  /** Prior probability that a match is a real secret; the calibration table can refine it. */
  score: number;
  /** Score when a checksum could not be verified (the shape is right, the checksum is not). */
  unverifiedScore?: number;
  /** Where the format is documented (provider docs), or the scanner rule it mirrors. */
  reference: string;
  examples: SecretRuleExamples;
}
