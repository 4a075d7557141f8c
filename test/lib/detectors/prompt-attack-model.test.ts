import { describe, expect, it } from 'vitest';
import { promptAttackModel } from '../../../lib/detectors/prompt-attack-model.ts';

describe('prompt-attack-model', () => {
  it('is inbound, costly, windowed, and names injection or jailbreak', () => {
    expect(promptAttackModel.meta).toMatchObject({ directions: ['inbound'], cost: 'costly', categories: ['prompt-attack'] });
    expect(promptAttackModel.meta.window?.chars).toBeGreaterThan(1_000);
    const outputs = ['attack', 'injection', 'jailbreak'];
    expect(promptAttackModel.classify(Float32Array.of(0.7, 0.6, 0.1), outputs)).toEqual({ rule: 'injection', score: expect.closeTo(0.7, 5) });
    expect(Object.keys(promptAttackModel.meta.messages).sort()).toEqual(['injection', 'jailbreak']);
  });
});
