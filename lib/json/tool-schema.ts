import { Validator, type Schema } from '@cfworker/json-schema';
import { err, ok, type Result } from '../core/result.ts';

/** A JSON Schema as a tool declares its parameters (OpenAI `parameters`, Anthropic `input_schema`). */
export type ToolSchema = Schema | boolean;

export interface SchemaViolation {
  /** JSON Pointer (URI-fragment form, `#/a/0`) to the value that fails. */
  pointer: string;
  /** The schema keyword that fails (`type`, `required`, `enum`…; `false` for a property `additionalProperties: false` forbids). */
  keyword: string;
  /** The validator's explanation; it can quote keys of the value, so it is never put in a finding. */
  message: string;
}

/**
 * Keywords whose failure only says "something below failed": the failing keyword below is also
 * reported, at a more precise pointer, so these would double-count one fault.
 */
const SUMMARY_KEYWORDS = new Set([
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'allOf',
  '$ref',
  '$recursiveRef',
  'dependentSchemas',
  'then',
  'else',
]);

// Validators compile their schema once (dereferencing $refs); schemas come from policy and live long.
const validators = new WeakMap<object, Validator>();

function validatorFor(schema: ToolSchema): Validator {
  if (typeof schema === 'boolean') return new Validator(schema, '2020-12', false);
  let validator = validators.get(schema);
  if (!validator) {
    validator = new Validator(schema, '2020-12', false);
    validators.set(schema, validator);
  }
  return validator;
}

/**
 * Checks a decoded value (a tool call's arguments) against a JSON Schema with
 * @cfworker/json-schema, which interprets the schema (no `eval`/`new Function`, unlike ajv's code
 * generation, which the MV3 content-security policy forbids). Returns every violation (not just
 * the first), or an error when the schema itself is unusable (an unresolved `$ref`…) — a broken
 * policy is reported as such, never as "valid".
 */
export function validateAgainstSchema(schema: ToolSchema, value: unknown): Result<SchemaViolation[]> {
  let errors;
  try {
    errors = validatorFor(schema).validate(value).errors;
  } catch (error) {
    return err(`unusable schema: ${error instanceof Error ? error.message.split('\n', 1)[0] : String(error)}`);
  }
  const seen = new Set<string>();
  const violations: SchemaViolation[] = [];
  for (const unit of errors) {
    if (SUMMARY_KEYWORDS.has(unit.keyword)) continue;
    // `additionalProperties: false` is reported as keyword `false` (the boolean schema) at the extra property.
    const { keyword } = unit;
    const key = `${unit.instanceLocation}\u0000${keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push({ pointer: unit.instanceLocation, keyword, message: unit.error });
  }
  return ok(violations);
}
