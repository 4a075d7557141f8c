import { KNOWLEDGE_BASE, type MedicineFact } from './knowledge-base.ts';
import { compileLexicon } from './lexicon.ts';

/**
 * Where a text names a medicine of the knowledge base: generic names in several languages and
 * single-ingredient brands, case-insensitive, whole words ("Tylenol", "paracétamol", "布洛芬").
 * Longer names win ("Sudafed PE" is phenylephrine, "Sudafed" pseudoephedrine).
 */

export interface MedicineMention {
  medicine: MedicineFact;
  start: number;
  end: number;
}

const key = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ');

const BY_NAME = new Map<string, MedicineFact>();
for (const medicine of KNOWLEDGE_BASE.medicines) {
  for (const name of [...medicine.names, ...medicine.brands]) BY_NAME.set(key(name), medicine);
}

export const MEDICINE_PATTERN = compileLexicon([...BY_NAME.keys()], { global: true });

/** Every mention in `text[from, to)`, in order. */
export function findMedicineMentions(text: string, from = 0, to = text.length): MedicineMention[] {
  const mentions: MedicineMention[] = [];
  MEDICINE_PATTERN.lastIndex = from;
  for (let match = MEDICINE_PATTERN.exec(text); match !== null; match = MEDICINE_PATTERN.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    const medicine = BY_NAME.get(key(match[0]));
    if (medicine) mentions.push({ medicine, start: match.index, end });
  }
  return mentions;
}
