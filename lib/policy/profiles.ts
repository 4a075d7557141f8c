import type { PolicyCondition, PolicyProfile, Threshold } from './profile.ts';

/**
 * The built-in profiles, as data. Thresholds are on calibrated risk (0..1), so `0.5` means "more
 * likely than not". Changing any of these bumps `version` (it is part of cache keys and audit
 * records).
 */

const block = (minRisk: number): Threshold => ({ minRisk, action: 'block' });
const warn = (minRisk: number): Threshold => ({ minRisk, action: 'warn' });
const redact = (minRisk: number): Threshold => ({ minRisk, action: 'redact' });

const BREAKER = { failureThreshold: 3, baseBackoffMs: 1_000, maxBackoffMs: 60_000 };

/**
 * In a reply, prompt-attack rules mostly find the echo of the user's own jailbreak — persona tags
 * ("[🔓DAN]", "(🔓Developer Mode Output)"), dual answers — whose outbound precision on the train
 * split is only 0.5–0.57 (lib/rules/prompt-attack/calibration.ts): whether such a reply is harmful
 * is content-safety's call. Below 0.7 they do not act on replies by themselves in `standard`
 * (train rows: benign replies flagged 4.0% → 1.7%, harmful 93.6% → 92.7%). Stricter profiles keep
 * acting on them.
 */
const REPLY_ROLE_PLAY_MARKERS: PolicyCondition = {
  id: 'reply-role-play-markers',
  when: 'direction == "outbound" && risk < 0.7',
  category: 'prompt-attack',
  action: 'allow',
};

const standard: PolicyProfile = {
  id: 'standard',
  version: 2,
  description: 'For someone protecting themselves: blocks clear attacks, redacts secrets, warns on the rest.',
  categories: {
    'prompt-attack': [block(0.9), warn(0.5)],
    obfuscation: [warn(0.6)],
    secrets: [redact(0.5)],
    pii: [redact(0.7), warn(0.5)],
    'code-intent': [warn(0.7)],
    'content-safety': [block(0.9), warn(0.6)],
    manipulation: [warn(0.8)],
    exfiltration: [block(0.7), warn(0.4)],
    'dangerous-command': [warn(0.5)],
    'package-hallucination': [warn(0.5)],
    'false-claim': [warn(0.6)],
    'unsafe-json': [warn(0.6)],
    drift: [warn(0.7)],
    oversize: [warn(0.5)],
    'detector-failure': [warn(0.5)],
  },
  conditions: [REPLY_ROLE_PLAY_MARKERS],
  onDetectorFailure: 'warn',
  detectorTimeoutMs: 250,
  latencyBudgetMs: 50,
  maxScanChars: 100_000,
  shadow: [],
  disabled: [],
  breaker: BREAKER,
};

const strict: PolicyProfile = {
  ...standard,
  id: 'strict',
  description: 'Lower thresholds and blocks instead of warnings; fails closed.',
  categories: {
    'prompt-attack': [block(0.6), warn(0.35)],
    obfuscation: [block(0.7), warn(0.4)],
    secrets: [redact(0.35)],
    pii: [redact(0.5), warn(0.35)],
    'code-intent': [block(0.8), warn(0.5)],
    'content-safety': [block(0.7), warn(0.45)],
    manipulation: [warn(0.6)],
    exfiltration: [block(0.5), warn(0.3)],
    'dangerous-command': [block(0.8), warn(0.4)],
    'package-hallucination': [block(0.8), warn(0.4)],
    'false-claim': [warn(0.5)],
    'unsafe-json': [block(0.8), warn(0.5)],
    drift: [block(0.8), warn(0.6)],
    oversize: [block(0.5)],
    'detector-failure': [block(0.5)],
  },
  conditions: [],
  onDetectorFailure: 'fail-closed',
  latencyBudgetMs: 100,
};

/**
 * The content-safety model reads a dragon fight, "why did WW2 start" and even "how can I be a good
 * friend?" as harm: on children's questions and stories it blocked 20–30% of harmless messages
 * (datasets/kids, tune split). In `kids` the kids-context detector (lib/detectors/kids-context.ts)
 * reports when a message is a story or game, a school question, or has no harm vocabulary at all —
 * and only when it found no harmful request and no distress in it. Then the model's score alone
 * does not act; kids-context's own findings (real-world intent, weapons, distress…) and every
 * other category still do. Both directions: a story reply is fiction too.
 */
const KIDS_FICTION_OR_SCHOOL: PolicyCondition = {
  id: 'kids-fiction-or-school',
  when: '"kids-context/framing-fiction" in rules || "kids-context/framing-school" in rules || ("kids-context/framing-everyday" in rules && risk < 0.9)',
  category: 'content-safety',
  action: 'allow',
};

const kids: PolicyProfile = {
  ...strict,
  id: 'kids',
  version: 3,
  description: 'For children: harmful content blocked both ways; personal data never leaves.',
  categories: {
    ...strict.categories,
    pii: [block(0.6), redact(0.35)],
    'content-safety': [block(0.5), warn(0.3)],
    manipulation: [block(0.8), warn(0.5)],
  },
  conditions: [KIDS_FICTION_OR_SCHOOL],
  maxScanChars: 20_000,
};

const enterprise: PolicyProfile = {
  ...strict,
  id: 'enterprise',
  description: 'For managed deployments: data-loss prevention first; fails closed; admins add conditions.',
  categories: {
    ...strict.categories,
    secrets: [redact(0.3)],
    pii: [redact(0.45), warn(0.3)],
    'content-safety': [block(0.8), warn(0.5)],
  },
};

export const PROFILES: Readonly<Record<string, PolicyProfile>> = { standard, strict, kids, enterprise };

export const PROFILE_IDS = Object.keys(PROFILES);

export const DEFAULT_PROFILE_ID = 'standard';
