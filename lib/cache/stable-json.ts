/**
 * JSON with object keys in sorted order at every depth, so that two equal values (a profile read
 * back from storage, a manifest with its keys reordered) always give the same string — and so the
 * same digest. Arrays keep their order (it means something: threshold lists, rule order).
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
