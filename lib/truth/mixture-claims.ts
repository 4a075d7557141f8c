import type { Span } from '../core/finding.ts';
import { clauseAround } from './clauses.ts';
import { MYTH, NEGATION } from './cues.ts';
import { KNOWLEDGE_BASE, type ChemicalHazard } from './knowledge-base.ts';
import { compileLexicon } from './lexicon.ts';
import type { TruthClaim } from './truth-rules.ts';

/**
 * Dangerous-mixture claims: a sentence that names both agents of a hazardous pair (bleach and
 * ammonia, bleach and vinegar…) and tells the reader to combine them, with no negation in the
 * sentence and no word of danger in it or next to it. "Never mix bleach and ammonia" and
 * "Mixing bleach and ammonia releases toxic chloramine gas" are right; "mix bleach and ammonia for
 * a stronger cleaner" is the false claim. "Use bleach or vinegar" and "spray vinegar, rinse, then
 * peroxide" are not mixing.
 */

export interface AgentMention {
  agentId: string;
  start: number;
  end: number;
  /** Lower-cased text, to tell two different drain cleaners from one named twice. */
  name: string;
}

const AGENT_BY_NAME = new Map<string, string>();
for (const agent of KNOWLEDGE_BASE.chemicalAgents) {
  for (const name of agent.names) {
    const key = name.normalize('NFKC').toLowerCase();
    // "vinegar" belongs to both the acids and its own group: keep every group it is in.
    AGENT_BY_NAME.set(key, AGENT_BY_NAME.has(key) ? `${AGENT_BY_NAME.get(key)} ${agent.id}` : agent.id);
  }
}

export const AGENT_PATTERN = compileLexicon([...AGENT_BY_NAME.keys()], { global: true });

/** Words that say "put them together" on their own (in the clause that names both agents). */
export const MIXING = compileLexicon([
  'mix', 'mixes', 'mixed', 'mixing', 'mixture', 'combine*', 'combining', 'combination', 'combo', 'together', 'blend*', 'solution of', 'cocktail', 'stir*',
  'mezcl*', 'junt*', 'combina*', 'mélang*', 'ensemble', 'misch*', 'zusammen', 'mescol*', 'insieme', 'mistur*', 'смеш*', 'смесь', '混合', '混在', '一起',
  '兑', '混ぜ', '一緒',
]);

/** Verbs that put one thing into another when the two names are joined ("add alcohol to bleach"). */
const ADDING = compileLexicon(['add', 'adding', 'added', 'pour*', 'put', 'añad*', 'agreg*', 'echa*', 'ajout*', 'vers*', 'füg*', 'gib', 'geben', 'aggiung*', 'добав*', '加入', '加', '倒']);

/** Praise that turns "bleach and ammonia" into a recommendation. */
const PRAISE = compileLexicon([
  'strong*', 'better', 'more effective', 'powerful', 'great', 'best', 'boost*', 'super*', 'works', 'safe', 'fine', 'ok', 'okay', 'harmless', 'recommend*',
  'más fuerte', 'mejor', 'plus efficace', 'meilleur', 'stärker', 'besser', 'più forte', 'migliore', 'сильнее', 'лучше', '更强', '更好', '效果好',
]);

/** Two names joined directly: "bleach and ammonia", "alcohol to bleach", "lejía con amoníaco". */
const JOINED = /^[\s,]{0,3}(?:and|with|plus|\+|&|to|into|in|y|con|e|et|avec|dans|und|mit|zu|in|и|с|和|与|加|跟)(?:[\s\u00a0]{1,3}[\p{L}'-]{1,12}){0,2}[\s\u00a0]{0,3}$/iu;

/** Harm, chemistry and warning words: a sentence (or its neighbour) with one is explaining the danger. */
export const MIXTURE_DANGER = compileLexicon([
  'toxic*', 'poison*', 'danger*', 'deadly', 'lethal', 'fatal', 'harm*', 'hazard*', 'unsafe', 'not safe', 'gas', 'gases', 'fumes', 'vapor*', 'vapour*',
  'chloramine*', 'chlorine gas', 'chloroform', 'peracetic', 'react*', 'explo*', 'burn*', 'lungs', 'breath*', 'ventilat*', 'warning', 'caution', 'careful',
  'irritat*', 'corrosive', 'risk*', 'accident*', 'emergency',
  'tóxic*', 'peligr*', 'gas', 'vapores', 'toxique*', 'dangereu*', 'gaz', 'vapeurs', 'giftig*', 'gefährlich*', 'Gas', 'Dämpfe', 'tossic*', 'pericol*',
  'perigos*', 'ядовит*', 'токсич*', 'опасн*', 'газ', '有毒', '毒', '危险', '氯气', '有害', '危険', '塩素ガス',
]);

/** Alternatives between the two names: "bleach or vinegar", "vinegar instead of bleach". */
const ALTERNATIVE = compileLexicon(['or', 'either', 'versus', 'vs', 'instead of', 'rather than', 'o', 'ou', 'oder', 'oppure', 'или', '或', '或者', 'または']);

/** Used one after the other, not mixed: "separately", "rinse between", "one at a time", "both work". */
const SEPARATELY = compileLexicon([
  'separately', 'separate', 'one at a time', 'rinse*', 'instead', 'alternatively', 'both', 'each', 'apart', 'por separado', 'séparément', 'getrennt', 'separatamente', 'отдельно',
  '分开', '别々',
]);

/** Every pattern, for the ReDoS test. */
export const MIXTURE_PATTERNS: Record<string, RegExp> = { AGENT_PATTERN, MIXING, ADDING, PRAISE, JOINED, MIXTURE_DANGER, ALTERNATIVE, SEPARATELY };

const HAZARDS_BY_AGENT = new Map<string, ChemicalHazard[]>();
for (const hazard of KNOWLEDGE_BASE.chemicalHazards) {
  for (const agentId of new Set(hazard.agents)) HAZARDS_BY_AGENT.set(agentId, [...(HAZARDS_BY_AGENT.get(agentId) ?? []), hazard]);
}

/** Every agent mention in `text[from, to)`, one per group the name belongs to. */
export function findAgentMentions(text: string, from = 0, to = text.length): AgentMention[] {
  const mentions: AgentMention[] = [];
  AGENT_PATTERN.lastIndex = from;
  for (let match = AGENT_PATTERN.exec(text); match !== null; match = AGENT_PATTERN.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    const name = match[0].normalize('NFKC').toLowerCase();
    for (const agentId of (AGENT_BY_NAME.get(name) ?? '').split(' ').filter(Boolean)) {
      mentions.push({ agentId, start: match.index, end, name });
    }
  }
  return mentions;
}

const isQuestion = (body: string) => /[?？]\s*$/u.test(body);

/** Two different products of one kind: "Drano and Liquid-Plumr", "two drain cleaners", "another drain cleaner". */
function isTwoOfAKind(text: string, mentions: readonly AgentMention[]): boolean {
  if (new Set(mentions.map((mention) => mention.name)).size >= 2) return true;
  return mentions.some((mention) => {
    const before = text.slice(Math.max(0, mention.start - 20), mention.start);
    return /\b(?:two|different|another|second|both|multiple|several)\s+(?:\p{L}+\s+)?$/iu.test(before) || /s$/iu.test(mention.name);
  });
}

/**
 * The mixture claims of one sentence. `neighbours` are the sentences just before and after it:
 * a warning there ("Bleach and vinegar: a dangerous pair.") covers this one too.
 */
export function mixtureClaims(text: string, sentence: Span, mentions: readonly AgentMention[], neighbours: readonly Span[]): TruthClaim[] {
  if (mentions.length < 2 && !mentions.some((mention) => HAZARDS_BY_AGENT.get(mention.agentId)?.some((hazard) => hazard.agents[0] === hazard.agents[1]))) return [];
  const body = text.slice(sentence.start, sentence.end);
  if (isQuestion(body) || NEGATION.test(body) || MYTH.test(body) || MIXTURE_DANGER.test(body) || SEPARATELY.test(body)) return [];
  if (neighbours.some((neighbour) => MIXTURE_DANGER.test(text.slice(neighbour.start, neighbour.end)))) return [];
  const recommends = ADDING.test(body) || PRAISE.test(body);
  for (const hazard of KNOWLEDGE_BASE.chemicalHazards) {
    const [first, second] = hazard.agents;
    const firsts = mentions.filter((mention) => mention.agentId === first);
    const seconds = mentions.filter((mention) => mention.agentId === second);
    if (firsts.length === 0 || seconds.length === 0) continue;
    if (first === second) {
      if (!isTwoOfAKind(text, firsts)) continue;
      const mixed = firsts.find((mention) => {
        const clause = clauseAround(text, sentence, mention.start);
        return MIXING.test(text.slice(clause.start, clause.end));
      });
      if (mixed) return [{ rule: 'dangerous-mixture', start: mixed.start, end: mixed.end }];
    }
    for (const a of firsts) {
      for (const b of seconds) {
        if (a.start === b.start) continue;
        const [left, right] = a.start < b.start ? [a, b] : [b, a];
        const clause = clauseAround(text, sentence, left.start);
        if (right.end > clause.end) continue;
        const between = text.slice(left.end, right.start);
        if (ALTERNATIVE.test(between)) continue;
        const mixes = MIXING.test(text.slice(clause.start, clause.end)) || (JOINED.test(between) && recommends);
        if (mixes) return [{ rule: 'dangerous-mixture', start: left.start, end: right.end }];
      }
    }
  }
  return [];
}
