import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../../lib/policy/compiled-policy.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';

describe('compilePolicy', () => {
  it('compiles once per profile object and exposes its sets and version', () => {
    const profile = { ...PROFILES.standard!, shadow: ['a'], disabled: ['b'], conditions: [{ id: 'c', when: 'risk > 0.5', category: '*' as const, action: 'warn' as const }] };
    const first = compilePolicy(profile);
    const second = compilePolicy(profile);
    expect(first.ok && second.ok && first.value === second.value).toBe(true);
    if (!first.ok) return;
    expect(first.value.version).toBe('standard@2');
    expect(first.value.shadow.has('a')).toBe(true);
    expect(first.value.disabled.has('b')).toBe(true);
    expect(first.value.conditions[0]!.expression.evaluate({ risk: 0.6 })).toBe(true);
  });
});
