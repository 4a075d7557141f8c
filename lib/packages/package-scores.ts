import type { Severity } from '../core/finding.ts';
import type { PackageRule } from './package-checker.ts';

/**
 * Each rule's score is the probability that a name reported by it is hallucinated, by Bayes:
 *
 *   P(hallucinated | rule) = h·P(rule | hallucinated) / (h·P(rule | hallucinated) + (1−h)·P(rule | real))
 *
 * - h, the share of hallucinated names among the packages an LLM names: Spracklen et al., "We Have a
 *   Package for You!" (USENIX Security 2025) measured 5.2 % for commercial models and 21.7 % for
 *   open ones (19.7 % overall); we take 10 %, between the two, since commercial chat apps are where
 *   the extension runs.
 * - P(rule | hallucinated) and P(rule | real): how often the rule fired on the invented and the
 *   real names of the TRAIN split of ../shared/datasets/dev/outbound_packages.jsonl (609 invented
 *   names: LibraryHalluBench; 2,835 real names: the PyPI projects LLMs named in Spracklen et al.'s
 *   study), each wrapped as `pip install NAME` (install rules) or a ```python `import NAME` block
 *   (import rules), Laplace-smoothed. Re-measure after changing the checker.
 * - npm has no labelled data: P(absent | hallucinated) is 1 − the filter's false-positive rate
 *   (0.38 %, measured on 1 M absent names when the snapshot was built); P(absent | real) is the
 *   share of Rampart's own 594 locked dependencies missing from all-the-package-names (2 of 594).
 */
export const HALLUCINATION_PRIOR = 0.1;

export interface RuleEvidence {
  /** Times the rule fired on invented names, out of how many. */
  hallucinated: { hits: number; of: number };
  /** Times it fired on real names, out of how many. */
  real: { hits: number; of: number };
}

const TRAIN_INVENTED = 609;
const TRAIN_REAL = 2_835;
const NPM_PROBES = 1_000_000;

/** Evidence per rule (counts on the TRAIN split; see above). */
export const RULE_EVIDENCE: Readonly<Record<Exclude<PackageRule, 'go-path-implausible'>, RuleEvidence>> = {
  'npm-not-found': { hallucinated: { hits: NPM_PROBES - 3_791, of: NPM_PROBES }, real: { hits: 2, of: 594 } },
  // No data tells typos apart on npm: a typo of a popular name that is not on npm is scored as
  // "not on npm" (the rule id says which).
  'npm-typosquat': { hallucinated: { hits: NPM_PROBES - 3_791, of: NPM_PROBES }, real: { hits: 2, of: 594 } },
  'pypi-typosquat': { hallucinated: { hits: 88, of: TRAIN_INVENTED }, real: { hits: 7, of: TRAIN_REAL } },
  'pypi-combosquat': { hallucinated: { hits: 57, of: TRAIN_INVENTED }, real: { hits: 103, of: TRAIN_REAL } },
  'pypi-unverified': { hallucinated: { hits: 464, of: TRAIN_INVENTED }, real: { hits: 434, of: TRAIN_REAL } },
  'python-import-typosquat': { hallucinated: { hits: 88, of: TRAIN_INVENTED }, real: { hits: 6, of: TRAIN_REAL } },
  'python-import-unverified': { hallucinated: { hits: 521, of: TRAIN_INVENTED }, real: { hits: 523, of: TRAIN_REAL } },
};

/**
 * A Go path that cannot be a module path fails to download rather than fetching someone else's
 * code, and no data measures it: reported as a low-score note.
 */
const GO_PATH_SCORE = 0.2;

export function posteriorScore(evidence: RuleEvidence, prior = HALLUCINATION_PRIOR): number {
  const ifHallucinated = (evidence.hallucinated.hits + 1) / (evidence.hallucinated.of + 2);
  const ifReal = (evidence.real.hits + 1) / (evidence.real.of + 2);
  const numerator = prior * ifHallucinated;
  return Number((numerator / (numerator + (1 - prior) * ifReal)).toFixed(3));
}

export const ruleScore = (rule: PackageRule): number => (rule === 'go-path-implausible' ? GO_PATH_SCORE : posteriorScore(RULE_EVIDENCE[rule]));

export const severityOf = (score: number): Severity => (score >= 0.85 ? 'high' : score >= 0.5 ? 'medium' : 'low');
