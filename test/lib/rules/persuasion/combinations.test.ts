import { describe, expect, it } from 'vitest';
import { COMBINATION_RULES, familiesOf, matchedCombinations } from '../../../../lib/rules/persuasion/combinations.ts';

const ids = (families: string[]) => matchedCombinations(new Set(families)).map((combination) => combination.id);

describe('matchedCombinations', () => {
  it('needs every family a combination names', () => {
    expect(ids(['false-authority'])).toEqual([]);
    expect(ids(['false-authority', 'role-delegation'])).toEqual(['combo-authority-delegation']);
    expect(ids(['false-authority', 'urgency-threat'])).toEqual(['combo-authority-threat']);
  });

  it('counts distinct families for a stack', () => {
    expect(ids(['emotional-pressure', 'social-proof'])).toEqual([]);
    expect(ids(['emotional-pressure', 'social-proof', 'reciprocity-commitment'])).toEqual(['combo-stacked-techniques']);
    expect(ids(['false-authority', 'role-delegation', 'urgency-threat'])).toEqual(['combo-authority-delegation', 'combo-authority-threat', 'combo-stacked-techniques']);
  });
});

describe('familiesOf', () => {
  it('names the families a pairing is made of, and every family found for a stack', () => {
    const pairing = COMBINATION_RULES.find((combination) => combination.id === 'combo-authority-delegation')!;
    const stack = COMBINATION_RULES.find((combination) => combination.id === 'combo-stacked-techniques')!;
    const found = new Set(['false-authority', 'role-delegation', 'social-proof']);
    expect(familiesOf(pairing, found)).toEqual(['false-authority', 'role-delegation']);
    expect([...familiesOf(stack, found)].sort()).toEqual(['false-authority', 'role-delegation', 'social-proof']);
  });
});
