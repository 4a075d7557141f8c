import { isWordLike } from './word-shape.ts';

/**
 * Shapes of values that sit in a secret-looking slot but are something else: host names, URLs,
 * file paths, code (calls, member access) and prose. Used by the generic `name = value` rules only:
 * provider-prefixed rules already know exactly what their secret looks like.
 */
export type ValueShape = 'url' | 'path' | 'hostname' | 'code' | 'words' | 'version';

const URL_START = /^[a-z][a-z0-9+.-]{1,20}:\/\//i;
const PATH = /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\|\\\\)|^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z0-9]{1,5}$|^(?:[A-Za-z_][a-z0-9_.-]*\/)+[A-Za-z_][a-z0-9_.-]*$/;
const FILE_EXTENSION = /\.(?:pem|key|crt|cer|p12|pfx|json|ya?ml|txt|env|ini|cfg|conf|toml|xml|properties|jks|keystore|pub)$/i;
const HOSTNAME = /^(?=.{4,253}$)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;
const CALL_OR_ENV = /[()[\]{}]|^(?:process\.env|os\.environ|env\.|ENV\[|secrets\.|vars\.|config\.|settings\.|self\.|this\.)/;
/** `config.db.password`: short identifier segments (a JWT or Terraform token has long random ones). */
const DOTTED_NAME = /^[A-Za-z_$][\w$]{0,29}(?:\.[A-Za-z_$][\w$]{0,29}){1,6}$/;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
/** `owner/name` (a Hugging Face model, a GitHub repository, a Docker image): one slash, no `+`. */
const REPOSITORY_ID = /^([A-Za-z0-9][\w.-]{1,38})\/[\w.-]{1,96}$/;

export function valueShape(value: string): ValueShape | undefined {
  if (URL_START.test(value)) return 'url';
  if (PATH.test(value) || FILE_EXTENSION.test(value)) return 'path';
  // The owner must read as a word (`microsoft/`, `sultan/`): a random base64 key with one `/`
  // has a random-looking part before it.
  const repository = REPOSITORY_ID.exec(value);
  if (repository && isWordLike(repository[1]!)) return 'path';
  if (VERSION.test(value)) return 'version';
  if (CALL_OR_ENV.test(value)) return 'code';
  // A dotted name with a letters-only last label is a host (`db.internal.example`); random keys
  // with dots (JWTs, Terraform tokens) have long mixed labels that fail the TLD test below.
  if (HOSTNAME.test(value) && /\.[A-Za-z]{2,12}$/.test(value) && !/[A-Za-z0-9_-]{25,}/.test(value)) return 'hostname';
  if (DOTTED_NAME.test(value)) return 'code';
  if (/^[A-Za-z]+(?:[ _-][A-Za-z]+){2,}$/.test(value)) return 'words';
  return undefined;
}
