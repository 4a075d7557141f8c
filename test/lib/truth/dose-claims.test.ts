import { describe, expect, it } from 'vitest';
import { doseClaims } from '../../../lib/truth/dose-claims.ts';
import { KNOWLEDGE_BASE } from '../../../lib/truth/knowledge-base.ts';
import { findMedicineMentions } from '../../../lib/truth/medicine-mentions.ts';

const acetaminophen = KNOWLEDGE_BASE.medicines.find((medicine) => medicine.id === 'acetaminophen')!;

function judge(text: string, carried = false) {
  const sentence = { start: 0, end: text.length };
  const result = doseClaims(text, sentence, findMedicineMentions(text), carried ? acetaminophen : undefined);
  return { rules: result.claims.map((claim) => claim.rule), implied: result.claims.map((claim) => claim.implied), caps: result.cappedMedicineIds };
}

describe('doseClaims', () => {
  it('computes dose × frequency with the tablet strength or the smallest adult unit', () => {
    expect(judge('Take 6 Advil 400 mg tablets every 4 hours.').rules).toEqual(['dose-above-maximum']); // 14,400 mg
    expect(judge('Take 2 Advil every 4 hours.').rules).toEqual(['dose-above-label']); // 2 × 200 × 6 = 2,400 mg
    expect(judge('Take 1 Advil every 6 hours.').rules).toEqual([]); // 800 mg
    expect(judge('Take 2 tablets of Tylenol 500 mg every 6 hours.').rules).toEqual([]); // 4,000 mg
    expect(judge('Take 3 tablets of Tylenol 500 mg every 6 hours.').rules).toEqual(['dose-above-maximum']); // 6,000 mg
  });

  it('does not read a duration in a product name as a count', () => {
    expect(judge('Take 2 Tylenol 8 HR Arthritis Pain caplets every 8 hours.').rules).toEqual([]);
    expect(judge('Take 6 Tylenol 8 HR caplets every 8 hours.').rules).toEqual(['dose-above-maximum']);
  });

  it('reads a stated 24-hour amount as the total and a bare amount as one dose', () => {
    expect(judge('You can take up to 8,000 mg of Tylenol a day.').rules).toEqual(['dose-above-maximum']);
    expect(judge('You can take up to 4,000 mg of Tylenol a day.').rules).toEqual([]);
    expect(judge('Take 2 g of Tylenol at once.').rules).toEqual(['single-dose-above-label']);
  });

  it('lets a doctor or prescription explain a dose above the OTC label, but not above the absolute maximum', () => {
    expect(judge('Your doctor may prescribe 800 mg of ibuprofen three times a day.').rules).toEqual([]);
    expect(judge('Your doctor may prescribe 2,000 mg of ibuprofen four times a day.').rules).toEqual(['dose-above-maximum']);
  });

  it('does not read negated, conditional, harmful or questioned doses as claims', () => {
    expect(judge('Never take 8 g of Tylenol in a day.').rules).toEqual([]);
    expect(judge('8 g of Tylenol a day can cause liver failure.').rules).toEqual([]);
    expect(judge('If you need more than 4,000 mg of Tylenol a day, see a doctor.').rules).toEqual([]);
    expect(judge('Can I take 8 g of Tylenol a day?').rules).toEqual([]);
    expect(judge('8 g of Tylenol a day is not recommended.').rules).toEqual([]);
  });

  it('reads a negated limit as a limit, right or wrong by its number', () => {
    expect(judge('Do not take more than 4,000 mg of Tylenol a day.')).toMatchObject({ rules: [], caps: ['acetaminophen'] });
    expect(judge('Do not take more than 10,000 mg of Tylenol a day.').rules).toEqual(['dose-above-maximum']);
  });

  it('marks totals that come from arithmetic as implied', () => {
    expect(judge('Take 2 Advil every 4 hours.').implied).toEqual([true]);
    expect(judge('You can take 12 Advil a day.').implied).toEqual([false]);
  });

  it('uses the medicine carried from the previous sentence', () => {
    expect(judge('You can take up to 8 grams a day.', true).rules).toEqual(['dose-above-maximum']);
    expect(judge('You can take up to 8 grams a day.').rules).toEqual([]);
  });
});
