import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSelectorOverrides } from '../../../lib/sites/selector-overrides.ts';
import { SELECTOR_FIELDS } from '../../../lib/sites/site-adapter.ts';
import { SITES } from '../../../lib/sites/sites.ts';

type Schema = { type?: string; $ref?: string; properties?: Record<string, Schema>; additionalProperties?: Schema; items?: Schema };
const schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')) as Schema;

/** Chrome refuses to load an extension whose managed schema breaks these rules (extension-notes §4). */
function chromeSchemaProblems(node: Schema, path: string, problems: string[] = []): string[] {
  const kinds = ['type' in node, '$ref' in node].filter(Boolean).length;
  if (kinds !== 1) problems.push(`${path}: needs exactly one of type / $ref`);
  if (node.type !== undefined && !['object', 'array', 'string', 'integer', 'number', 'boolean'].includes(node.type)) problems.push(`${path}: unknown type ${node.type}`);
  for (const [key, child] of Object.entries(node.properties ?? {})) chromeSchemaProblems(child, `${path}.${key}`, problems);
  if (node.additionalProperties) chromeSchemaProblems(node.additionalProperties, `${path}.*`, problems);
  if (node.items) chromeSchemaProblems(node.items, `${path}[]`, problems);
  if (node.type === 'array' && !node.items) problems.push(`${path}: an array needs items`);
  return problems;
}

describe('public/managed_schema.json', () => {
  it('follows Chrome’s schema rules (an invalid schema stops the extension from loading)', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(chromeSchemaProblems(schema, 'schema')).toEqual([]);
  });

  it('describes exactly the selector lists the overrides accept', () => {
    const perSite = schema.properties!.selectorOverrides!.additionalProperties!;
    expect(Object.keys(perSite.properties!).sort()).toEqual([...SELECTOR_FIELDS].sort());
  });

  it('a policy written to the schema is accepted as is', () => {
    const policy = Object.fromEntries(SITES.map((site) => [site.id, Object.fromEntries(SELECTOR_FIELDS.map((field) => [field, [`.x-${field}`]]))]));
    const parsed = parseSelectorOverrides(policy, () => true);
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(parsed.overrides)).toHaveLength(SITES.length);
  });
});
