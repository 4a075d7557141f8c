import type { Category } from '../core/category.ts';
import { oneOf } from '../core/one-of.ts';

/**
 * The label of each row of the bundled exemplar index: `benign` for the reference set of ordinary
 * traffic, otherwise the attack family (the dataset's `family` names). A row stores the family's
 * position in this list as one byte, so the list may only ever grow at the end; changing an
 * existing position needs a new index format version.
 */
export const EXEMPLAR_FAMILIES = ['benign', 'jailbreak', 'injection', 'injection_indirect', 'exfil', 'harmful', 'tool'] as const;

export type ExemplarFamily = (typeof EXEMPLAR_FAMILIES)[number];
export type AttackFamily = Exclude<ExemplarFamily, 'benign'>;

export const BENIGN_CODE = 0;

/**
 * The category a finding gets when its nearest attack exemplar is of this family: the same split
 * the prompt-attack rules use (exfiltration and code payloads are their own categories), and
 * harmful requests belong to content-safety, so that a profile's thresholds for each apply.
 */
export const FAMILY_CATEGORY: Readonly<Record<AttackFamily, Category>> = {
  jailbreak: 'prompt-attack',
  injection: 'prompt-attack',
  injection_indirect: 'prompt-attack',
  exfil: 'exfiltration',
  harmful: 'content-safety',
  tool: 'code-intent',
};

export const familyCode = (family: ExemplarFamily): number => EXEMPLAR_FAMILIES.indexOf(family);

export const isExemplarFamily = oneOf(EXEMPLAR_FAMILIES);
