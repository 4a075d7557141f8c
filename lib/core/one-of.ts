/**
 * A type guard for a closed list of string values (`oneOf(CATEGORIES)` → `value is Category`): the
 * one check every validator of untrusted settings, messages and stored records needs.
 */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
