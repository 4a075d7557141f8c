/**
 * Names an answer writes for "the package you want" rather than a package: `pip install
 * package-name`, `npm install your-package`, `pip install foo`. Looking them up would report a
 * "hallucinated" package that the answer never meant to exist.
 */
const PLACEHOLDER =
  /^(?:(?:your|my|some|example|sample|the|a)[-_]?)?(?:package|module|lib|library|project|app|pkg|tool|plugin|dependency|dep)(?:[-_]?names?)?[-_]?\d{0,3}$|^(?:foo|bar|baz|qux|xxx|yyy|placeholder|name|something)$/i;

/** Every regular expression of this module (the ReDoS check in its test runs over them). */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [PLACEHOLDER];

export const isPlaceholderName = (name: string): boolean => PLACEHOLDER.test(name);
