import { describe, expect, it } from 'vitest';
import { validateAgainstSchema, type ToolSchema } from '../../../lib/json/tool-schema.ts';

const weather: ToolSchema = {
  type: 'object',
  properties: {
    city: { type: 'string', minLength: 1 },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
    days: { type: 'integer', minimum: 1, maximum: 14 },
  },
  required: ['city'],
  additionalProperties: false,
};

describe('validateAgainstSchema', () => {
  it('accepts valid arguments', () => {
    expect(validateAgainstSchema(weather, { city: 'Oslo', unit: 'celsius', days: 3 })).toEqual({ ok: true, value: [] });
  });

  it('reports every violation with a pointer and keyword, not the summaries above them', () => {
    const result = validateAgainstSchema(weather, { unit: 'kelvin', days: 0.5, extra: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map(({ pointer, keyword }) => [pointer, keyword]).sort()).toEqual([
      ['#', 'required'],
      ['#/days', 'minimum'],
      ['#/days', 'type'],
      ['#/extra', 'false'],
      ['#/unit', 'enum'],
    ]);
  });

  it('treats a __proto__ argument as an ordinary (extra) property', () => {
    const args = Object.create(null) as Record<string, unknown>;
    args.city = 'Oslo';
    args.__proto__ = { admin: true };
    const result = validateAgainstSchema(weather, args);
    expect(result.ok && result.value.map((v) => v.pointer)).toEqual(['#/__proto__']);
  });

  it('supports boolean schemas and $refs', () => {
    expect(validateAgainstSchema(true, { anything: 1 })).toEqual({ ok: true, value: [] });
    expect(validateAgainstSchema(false, {}).ok && (validateAgainstSchema(false, {}) as { value: unknown[] }).value.length).toBe(1);
    const withRef: ToolSchema = { $defs: { id: { type: 'integer' } }, type: 'object', properties: { id: { $ref: '#/$defs/id' } } };
    expect(validateAgainstSchema(withRef, { id: 'x' })).toMatchObject({ ok: true, value: [{ pointer: '#/id', keyword: 'type' }] });
  });

  it('returns an error, never "valid", for an unusable schema', () => {
    expect(validateAgainstSchema({ $ref: '#/$defs/missing' }, {})).toMatchObject({ ok: false });
  });
});
