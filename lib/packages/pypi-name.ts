/**
 * PyPI project names as the index compares them (PEP 503): case-insensitive, and any run of `-`,
 * `_` and `.` is one separator — `Scikit_Learn`, `scikit.learn` and `scikit-learn` are one project.
 */
export const normalisePypiName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

/** PEP 508's name grammar; longer names than this are not worth looking up. */
const PYPI_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,198}[A-Za-z0-9])?$/;

/** Could `name` be a PyPI project name at all (PEP 508)? Anything else is not a package reference. */
/** Every regular expression of this module (the ReDoS check in its test runs over them). */
export const PYPI_NAME_PATTERNS: readonly RegExp[] = [PYPI_NAME];

export const isValidPypiName = (name: string): boolean => PYPI_NAME.test(name);
