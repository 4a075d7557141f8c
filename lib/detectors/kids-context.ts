import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding, Severity, Span } from '../core/finding.ts';
import type { TextView } from '../core/normalized-text.ts';
import { DISTRESS_SIGNALS } from '../kids/distress-signals.ts';
import { FICTION, HARM_VOCABULARY, SCHOOL_QUESTION } from '../rules/kids-context/framing.ts';
import {
  ACTING_INTENT,
  HARM_REQUEST_RULES,
  HARM_TO_OTHERS,
  INSTRUCTION_IN_FICTION,
  REAL_TARGET,
  type HarmRequestRule,
} from '../rules/kids-context/harm-requests.ts';

/** The profile this detector serves; every other profile skips it. */
export const KIDS_PROFILE_ID = 'kids';

/** Views scanned per text (canonical, leetspeak, skeleton and a few decoded layers). */
const MAX_VIEWS = 8;
/** Characters scanned per view whatever the profile says: a child's message is short. */
const HARD_MAX_CHARS_PER_VIEW = 20_000;
/** A clause longer than this is cut: the co-occurrence test is about one request, not a page. */
const MAX_CLAUSE_CHARS = 400;
/** Clauses: runs of text between sentence ends (linear scan, no backtracking). */
const CLAUSE = /[^.!?\n;]+/gu;

/**
 * Requests whose fiction or game wrapper does not make them safe for a child: sexual content,
 * self-harm instructions and lethal challenges are harmful in a story too, and a game's name in
 * "my friend from roblox wants to pick me up" does not make the meeting a game.
 */
const HARMFUL_IN_FICTION = new Set(['sexual', 'self-harm-instructions', 'dangerous-challenge', 'stranger-meeting']);
/** Sexual content is reported without an asking-to-act phrase ("tell me a sexy story"). */
const NO_INTENT_NEEDED = new Set(['sexual']);

const SCORES: Readonly<Record<string, { score: number; severity: Severity }>> = {
  'real-world-intent': { score: 0.9, severity: 'high' },
  weapons: { score: 0.9, severity: 'high' },
  drugs: { score: 0.8, severity: 'medium' },
  'dangerous-challenge': { score: 0.9, severity: 'high' },
  'self-harm-instructions': { score: 0.95, severity: 'critical' },
  sexual: { score: 0.85, severity: 'high' },
  'stranger-meeting': { score: 0.9, severity: 'high' },
  crime: { score: 0.8, severity: 'medium' },
};
const DISTRESS_SCORE = 0.9;

export const meta: DetectorMeta = {
  id: 'kids-context',
  description:
    'Kids profile only: tells stories, games and school questions from real-world harmful intent ("a story about a dragon fight" vs "how do I hurt someone at school"), reports harmful requests (weapons, drugs, dangerous challenges, self-harm instructions, sexual content, meeting a stranger) and distress (self-harm, abuse, grooming) in en/de/fr/es, and reports the fiction/school/everyday framing of a harmless message so the kids policy does not block it on the content-safety model alone.',
  version: '1.0.0',
  directions: ['inbound', 'outbound'],
  categories: ['content-safety'],
  cost: 'cheap',
  expectedMs: 0.1,
  // Scanning is bounded inside (HARD_MAX_CHARS_PER_VIEW per view).
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: {},
  messages: {
    'real-world-intent': 'Asks how to hurt a real person or animal (someone, a family member, a classmate, at school).',
    ...Object.fromEntries(HARM_REQUEST_RULES.map((rule) => [rule.id, rule.description])),
    ...Object.fromEntries(DISTRESS_SIGNALS.map((signal) => [signal.id, signal.description])),
    'framing-fiction': 'A story, game or made-up world: harm words here are fiction (a signal for the kids policy, no risk).',
    'framing-school': 'A school or how-the-world-works question (a signal for the kids policy, no risk).',
    'framing-everyday': 'An everyday message with no harm vocabulary at all (a signal for the kids policy, no risk).',
  },
};

interface Clause {
  text: string;
  span: Span;
}

function* clausesOf(view: TextView, limit: number): Generator<Clause> {
  const text = view.text.slice(0, limit);
  for (const match of text.matchAll(CLAUSE)) {
    const clause = match[0].slice(0, MAX_CLAUSE_CHARS);
    if (clause.trim().length === 0) continue;
    yield { text: clause, span: view.toOriginal(match.index, match.index + clause.length) };
  }
}

function firstMatchSpan(view: TextView, pattern: RegExp, limit: number): Span | undefined {
  const match = pattern.exec(view.text.slice(0, limit));
  return match ? view.toOriginal(match.index, match.index + match[0].length) : undefined;
}

/** Which harmful request, if any, a clause makes. */
function requestsIn(clause: string): Array<{ id: string; harm: HarmRequestRule['harm'] | 'S1' }> {
  const intent = ACTING_INTENT.test(clause);
  const fiction = FICTION.test(clause) && !INSTRUCTION_IN_FICTION.test(clause);
  const found: Array<{ id: string; harm: HarmRequestRule['harm'] | 'S1' }> = [];
  if (intent && !fiction && HARM_TO_OTHERS.test(clause) && REAL_TARGET.test(clause)) {
    found.push({ id: 'real-world-intent', harm: 'S1' });
  }
  for (const rule of HARM_REQUEST_RULES) {
    if (!intent && !NO_INTENT_NEEDED.has(rule.id)) continue;
    if (fiction && !HARMFUL_IN_FICTION.has(rule.id)) continue;
    if (rule.pattern.test(clause)) found.push({ id: rule.id, harm: rule.harm });
  }
  return found;
}

/**
 * One finding per rule (the first place it matched). Harm and distress findings are
 * content-safety risk; a framing finding has score 0 (no risk) and exists only so the kids
 * profile's condition can see it (`"kids-context/framing-fiction" in rules`). Framings are reported
 * only when nothing harmful was found, so a harmful request in a story never carries one.
 */
export const kidsContext: Detector = {
  meta,
  run({ text, profileId, maxScanChars }) {
    if (profileId !== KIDS_PROFILE_ID) return { status: 'skipped', reason: 'not-kids-profile' };
    const limit = Math.min(Math.max(0, maxScanChars), HARD_MAX_CHARS_PER_VIEW);
    const views = text.views.slice(0, MAX_VIEWS);
    const byRule = new Map<string, Finding>();
    const report = (rule: string, harm: Finding['harm'], span: Span, score: number, severity: Severity): void => {
      if (!byRule.has(rule)) byRule.set(rule, { ruleId: `${meta.id}/${rule}`, category: 'content-safety', severity, score, spans: [span], harm });
    };

    for (const view of views) {
      for (const clause of clausesOf(view, limit)) {
        for (const { id, harm } of requestsIn(clause.text)) report(id, harm, clause.span, SCORES[id]!.score, SCORES[id]!.severity);
      }
      for (const signal of DISTRESS_SIGNALS) {
        if (byRule.has(signal.id)) continue;
        for (const pattern of signal.patterns) {
          const span = firstMatchSpan(view, pattern, limit);
          if (span) {
            report(signal.id, signal.harm, span, DISTRESS_SCORE, 'high');
            break;
          }
        }
      }
    }
    if (byRule.size > 0) return findings([...byRule.values()]);

    const framing = framingOf(views, limit);
    return findings(framing ? [{ ruleId: `${meta.id}/${framing.rule}`, category: 'content-safety', severity: 'low', score: 0, spans: [framing.span] }] : []);
  },
};

/** The framing that makes this harmless text's harm words ordinary, if any. */
function framingOf(views: readonly TextView[], limit: number): { rule: string; span: Span } | undefined {
  const instructs = views.some((view) => INSTRUCTION_IN_FICTION.test(view.text.slice(0, limit)));
  // "What is the best way to get back at…" opens like a school question but asks to act: a
  // clause that asks to act and names harm keeps the model's say, unless it is a story or game.
  const asksToActOnHarm = views.some((view) =>
    [...clausesOf(view, limit)].some((clause) => ACTING_INTENT.test(clause.text) && HARM_VOCABULARY.test(clause.text)),
  );
  for (const [rule, pattern] of [
    ['framing-fiction', FICTION],
    ['framing-school', SCHOOL_QUESTION],
  ] as const) {
    if (rule === 'framing-fiction' && instructs) continue;
    if (rule === 'framing-school' && asksToActOnHarm) continue;
    for (const view of views) {
      const span = firstMatchSpan(view, pattern, limit);
      if (span) return { rule, span };
    }
  }
  if (views.some((view) => HARM_VOCABULARY.test(view.text.slice(0, limit)))) return undefined;
  // "How do I lure someone…", "how can I make my kid throw up": asking to act on a real person
  // with words no list foresees is not everyday; the model keeps its say.
  const asksToActOnSomeone = views.some((view) =>
    [...clausesOf(view, limit)].some((clause) => ACTING_INTENT.test(clause.text) && REAL_TARGET.test(clause.text)),
  );
  if (asksToActOnSomeone) return undefined;
  const original = views[0];
  return original ? { rule: 'framing-everyday', span: original.toOriginal(0, Math.min(original.text.length, limit)) } : undefined;
}
