import { describe, expect, it } from 'vitest';
import { describeModels } from '../../../lib/popup/model-status-line.ts';

const status = (id: string, state: string, role = 'active') => ({ id, version: '1', role, state });

describe('describeModels', () => {
  it('says which models are unavailable (rules only)', () => {
    expect(describeModels([status('prompt-attack', 'unavailable'), status('code-intent', 'ready')])).toBe(
      'Unavailable, rules only for: prompt-attack.',
    );
  });

  it('counts ready and lazily loaded models, ignoring shadow candidates', () => {
    expect(describeModels([status('a', 'ready'), status('b', 'ready'), status('b', 'unavailable', 'shadow')])).toBe('2 models ready.');
    expect(describeModels([status('a', 'ready'), status('b', 'not-loaded')])).toBe(
      '2 models installed (1 loaded; the rest load on the first check).',
    );
  });

  it('copes with no models and with malformed answers', () => {
    expect(describeModels([])).toBe('No models installed: checks use rules only.');
    expect(describeModels('nonsense')).toBe('Model status unknown.');
    expect(describeModels([{ id: 5 }])).toBe('No models installed: checks use rules only.');
  });
});
