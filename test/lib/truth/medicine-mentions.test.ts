import { describe, expect, it } from 'vitest';
import { findMedicineMentions, MEDICINE_PATTERN } from '../../../lib/truth/medicine-mentions.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const ids = (text: string) => findMedicineMentions(text).map((mention) => `${mention.medicine.id}:${text.slice(mention.start, mention.end)}`);

describe('findMedicineMentions', () => {
  it('finds generic names and brands in several languages, case-insensitively', () => {
    expect(ids('TYLENOL, paracétamol, 布洛芬 and Aleve')).toEqual([
      'acetaminophen:TYLENOL',
      'acetaminophen:paracétamol',
      'ibuprofen:布洛芬',
      'naproxen-sodium:Aleve',
    ]);
  });

  it('prefers the longer brand and respects word boundaries', () => {
    expect(ids('Sudafed PE or Sudafed')).toEqual(['phenylephrine:Sudafed PE', 'pseudoephedrine:Sudafed']);
    expect(ids('levocetirizine is not cetirizine')).toEqual(['levocetirizine:levocetirizine', 'cetirizine:cetirizine']);
    expect(ids('Advillage')).toEqual([]);
  });

  it('stays inside the range it is given', () => {
    expect(findMedicineMentions('Advil and Tylenol', 0, 6).map((mention) => mention.medicine.id)).toEqual(['ibuprofen']);
  });

  it('passes the ReDoS check (recheck)', { timeout: 300_000 }, async () => {
    expect(await redosVerdict(MEDICINE_PATTERN.source, MEDICINE_PATTERN.flags)).toBe('safe');
  });
});
