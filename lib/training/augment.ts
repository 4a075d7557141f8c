import { AUGMENTATION_TECHNIQUE_IDS, obfuscate } from '../eval/obfuscate.ts';
import { seededRandom } from '../eval/seeded-random.ts';

/**
 * Adversarial augmentation of attack rows, so the models learn what the attack *says* rather
 * than one spelling of it:
 * - an obfuscated copy (one of the techniques the normalizer undoes: the model then learns from
 *   what normalization recovers, residue included); hidden payloads sit behind a piece of real
 *   benign text, never behind a fixed cover that would become an attack feature of its own;
 * - a perturbed copy: words dropped and neighbours swapped (a cheap stand-in for paraphrase),
 *   wrapped in a piece of ordinary text — the way an instruction hides inside a pasted document.
 */
export function augmentAttack(text: string, copies: number, seed: number, benignPool: readonly string[]): string[] {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    if (copy % 2 === 0) {
      const technique = AUGMENTATION_TECHNIQUE_IDS[Math.floor(random() * AUGMENTATION_TECHNIQUE_IDS.length)]!;
      const seedOfCopy = Math.floor(random() * 0xffffffff);
      out.push(obfuscate(technique, text, seedOfCopy, benignSnippet(random, benignPool, MAX_COVER)));
    } else {
      out.push(wrapInDocument(perturbWords(text, random), random, benignPool));
    }
  }
  return out;
}

/** Drops ~10% of words and swaps ~5% of neighbouring pairs. */
export function perturbWords(text: string, random: () => number): string {
  const words = text.split(/(\s+)/u).filter((part) => !/^\s+$/u.test(part));
  const kept = words.filter(() => random() >= 0.1);
  for (let i = 0; i + 1 < kept.length; i++) {
    if (random() < 0.05) [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
  }
  return (kept.length > 0 ? kept : words).join(' ');
}

/** Longest piece of benign text put in front of a hidden payload (a short visible message). */
const MAX_COVER = 160;
/** Longest piece of benign text an instruction is wrapped in (a pasted document). */
const MAX_DOCUMENT = 400;

/** The start of a random benign row, or undefined without a pool. */
function benignSnippet(random: () => number, benignPool: readonly string[], maxChars: number): string | undefined {
  if (benignPool.length === 0) return undefined;
  return `${(benignPool[Math.floor(random() * benignPool.length)] ?? '').slice(0, maxChars)} `;
}

function wrapInDocument(text: string, random: () => number, benignPool: readonly string[]): string {
  if (benignPool.length === 0 || random() < 0.5) return text;
  const snippet = benignSnippet(random, benignPool, MAX_DOCUMENT)!.trimEnd();
  return random() < 0.5 ? `${snippet}\n\n${text}` : `${text}\n\n${snippet}`;
}
