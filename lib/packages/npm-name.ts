/**
 * npm package names. New names must be lower-case (npm has refused mixed case since 2017); the
 * ~2,700 legacy mixed-case names are looked up lower-cased too, so `JSONStream` is found.
 */
export const normaliseNpmName = (name: string): string => name.toLowerCase();

/**
 * The shape validate-npm-package-name accepts (URL-safe characters, no leading `.` or `_`, at
 * most 214 characters), scoped or not. Lower-case is not required here: legacy names exist.
 */
const NPM_NAME = /^(?:@[A-Za-z0-9~-][A-Za-z0-9._~-]{0,212}\/)?[A-Za-z0-9~-][A-Za-z0-9._~-]{0,213}$/;

/** Every regular expression of this module (the ReDoS check in its test runs over them). */
export const NPM_NAME_PATTERNS: readonly RegExp[] = [NPM_NAME];

export const isValidNpmName = (name: string): boolean => name.length <= 214 && NPM_NAME.test(name);

