/**
 * The part of JSON Schema (draft-03 subset) that Chrome's policy schemas use, for tests: the
 * rules Chrome enforces when it loads managed_schema.json (an invalid schema stops the extension
 * from loading), and a value check like the one Chrome applies before it publishes a policy value
 * (a value that does not fit is silently not delivered).
 */
export interface PolicySchema {
  type?: string;
  $ref?: string;
  title?: string;
  description?: string;
  properties?: Record<string, PolicySchema>;
  additionalProperties?: PolicySchema;
  items?: PolicySchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
}

/** The attributes this project's schema may use: all known to Chrome's schema parser. */
export const KNOWN_ATTRIBUTES = new Set(['type', '$ref', 'title', 'description', 'properties', 'additionalProperties', 'items', 'enum', 'minimum', 'maximum']);
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

/** Every violation of Chrome's rules (and of "title and description on every key"), by path. */
export function schemaProblems(schema: PolicySchema, path = '(top)', top = true): string[] {
  const problems: string[] = [];
  if (top) {
    if (schema.type !== 'object') problems.push(`${path}: the top level must be type object`);
    if ('additionalProperties' in schema) problems.push(`${path}: the top level must not have additionalProperties`);
  } else {
    if (typeof schema.title !== 'string' || schema.title.trim() === '') problems.push(`${path}: no title`);
    if (typeof schema.description !== 'string' || schema.description.trim() === '') problems.push(`${path}: no description`);
  }
  const unknown = Object.keys(schema).filter((key) => !KNOWN_ATTRIBUTES.has(key));
  if (unknown.length) problems.push(`${path}: unknown attributes ${unknown.join(', ')}`);
  if (('type' in schema ? 1 : 0) + ('$ref' in schema ? 1 : 0) !== 1) problems.push(`${path}: needs exactly one of type or $ref`);
  if (schema.type !== undefined && !TYPES.has(schema.type)) problems.push(`${path}: unknown type ${String(schema.type)}`);
  if (schema.type === 'array' && !schema.items) problems.push(`${path}: an array needs items`);
  if (schema.type !== 'array' && schema.items) problems.push(`${path}: items on a non-array`);
  if (schema.type !== 'object' && (schema.properties || schema.additionalProperties)) problems.push(`${path}: properties on a non-object`);
  if (schema.enum && !schema.enum.every((value) => fits(value, schema.type))) problems.push(`${path}: an enum value does not fit the type`);
  for (const [name, child] of Object.entries(schema.properties ?? {})) problems.push(...schemaProblems(child, `${path}.${name}`, false));
  if (schema.additionalProperties) problems.push(...schemaProblems(schema.additionalProperties, `${path}.*`, false));
  if (schema.items) problems.push(...schemaProblems(schema.items, `${path}[]`, false));
  return problems;
}

function fits(value: unknown, type: string | undefined): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return false;
  }
}

/** Where a value does not fit the schema (Chrome would not deliver it). */
export function valueProblems(value: unknown, schema: PolicySchema, path = '(top)'): string[] {
  if (!fits(value, schema.type)) return [`${path}: expected ${schema.type}`];
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
  if (typeof value === 'number' && schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: above ${schema.maximum}`);
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => problems.push(...valueProblems(item, schema.items!, `${path}[${index}]`)));
  if (schema.type === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childSchema = schema.properties?.[key] ?? schema.additionalProperties;
      if (childSchema) problems.push(...valueProblems(child, childSchema, `${path}.${key}`));
      else problems.push(`${path}.${key}: not in the schema`);
    }
  }
  return problems;
}

/**
 * A registry value as Chrome reads it for a schema type: REG_DWORD for integers and booleans, and
 * for objects and lists a REG_SZ holding JSON.
 */
export function fromRegistry(raw: string | number, schema: PolicySchema): unknown {
  if (typeof raw === 'number') return schema.type === 'boolean' ? raw !== 0 : raw;
  if (schema.type === 'object' || schema.type === 'array') return JSON.parse(raw) as unknown;
  return raw;
}
