import { describe, expect, it } from 'vitest';
import { persuasionLanguageRules } from '../../../../lib/rules/persuasion/language-rules.ts';

describe('persuasionLanguageRules', () => {
  it('makes one manipulation rule per language with the severity of its strength', () => {
    const rules = persuasionLanguageRules(
      [
        { lang: 'de', name: 'German', anchors: ['versprochen'], pattern: /versprochen/u, flagged: ['Du hast es versprochen.'], clean: ['Nein.'] },
        { lang: 'fr', name: 'French', anchors: ['promis'], pattern: /promis/u, flagged: ['Tu as promis.'], clean: ['Non.'] },
      ],
      { idPrefix: 'commitment', family: 'reciprocity-commitment', strength: 'moderate', description: 'Invokes a promise', reference: 'ref' },
    );
    expect(rules.map((rule) => [rule.id, rule.description])).toEqual([
      ['commitment-de', 'Invokes a promise (German).'],
      ['commitment-fr', 'Invokes a promise (French).'],
    ]);
    expect(rules[0]).toMatchObject({ family: 'reciprocity-commitment', category: 'manipulation', severity: 'medium', strength: 'moderate', lookback: 48 });
  });
});
