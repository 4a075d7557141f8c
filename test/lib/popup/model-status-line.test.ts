import { afterEach, describe, expect, it } from 'vitest';
import { describeModels } from '../../../lib/popup/model-status-line.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';

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

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('speaks the active locale (German)', () => {
      setLocale(['de-DE']);
      expect(describeModels([status('a', 'ready'), status('b', 'not-loaded')])).toBe(
        '2 Modelle installiert (1 geladen; die übrigen laden bei der ersten Prüfung).',
      );
      expect(describeModels([status('prompt-attack', 'unavailable')])).toBe('Nicht verfügbar, nur Regeln für: prompt-attack.');
    });
  });
});
