import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding } from '../core/finding.ts';
import { TRUTH_CALIBRATION } from '../truth/calibration.ts';
import { findClaims } from '../truth/find-claims.ts';
import { TRUTH_RULES, TRUTH_RULE_IDS } from '../truth/truth-rules.ts';

/** Characters read whatever the profile says: bounds time on a pathological reply (the size detector reports the rest). */
const HARD_MAX_CHARS = 200_000;

export const meta: DetectorMeta = {
  id: 'truth',
  description:
    'Replies that contradict a small sourced knowledge base of high-risk facts: adult maximum doses of 21 over-the-counter medicines (with dose × frequency arithmetic), dangerous household chemical mixtures, emergency and poison-control numbers of 41 countries, and basic security facts (TLS verification off, chmod 777, CSRF/auth off, MD5/SHA-1 passwords, eval of user input). Not a general fact checker.',
  version: '1.0.0',
  directions: ['outbound'],
  categories: ['false-claim'],
  cost: 'cheap',
  expectedMs: 0.1,
  // Reading is bounded inside (the profile's maxScanChars, at most HARD_MAX_CHARS), so no text is skipped.
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: {},
  messages: Object.fromEntries(TRUTH_RULE_IDS.map((rule) => [rule, TRUTH_RULES[rule].description])),
};

export const truth: Detector = {
  meta,
  run({ text, maxScanChars }) {
    // The canonical view: invisible characters removed and NFKC applied, so "Ty\u200blenol" and
    // full-width digits read as what the user sees.
    const view = text.canonical;
    const limit = Math.min(view.text.length, Math.max(0, maxScanChars), HARD_MAX_CHARS);
    return findings(
      findClaims(view.text, limit).map(({ rule, start, end }): Finding => ({
        ruleId: `${meta.id}/${rule}`,
        category: 'false-claim',
        severity: TRUTH_RULES[rule].severity,
        score: TRUTH_CALIBRATION[rule].score,
        spans: [view.toOriginal(start, end)],
      })),
    );
  },
};
