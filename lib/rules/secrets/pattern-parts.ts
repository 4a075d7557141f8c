/**
 * Building blocks for secret patterns, so every rule spells boundaries and assignments the same
 * way. All parts use bounded repetition over disjoint character classes: each rule is run sticky at
 * a keyword (or inside a bounded window), and each part is checked by recheck in the tests.
 */

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** `aws` → `[aA][wW][sS]`: a case-insensitive literal inside an otherwise case-sensitive pattern. */
export function caseless(literal: string): string {
  let out = '';
  for (const char of literal) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    out += lower !== upper ? `[${lower}${upper}]` : escapeRegExp(char);
  }
  return out;
}

/** Alternation of case-insensitive keywords. */
export function anyCaseless(keywords: readonly string[]): string {
  return `(?:${keywords.map(caseless).join('|')})`;
}

/** The token does not continue a word on its left (`xghp_…` is not a GitHub token). */
export const BEFORE = '(?<![A-Za-z0-9_])';
/** …nor on its right (a 41st character means it is not a 40-character key). */
export const AFTER = '(?![A-Za-z0-9_])';
/** Stricter right edge for base64-ish bodies that may end in `=` or contain `-`. */
export const AFTER_TOKEN = '(?![A-Za-z0-9_+/=-])';

/**
 * A vendor keyword starts a word: after a non-letter, or at a camelCase hump (`myOktaToken`), so
 * `okta` does not match inside `rookTable`.
 */
export const WORD_START = '(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))';

/** The rest of an identifier after its keyword (`sumo` + `logic_access_key`, `facebook access_token`). */
export const NAME_REST = '[\\w.\\- \\t]{0,30}';

/**
 * A closing quote or bracket, an assignment operator of any common syntax (`=`, `:`, `:=`, `::=`, `=>`,
 * `?=`, `,` as in `getenv("TOKEN", "…")`), then an opening quote. JSON-escaped quotes (`\\"`) too.
 */
export const ASSIGN = "[\\x60'\"\\]\\\\]{0,3}[ \\t]{0,4}(?:=>|:{1,3}=|\\?=|=|:|,)[ \\t]{0,5}[\\x60'\"\\\\]{0,3}";

/** The value ends at whitespace, a quote, a separator or the end of the text. */
export const END = "(?=[\\s\\x60'\"\\\\;,)\\]}<>&|]|$)";

/**
 * `<keyword…> = <value>`: a vendor-named assignment whose value has a known shape, e.g.
 * `SUMO_ACCESS_KEY: "<64 chars>"`. The match starts at the keyword; the span is the value.
 */
export function assignment(keywords: readonly string[], value: string): string {
  return `${WORD_START}(?<name>${anyCaseless(keywords)}${NAME_REST})${ASSIGN}(?<secret>${value})${END}`;
}

/** A provider-prefixed token: `<prefix><body>` standing alone. */
export function prefixed(prefixes: readonly string[], body: string, after: string = AFTER): string {
  return `${BEFORE}(?<secret>(?:${prefixes.map(escapeRegExp).join("|")})(?:${body}))${after}`;
}

/**
 * Like ASSIGN but leaves the opening quote to the value, which must then be closed. A comma counts
 * only between the quoted arguments of a call (`getenv("API_TOKEN", "…")`), not in lists or JSON
 * (`"password": "x", "database": …`). The look-behind that checks for the call is placed after a
 * literal quote so it runs once per attempt, not at every backtracking step of the name. A string
 * type annotation may sit before `=` (`apiKey: string = …`, Go's `var token string = …`, Python's
 * `secret: str = …`). An XML element counts too (`<password>…</password>`, Maven's settings.xml),
 * when the text is closed by a tag right after the value.
 */
export const ASSIGN_OPERATOR =
  "(?:[\\x60'\"\\]\\\\]{0,3}[ \\t]{0,4}(?:=>|:{1,3}=|\\?=|=|:)[ \\t]{0,5}|[ \\t]{0,4}(?::[ \\t]{0,4}|[ \\t])(?:string|String|str)[ \\t]{0,4}=[ \\t]{0,5}|[\"'](?<=\\([ \\t]{0,4}[\"'][\\w.-]{1,72}[\"'])[ \\t]{0,4},[ \\t]{0,4}(?=[\"'])|>(?=[^<>\\s]{1,512}<\\/))";

/**
 * A free-form value: double-quoted (also JSON-escaped `\"…\"`), single-quoted, backquoted (a JS
 * template literal) or bare. Quoted values must be closed right after the value, so
 * `"a long sentence with spaces"` does not yield its first word. Spans: `secret`, `secret2`,
 * `secret4` (backquoted) or `secret3` (bare).
 */
export function freeValue(min: number, max: number, bareMin: number = min): string {
  return (
    `(?:\\\\?"(?<secret>[^"\\s\\\\]{${min},${max}})\\\\?"` +
    `|'(?<secret2>[^'\\s\\\\]{${min},${max}})'` +
    `|\\x60(?<secret4>[^\\x60\\s\\\\]{${min},${max}})\\x60` +
    `|(?<secret3>[^\\s'"\\x60\\\\;,<>(){}[\\]?&:]{${bareMin},${max}})(?=[\\s;,<>&?|)}\\]]|$))`
  );
}
