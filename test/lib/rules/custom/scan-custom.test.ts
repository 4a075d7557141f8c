import { describe, expect, it } from 'vitest';
import { NO_CUSTOM, resolveScanCustom } from '../../../../lib/rules/custom/scan-custom.ts';

const rule = { id: 'falcon', kind: 'keyword', pattern: 'falcon', category: 'secrets', action: 'block', description: 'Code name' };
const lists = { imageHosts: [], packages: [], phrases: [] };

describe('resolveScanCustom', () => {
  it('gives no rules and empty lists when absent', () => {
    expect(resolveScanCustom(undefined)).toEqual({ ok: true, value: NO_CUSTOM });
    expect(NO_CUSTOM).toEqual({ customRules: [], allowLists: lists });
  });

  it('passes valid rules and lists through', () => {
    const value = { customRules: [rule], allowLists: { ...lists, phrases: ['Acme Corp'] } };
    expect(resolveScanCustom(value)).toEqual({ ok: true, value });
  });

  it('rejects malformed input with a clear error instead of dropping rules', () => {
    expect(resolveScanCustom('x')).toMatchObject({ ok: false });
    expect(resolveScanCustom({ customRules: 'x', allowLists: lists })).toMatchObject({ ok: false, error: expect.stringMatching(/customRules/) });
    expect(resolveScanCustom({ customRules: [{ ...rule, pattern: '' }], allowLists: lists })).toMatchObject({ ok: false });
    expect(resolveScanCustom({ customRules: [rule, rule], allowLists: lists })).toMatchObject({ ok: false, error: expect.stringMatching(/used twice/) });
    expect(resolveScanCustom({ customRules: [], allowLists: { ...lists, phrases: [3] } })).toMatchObject({ ok: false, error: expect.stringMatching(/phrases/) });
    expect(resolveScanCustom({ customRules: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/allowLists/) });
  });

  it('checks a rule list once per array (the same settings object is handed to every scan)', () => {
    const rules = [rule];
    const first = resolveScanCustom({ customRules: rules, allowLists: lists });
    const second = resolveScanCustom({ customRules: rules, allowLists: lists });
    expect(first.ok && second.ok && first.value.customRules).toBe(second.ok && second.value.customRules);
  });
});
