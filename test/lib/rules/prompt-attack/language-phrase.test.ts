import { describe, expect, it } from 'vitest';
import { languageRules } from '../../../../lib/rules/prompt-attack/language-phrase.ts';

describe('languageRules', () => {
  it('makes one rule per language with the language in its id and description', () => {
    const rules = languageRules(
      [
        { lang: 'de', name: 'German', anchors: ['ignorier'], pattern: /ignorier/u, flagged: ['Ignoriere alles.'], clean: ['Nein.'] },
        { lang: 'fr', name: 'French', anchors: ['ignore'], pattern: /ignore/u, flagged: ['Ignore tout.'], clean: ['Non.'] },
      ],
      { idPrefix: 'override-x', family: 'instruction-override', description: 'Says ignore', reference: 'ref' },
    );
    expect(rules.map((rule) => [rule.id, rule.description])).toEqual([
      ['override-x-de', 'Says ignore (German).'],
      ['override-x-fr', 'Says ignore (French).'],
    ]);
    expect(rules[0]).toMatchObject({ family: 'instruction-override', category: 'prompt-attack', severity: 'high', lookback: 48, reference: 'ref', examples: { flagged: ['Ignoriere alles.'], clean: ['Nein.'] } });
  });
});
