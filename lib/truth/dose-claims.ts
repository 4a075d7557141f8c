import type { Span } from '../core/finding.ts';
import { clauseAround } from './clauses.ts';
import { COMPARATIVE, CONDITION, DANGER, DOCTOR, LIMIT, MYTH, NEGATION, PERMISSION, REPORT } from './cues.ts';
import { doseTokens, type DoseToken } from './dose-tokens.ts';
import type { MedicineFact } from './knowledge-base.ts';
import type { MedicineMention } from './medicine-mentions.ts';
import type { TruthClaim, TruthRuleId } from './truth-rules.ts';

/**
 * Dose claims: a sentence that names an over-the-counter medicine and an amount, read as the
 * reader would act on it, and compared with the label maximum of the knowledge base.
 *
 * "take 6 Advil 400 mg tablets every 4 hours" → 6 × 400 mg per dose × 6 doses a day = 14,400 mg,
 * against ibuprofen's 3,200 mg ceiling. The arithmetic is bounded (counts ≤ 100, ≤ 48 doses a
 * day) and lenient wherever the text is ambiguous (smallest tablet strength, longest interval,
 * lower end of a range), so a finding does not rest on the strict reading of a vague sentence.
 * A dose that is negated ("never take 8 g"), described as harmful ("8 g can cause liver failure"),
 * reported ("in a study, patients took…"), asked about or conditional is not a claim; a stated
 * limit ("do not exceed 4,000 mg") is one, and is right or wrong by its number.
 */

/** Counts above this are not dosing instructions ("a box of 100 tablets"). */
const MAX_COUNT = 100;
/** A number is a count of tablets when the tablet word follows within this many characters. */
const COUNT_REACH = 30;

interface DoseGroup {
  start: number;
  end: number;
  /** Milligrams per dose; undefined until a strength is known (a count of tablets of unknown strength). */
  perDoseMg?: number;
  /** A count of tablets whose strength is still to be found. */
  count?: number;
}

const between = (text: string, from: number, to: number) => (to > from ? text.slice(from, to) : '');
const RANGE_JOIN = /^\s{0,2}(?:-|–|to|or|o|ou|oder|a|à|bis)\s{0,2}$/iu;
/** What may sit between a count and its tablet word: "2 extra-strength tablets", "2 x", "two (2)". */
const COUNT_FILLER = /^[\s\p{L}()×x-]{0,30}$/u;
/** A strength written after the tablet word: "tablets of 500 mg", "comprimidos de 500 mg". */
const STRENGTH_CONNECTOR = /^\s{0,2}(?:of|de|à|von|da|di|по|x|×)\s{0,2}$/iu;
const IN_PARENTHESES = /^\s{0,2}[(（]\s{0,2}$/u;
const DURATION_AFTER = /^[\s-]{0,2}(?:hr|hrs|hour|hours|h|horas?|heures?|Stunden)(?![\p{L}])/iu;
const EACH = /^\s{0,2}(?:each|apiece|per (?:tablet|caplet|capsule|pill)|cada uno|chacun|chacune|je|ciascuna|каждая)/iu;

/** The text of [from, to) with the medicine names in it taken out ("of Tylenol " → "of "). */
function withoutMentions(text: string, from: number, to: number, mentions: readonly MedicineMention[]): string {
  let result = '';
  let at = from;
  for (const mention of mentions) {
    if (mention.start < from || mention.end > to) continue;
    result += text.slice(at, mention.start);
    at = mention.end;
  }
  return (result + text.slice(at, to)).replace(/\s+/g, ' ');
}

/** Groups the tokens of one sentence into doses: counts of tablets (with strengths) and amounts. */
function doseGroups(text: string, tokens: readonly DoseToken[], mentions: readonly MedicineMention[]): DoseGroup[] {
  const groups: DoseGroup[] = [];
  const used = new Set<number>();

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.kind !== 'number' || used.has(i) || token.value <= 0 || token.value > MAX_COUNT || !Number.isInteger(token.value)) continue;
    // "Tylenol 8 HR", "12-hour": a duration in a product name, not a count.
    if (DURATION_AFTER.test(text.slice(token.end, token.end + 8))) continue;
    let count = token.value;
    let start = token.start;
    // "1-2 tablets", "1 or 2 tablets": the lower count.
    const previous = tokens[i - 1];
    if (previous?.kind === 'number' && RANGE_JOIN.test(between(text, previous.end, token.start))) {
      count = Math.min(count, previous.value);
      start = previous.start;
      used.add(i - 1);
    }
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    const mentionAfter = mentions.find((mention) => mention.start >= token.end && mention.start - token.end <= 25);
    let group: DoseGroup | undefined;
    if (next?.kind === 'unit-form' && next.start - token.end <= COUNT_REACH && COUNT_FILLER.test(between(text, token.end, next.start))) {
      // "2 tablets", "2 extra strength caplets"
      group = { start, end: next.end, count };
      used.add(i + 1);
    } else if (next?.kind === 'mass' && next.start - token.end <= 3 && afterNext?.kind === 'unit-form' && afterNext.start - next.end <= 12) {
      // "two 500 mg tablets"
      group = { start, end: afterNext.end, perDoseMg: count * next.mg };
      used.add(i + 1).add(i + 2);
    } else if (next?.kind === 'mass' && next.start - token.end <= 3 && mentions.some((mention) => mention.start >= next.end && mention.start - next.end <= 3)) {
      // "two 500 mg Tylenol"
      const named = mentions.find((mention) => mention.start >= next.end && mention.start - next.end <= 3)!;
      group = { start, end: named.end, perDoseMg: count * next.mg };
      used.add(i + 1);
    } else if (mentionAfter && COUNT_FILLER.test(between(text, token.end, mentionAfter.start))) {
      // "6 Advil", "2 Extra Strength Tylenol", possibly followed by "400 mg tablets"
      group = { start, end: mentionAfter.end, count };
      if (next?.kind === 'mass' && next.start >= mentionAfter.end && next.start - mentionAfter.end <= 3) {
        group.perDoseMg = count * next.mg;
        group.end = next.end;
        used.add(i + 1);
        if (afterNext?.kind === 'unit-form' && afterNext.start - next.end <= 3) {
          group.end = afterNext.end;
          used.add(i + 2);
        }
      } else if (next?.kind === 'unit-form' && next.start >= mentionAfter.end && next.start - mentionAfter.end <= 3) {
        group.end = next.end;
        used.add(i + 1);
      }
    }
    if (!group) continue;
    used.add(i);
    // A strength after the tablet word: "tablets of 500 mg", "tablets (500 mg each)".
    if (group.count !== undefined) {
      const index = tokens.findIndex((candidate, at) => at > i && candidate.start >= group.end && !used.has(at));
      const strength = index >= 0 ? tokens[index] : undefined;
      if (strength?.kind === 'mass' && strength.start - group.end <= 40) {
        // "tablets of 500 mg", "tablets of Tylenol 500 mg": the medicine name may sit in between.
        const gap = withoutMentions(text, group.end, strength.start, mentions);
        const namedBetween = gap.length < strength.start - group.end;
        const each = EACH.test(text.slice(strength.end, strength.end + 24));
        if (STRENGTH_CONNECTOR.test(gap) || each || (namedBetween && /^[\s,:]{0,4}$/u.test(gap))) {
          group.perDoseMg = group.count * strength.mg;
        } else if (IN_PARENTHESES.test(gap)) {
          group.perDoseMg = strength.mg; // "2 tablets (1,000 mg)": the dose, not the strength
        }
        if (group.perDoseMg !== undefined) {
          group.count = undefined;
          group.end = strength.end;
          used.add(index);
        }
      }
    }
    groups.push(group);
  }

  // Amounts that are not a strength of a counted tablet are doses in their own right. An amount
  // right next to a medicine name before a count ("Tylenol 500 mg: take 2 tablets") is the
  // strength of that count instead.
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.kind !== 'mass' || used.has(i)) continue;
    const countAfter = groups.find((group) => group.count !== undefined && group.start > token.end);
    const nextToName = mentions.some((mention) => Math.abs(mention.end - token.start) <= 3 || Math.abs(token.end - mention.start) <= 3);
    if (countAfter && nextToName) {
      countAfter.perDoseMg = countAfter.count! * token.mg;
      countAfter.count = undefined;
      continue;
    }
    groups.push({ start: token.start, end: token.end, perDoseMg: token.mg });
  }
  return groups.sort((a, b) => a.start - b.start);
}

/** The nearest mention to a span (before or after), within the sentence. */
function nearestMention(mentions: readonly MedicineMention[], span: Span): MedicineMention | undefined {
  let best: MedicineMention | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const mention of mentions) {
    const distance = mention.end <= span.start ? span.start - mention.end : mention.start >= span.end ? mention.start - span.end : 0;
    if (distance < bestDistance) {
      best = mention;
      bestDistance = distance;
    }
  }
  return best;
}

/** `limit`: the amount is stated as a ceiling ("do not exceed 4,000 mg", "up to 6 tablets a day"). */
type Modality = 'claim' | 'limit' | 'not-a-claim';

/** Whether the dose at `group` is asserted, from the words of its own clause. */
function modalityOf(text: string, sentence: Span, group: Span): Modality {
  const clause = clauseAround(text, sentence, group.start);
  const left = between(text, clause.start, group.start);
  const right = between(text, group.end, clause.end);
  const firstWord = /^\s*(\p{L}+)/u.exec(left)?.[1] ?? '';
  if (CONDITION.test(firstWord)) return 'not-a-claim';
  if (LIMIT.test(left)) return 'limit';
  if (COMPARATIVE.test(left)) return NEGATION.test(left) ? 'limit' : PERMISSION.test(left) ? 'claim' : 'not-a-claim';
  if (NEGATION.test(left) || NEGATION.test(right)) return 'not-a-claim';
  return 'claim';
}

/**
 * What the knowledge base says about a dose; undefined when it is within the label. `perDoseMg`
 * is undefined when the amount is itself a 24-hour total ("8 g a day").
 */
function judge(medicine: MedicineFact, perDoseMg: number | undefined, dailyMg: number | undefined, doctorContext: boolean): TruthRuleId | undefined {
  const highest = Math.max(dailyMg ?? 0, perDoseMg ?? 0);
  if (medicine.absoluteMaxDailyMg !== undefined && highest > medicine.absoluteMaxDailyMg) return 'dose-above-maximum';
  if (doctorContext) return undefined;
  if (highest > medicine.otcMaxDailyMg.high) return 'dose-above-label';
  if (perDoseMg !== undefined && medicine.maxSingleDoseMg !== undefined && perDoseMg > medicine.maxSingleDoseMg) return 'single-dose-above-label';
  return undefined;
}

const isQuestion = (text: string, sentence: Span) => /[?？]\s*$/u.test(text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end));

export interface DoseClaim extends TruthClaim {
  medicineId: string;
  /** The total comes from dose × frequency arithmetic, not from an amount the text states. */
  implied: boolean;
}

export interface SentenceDoses {
  claims: DoseClaim[];
  /** Medicines for which the sentence states a daily ceiling within the label ("max 6 tablets in 24 hours"). */
  cappedMedicineIds: string[];
}

/**
 * The dose claims of one sentence. `mentions` are the medicine mentions inside it; `carried` is
 * the medicine of the previous sentence when this one names none ("Tylenol is a pain reliever.
 * You can take up to 8 g a day.").
 */
export function doseClaims(text: string, sentence: Span, mentions: readonly MedicineMention[], carried?: MedicineFact): SentenceDoses {
  const none: SentenceDoses = { claims: [], cappedMedicineIds: [] };
  if (mentions.length === 0 && !carried) return none;
  const body = text.slice(sentence.start, sentence.end);
  if (isQuestion(text, sentence) || DANGER.test(body) || REPORT.test(body) || MYTH.test(body)) return none;
  const tokens = doseTokens(text, sentence.start, sentence.end);
  if (!tokens.some((token) => token.kind === 'mass' || token.kind === 'number')) return none;
  const doctorContext = DOCTOR.test(body);
  const groups = doseGroups(text, tokens, mentions);

  const result: SentenceDoses = { claims: [], cappedMedicineIds: [] };
  groups.forEach((group, index) => {
    const mention = nearestMention(mentions, group);
    const medicine = mention?.medicine ?? carried;
    if (!medicine) return;
    const perDoseMg = group.perDoseMg ?? (group.count !== undefined && medicine.smallestAdultUnitMg !== undefined ? group.count * medicine.smallestAdultUnitMg : undefined);
    if (perDoseMg === undefined || !(perDoseMg > 0)) return;
    // How often: the frequency after this dose (before the next one), else the one just before it.
    const nextStart = groups[index + 1]?.start ?? sentence.end;
    const previousEnd = groups[index - 1]?.end ?? sentence.start;
    const after = tokens.find((token) => (token.kind === 'interval' || token.kind === 'per-day') && token.start >= group.end && token.start < nextStart);
    const before = [...tokens].reverse().find((token) => (token.kind === 'interval' || token.kind === 'per-day') && token.end <= group.start && token.start >= previousEnd);
    const frequency = after ?? before;
    const dailyMg = frequency?.kind === 'interval' ? perDoseMg * frequency.dosesPerDay : frequency?.kind === 'per-day' ? perDoseMg : undefined;
    const modality = modalityOf(text, sentence, group);
    if (modality === 'not-a-claim') return;
    if (modality === 'limit' && (dailyMg ?? perDoseMg) <= medicine.otcMaxDailyMg.high) result.cappedMedicineIds.push(medicine.id);
    const rule = judge(medicine, frequency?.kind === 'per-day' ? undefined : perDoseMg, dailyMg, doctorContext);
    if (!rule) return;
    const start = Math.min(group.start, frequency?.start ?? group.start, mention?.start ?? group.start);
    const end = Math.max(group.end, frequency?.end ?? group.end, mention?.end ?? group.end);
    const implied = frequency?.kind === 'interval' && frequency.dosesPerDay > 1 && rule !== 'single-dose-above-label' && perDoseMg <= (medicine.absoluteMaxDailyMg ?? medicine.otcMaxDailyMg.high);
    if (!result.claims.some((claim) => claim.rule === rule)) result.claims.push({ rule, start, end, medicineId: medicine.id, implied });
  });
  return result;
}
