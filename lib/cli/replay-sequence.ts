import { seededRandom } from '../eval/seeded-random.ts';
import { readRows } from './jsonl-rows.ts';

export interface ReplayPrompt {
  text: string;
  label: 'attack' | 'benign';
}

/** How a near-duplicate differs from the prompt it was made from. */
export const EDITS = ['whitespace', 'case', 'punctuation', 'word', 'typo'] as const;
export type Edit = (typeof EDITS)[number];

export interface ReplayStep extends ReplayPrompt {
  kind: 'new' | 'repeat' | 'near-duplicate';
  /** Index of the pool prompt this step comes from. */
  base: number;
  edit?: Edit;
}

export interface ReplayOptions {
  scans: number;
  /** Share of scans that repeat an earlier scan exactly. */
  repeatRate: number;
  /** Share of scans that are a small edit of an earlier prompt. */
  nearRate: number;
  seed: number;
}

export const DEFAULT_REPLAY_OPTIONS: ReplayOptions = { scans: 2_000, repeatRate: 0.3, nearRate: 0.15, seed: 6 };

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

function swapLetters(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/**
 * A small edit of the kind people make when they send a prompt again: trailing whitespace, case,
 * end punctuation, one word dropped or doubled, two letters swapped. Always differs from `text`.
 */
export function nearDuplicate(text: string, edit: Edit, random: () => number): string {
  let edited = text;
  const words = text.split(' ');
  switch (edit) {
    case 'whitespace':
      edited = text + pick([' ', '\n', '  '], random);
      break;
    case 'case':
      edited = text === text.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text.toLowerCase();
      break;
    case 'punctuation':
      edited = /[.?!]$/u.test(text) ? text.slice(0, -1) : text + pick(['?', '.', '!'], random);
      break;
    case 'word': {
      if (words.length >= 4) {
        const at = Math.floor(random() * words.length);
        edited = random() < 0.5 ? [...words.slice(0, at), ...words.slice(at + 1)].join(' ') : [...words.slice(0, at + 1), ...words.slice(at)].join(' ');
      }
      break;
    }
    case 'typo': {
      const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => /^[A-Za-z]{4,}$/u.test(word));
      if (candidates.length) {
        const { word, index } = pick(candidates, random);
        edited = [...words.slice(0, index), swapLetters(word, random), ...words.slice(index + 1)].join(' ');
      }
      break;
    }
  }
  return edited === text ? `${text} ` : edited;
}

/**
 * A deterministic sequence of scans with realistic repetition: a share repeat an earlier scan
 * exactly (recent ones more often: a re-send, the send after a pre-scan, a retried prompt), a share
 * are near-duplicates of an earlier prompt, the rest are prompts not seen before, in pool order.
 */
export function buildReplaySequence(pool: readonly ReplayPrompt[], options: ReplayOptions = DEFAULT_REPLAY_OPTIONS): ReplayStep[] {
  const random = seededRandom(options.seed);
  const steps: ReplayStep[] = [];
  let next = 0;
  // Recent steps are likelier to come back: index from the end with a skewed draw.
  const recent = () => steps[steps.length - 1 - Math.floor(random() ** 3 * steps.length)]!;
  while (steps.length < options.scans) {
    const roll = random();
    if (steps.length > 0 && roll < options.repeatRate) {
      const { text, label, base } = recent();
      steps.push({ text, label, base, kind: 'repeat' });
    } else if (steps.length > 0 && roll < options.repeatRate + options.nearRate) {
      const { base } = recent();
      const edit = pick(EDITS, random);
      steps.push({ text: nearDuplicate(pool[base]!.text, edit, random), label: pool[base]!.label, base, kind: 'near-duplicate', edit });
    } else {
      if (next >= pool.length) break;
      steps.push({ ...pool[next]!, base: next, kind: 'new' });
      next += 1;
    }
  }
  return steps;
}

/**
 * Prompts for the replay: a seeded uniform sample of the benign and of the attack rows of a JSONL
 * file (reservoir sampling), `attackShare` of them attacks, shuffled together. Only texts a person
 * would type into a chat box (8 to 4,000 characters) are kept. Undefined when the file is unreadable.
 */
export async function loadReplayPool(path: string, size: number, attackShare: number, seed: number): Promise<ReplayPrompt[] | undefined> {
  const random = seededRandom(seed);
  const wanted = { attack: Math.round(size * attackShare), benign: size - Math.round(size * attackShare) };
  const samples: Record<'attack' | 'benign', string[]> = { attack: [], benign: [] };
  const seen = { attack: 0, benign: 0 };
  try {
    for await (const item of readRows(path)) {
      if (!item.ok || item.row.text.length < 8 || item.row.text.length > 4_000) continue;
      const { label, text } = item.row;
      if (samples[label].length < wanted[label]) samples[label].push(text);
      else {
        const slot = Math.floor(random() * (seen[label] + 1));
        if (slot < wanted[label]) samples[label][slot] = text;
      }
      seen[label] += 1;
    }
  } catch {
    return undefined;
  }
  const pool: ReplayPrompt[] = [
    ...samples.attack.map((text) => ({ text, label: 'attack' as const })),
    ...samples.benign.map((text) => ({ text, label: 'benign' as const })),
  ];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.length ? pool : undefined;
}
