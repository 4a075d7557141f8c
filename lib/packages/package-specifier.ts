import { isValidNpmName } from './npm-name.ts';
import { isValidPypiName } from './pypi-name.ts';

/**
 * What an install argument names, per ecosystem: the registry name inside a specifier, or nothing
 * when the argument does not come from the registry (a path, a URL, a git repository, a tarball,
 * a variable) or is not a name at all. `name` is the name as written, so that its position in the
 * reply can be found; `lookup` is the name to look up (they differ for `npm create x` → create-x
 * and for npm aliases).
 */
export interface NamedPackage {
  name: string;
  lookup: string;
}

const NOT_FROM_A_REGISTRY = /^(?:[.~/\\$]|[a-z][a-z0-9+.-]*:\/\/|(?:git|git\+\w+|github|gitlab|bitbucket|gist|file|link|workspace|portal|patch|exec|jsr|http|https):)/i;
/** Archives, and the files people mistakenly pass as arguments (`pip install requirements.txt`). */
const ARCHIVE = /\.(?:tgz|tar|tar\.gz|tar\.bz2|zip|whl|egg|gem|crate|txt|py|toml|cfg|lock|json|ya?ml)$/i;
const VARIABLE_OR_GLOB = /[$*?{}]/;
/** `VAR=value` (an environment assignment before the command), but not `name==1.0`. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=(?!=)/;

const unusable = (value: string): boolean =>
  value === '' || NOT_FROM_A_REGISTRY.test(value) || ARCHIVE.test(value) || VARIABLE_OR_GLOB.test(value) || ASSIGNMENT.test(value);

/**
 * npm: `name`, `name@range|tag`, `@scope/name@range`, `alias@npm:real@range` (the real one is
 * looked up). `user/repo` is GitHub shorthand, not a registry name.
 */
export function npmPackageOf(value: string): NamedPackage | undefined {
  if (unusable(value)) return undefined;
  const scoped = value.startsWith('@');
  const versionAt = value.indexOf('@', scoped ? 1 : 0);
  const name = versionAt < 0 ? value : value.slice(0, versionAt);
  if (!scoped && name.includes('/')) return undefined;
  if (!isValidNpmName(name)) return undefined;
  const version = versionAt < 0 ? '' : value.slice(versionAt + 1);
  if (version.startsWith('npm:')) {
    const real = npmPackageOf(version.slice(4));
    return real ? { name: real.name, lookup: real.lookup } : undefined;
  }
  return { name, lookup: name };
}

/** `npm create x` / `npm init x` run the package `create-x` (`@s` → `@s/create`, `@s/x` → `@s/create-x`). */
export function npmCreatePackageOf(value: string): NamedPackage | undefined {
  const named = npmPackageOf(value);
  if (!named) return undefined;
  const { name } = named;
  if (!name.startsWith('@')) return { name, lookup: `create-${name}` };
  const slash = name.indexOf('/');
  return { name, lookup: slash < 0 ? `${name}/create` : `${name.slice(0, slash)}/create-${name.slice(slash + 1)}` };
}

/** The characters that may follow a PEP 508 name: extras, a version specifier, a marker. */
const AFTER_PYPI_NAME = /^(?:$|[[(=<>!~;,@ ])/;
const PYPI_NAME_PREFIX = /^[A-Za-z0-9][A-Za-z0-9._-]*/;

/** PyPI (PEP 508): `name`, `name[extra]`, `name==1.2`, `name>=1,<2`, `name ; marker`. */
export function pypiPackageOf(value: string): NamedPackage | undefined {
  if (unusable(value) || value.includes('/') || value.includes('\\')) return undefined;
  const match = PYPI_NAME_PREFIX.exec(value);
  if (!match) return undefined;
  // A trailing separator belongs to no name ("flask-" is a typo of prose, not a project).
  const name = match[0].replace(/[._-]+$/, '');
  if (!isValidPypiName(name) || !AFTER_PYPI_NAME.test(value.slice(match[0].length))) return undefined;
  return { name, lookup: name };
}

const CRATE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** crates.io: `name` or `name@version`. */
export function crateOf(value: string): NamedPackage | undefined {
  if (unusable(value)) return undefined;
  const name = value.split('@')[0]!;
  return CRATE_NAME.test(name) ? { name, lookup: name } : undefined;
}

const GEM_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** RubyGems: a gem name (a version comes as `-v`, which the command reader skips). */
export function gemOf(value: string): NamedPackage | undefined {
  if (unusable(value)) return undefined;
  const name = value.split(':')[0]!;
  return GEM_NAME.test(name) ? { name, lookup: name } : undefined;
}

/** A Go module/package path with an optional `@version` (`./…` and other local paths are not). */
export function goPathOf(value: string): NamedPackage | undefined {
  if (value.startsWith('.') || value.startsWith('/') || VARIABLE_OR_GLOB.test(value.replace(/\/\.\.\.(?=@|$)/, ''))) return undefined;
  if (value === '' || value.startsWith('-') || value.includes('://')) return undefined;
  const name = value.split('@')[0]!;
  return name ? { name, lookup: name } : undefined;
}

const GO_ELEMENT = /^[A-Za-z0-9._~-]+$/;
const GO_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * Does a Go path look fetchable: a host with a dot (`github.com/…`, `golang.org/x/…`), then
 * path elements of the allowed characters, or `...` for "all packages below". There is no Go
 * registry snapshot, so this is all package-check can say about Go.
 */
export function isPlausibleGoPath(path: string): boolean {
  const elements = path.split('/');
  if (elements.length < 2 || !GO_HOST.test(elements[0]!)) return false;
  return elements.slice(1).every((element) => element === '...' || (GO_ELEMENT.test(element) && !element.startsWith('.')));
}

/** Every regular expression of this module (the ReDoS check in its test runs over them). */
export const SPECIFIER_PATTERNS: readonly RegExp[] = [
  NOT_FROM_A_REGISTRY,
  ARCHIVE,
  VARIABLE_OR_GLOB,
  ASSIGNMENT,
  AFTER_PYPI_NAME,
  PYPI_NAME_PREFIX,
  CRATE_NAME,
  GEM_NAME,
  GO_ELEMENT,
  GO_HOST,
];
