import { obfuscate, TECHNIQUE_IDS } from '../eval/obfuscate.ts';
import { seededRandom } from '../eval/seeded-random.ts';

/**
 * Adversarial augmentation of attack rows, so the models learn what the attack *says* rather
 * than one spelling of it:
 * - an obfuscated copy (one of the techniques the normalizer undoes: the model then learns from
 *   what normalization recovers, residue included);
 * - a perturbed copy: words dropped and neighbours swapped (a cheap stand-in for paraphrase),
 *   wrapped in a piece of ordinary text — the way an instruction hides inside a pasted document.
 */
export function augmentAttack(text: string, copies: number, seed: number, benignPool: readonly string[]): string[] {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    if (copy % 2 === 0) {
      const technique = TECHNIQUE_IDS[Math.floor(random() * TECHNIQUE_IDS.length)]!;
      out.push(obfuscate(technique, text, Math.floor(random() * 0xffffffff)));
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

function wrapInDocument(text: string, random: () => number, benignPool: readonly string[]): string {
  if (benignPool.length === 0 || random() < 0.5) return text;
  const snippet = (benignPool[Math.floor(random() * benignPool.length)] ?? '').slice(0, 400);
  return random() < 0.5 ? `${snippet}\n\n${text}` : `${text}\n\n${snippet}`;
}
