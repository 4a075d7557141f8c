import type { Span } from '../core/finding.ts';
import { doseClaims, type DoseClaim } from './dose-claims.ts';
import { emergencyClaims, findPlaceMentions, POISON_CUE } from './emergency-claims.ts';
import type { MedicineFact } from './knowledge-base.ts';
import { findMedicineMentions, type MedicineMention } from './medicine-mentions.ts';
import { findAgentMentions, mixtureClaims, type AgentMention } from './mixture-claims.ts';
import { securityClaims } from './security-claims.ts';
import { splitSentences } from './sentences.ts';
import type { TruthClaim } from './truth-rules.ts';

/**
 * Every claim in `text[0, limit)` that contradicts the knowledge base. One pass each finds the
 * medicine, chemical and place names in the whole text (linear: alternations of literals), then
 * only the sentences that contain one are read closely; security patterns run over the whole text.
 * Nothing here grows faster than the text: sentences are bounded (sentences.ts), and so are the
 * hits each pass keeps (MAX_MENTIONS).
 */

/** Mentions kept per kind and text: a reply that names Tylenol 100,000 times is read up to here. */
const MAX_MENTIONS = 2_000;
/**
 * A total implied by dose × frequency ("2 Advil every 4 hours" → 12 tablets) is not a claim when a
 * daily ceiling within the label is stated this many sentences before or after it ("Do not
 * exceed 6 tablets in 24 hours."): that is how labels themselves are written.
 */
const CAP_REACH_SENTENCES = 2;
/** A line this short that names a place is a heading for the lines under it ("**In the UK:**"). */
const HEADING_CHARS = 40;
/** Findings per text: past this the reply is already flagged many times over. */
export const MAX_CLAIMS = 32;

/** The items of `sorted` (by start) that lie inside `span`, advancing a shared cursor. */
function takeInside<T extends Span>(sorted: readonly T[], cursor: { at: number }, span: Span): T[] {
  while (cursor.at < sorted.length && sorted[cursor.at]!.start < span.start) cursor.at += 1;
  const inside: T[] = [];
  let i = cursor.at;
  while (i < sorted.length && sorted[i]!.start < span.end) {
    if (sorted[i]!.end <= span.end) inside.push(sorted[i]!);
    i += 1;
  }
  return inside;
}

export function findClaims(text: string, limit = text.length): TruthClaim[] {
  const end = Math.min(limit, text.length);
  const medicines = findMedicineMentions(text, 0, end).slice(0, MAX_MENTIONS);
  const agents = findAgentMentions(text, 0, end).slice(0, MAX_MENTIONS);
  const places = findPlaceMentions(text, 0, end).slice(0, MAX_MENTIONS);
  POISON_CUE.lastIndex = 0;
  const mentionsPoison = POISON_CUE.test(text.slice(0, end));

  const claims: TruthClaim[] = [...securityClaims(text, end)];
  if (medicines.length === 0 && agents.length === 0 && places.length === 0 && !mentionsPoison) return claims.slice(0, MAX_CLAIMS);

  const sentences = splitSentences(text, 0, end);
  const medicineCursor = { at: 0 };
  const agentCursor = { at: 0 };
  const placeCursor = { at: 0 };
  let previousMedicines: MedicineMention[] = [];
  let previousPlaces: ReturnType<typeof findPlaceMentions> = [];
  let previousSentence: Span | undefined;
  const doseResults: Array<{ sentenceIndex: number; claim: DoseClaim }> = [];
  const caps: Array<{ sentenceIndex: number; medicineId: string }> = [];

  for (let index = 0; index < sentences.length && claims.length < MAX_CLAIMS; index += 1) {
    const sentence = sentences[index]!;
    const sentenceMedicines = takeInside(medicines, medicineCursor, sentence);
    const sentenceAgents: AgentMention[] = takeInside(agents, agentCursor, sentence);
    const sentencePlaces = takeInside(places, placeCursor, sentence);

    // The medicine of the previous sentence carries over when this one names none and the
    // previous one named exactly one ("Tylenol is a pain reliever. Take up to 8 g a day.").
    const previousDistinct = new Set(previousMedicines.map((mention) => mention.medicine));
    const carried: MedicineFact | undefined =
      sentenceMedicines.length === 0 && previousDistinct.size === 1 ? previousMedicines[0]!.medicine : undefined;
    const doses = doseClaims(text, sentence, sentenceMedicines, carried);
    for (const claim of doses.claims) doseResults.push({ sentenceIndex: index, claim });
    for (const medicineId of doses.cappedMedicineIds) caps.push({ sentenceIndex: index, medicineId });

    if (sentenceAgents.length > 0) {
      const neighbours = [sentences[index - 1], sentences[index + 1]].filter((neighbour): neighbour is Span => neighbour !== undefined);
      claims.push(...mixtureClaims(text, sentence, sentenceAgents, neighbours));
    }

    const heading =
      sentencePlaces.length === 0 && previousSentence && previousSentence.end - previousSentence.start <= HEADING_CHARS && previousPlaces.length === 1
        ? previousPlaces[0]
        : undefined;
    if (sentencePlaces.length > 0 || heading || mentionsPoison) claims.push(...emergencyClaims(text, sentence, sentencePlaces, heading));

    previousMedicines = sentenceMedicines;
    previousPlaces = sentencePlaces;
    previousSentence = sentence;
  }
  for (const { sentenceIndex, claim } of doseResults) {
    const capped = caps.some((cap) => cap.medicineId === claim.medicineId && Math.abs(cap.sentenceIndex - sentenceIndex) <= CAP_REACH_SENTENCES);
    if (!claim.implied || !capped) claims.push({ rule: claim.rule, start: claim.start, end: claim.end });
  }
  return claims.sort((a, b) => a.start - b.start).slice(0, MAX_CLAIMS);
}
