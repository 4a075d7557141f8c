import type { Span } from '../core/finding.ts';
import { MYTH, NEGATION } from './cues.ts';
import { KNOWLEDGE_BASE } from './knowledge-base.ts';
import { compileLexicon } from './lexicon.ts';
import type { TruthClaim } from './truth-rules.ts';

/**
 * Emergency-number claims. "In the UK, call 911": the sentence names a country and tells the
 * reader to call a number that is an emergency number somewhere (so it is meant as one) but is
 * none of that country's numbers. Each number is bound to the nearest country named in the
 * sentence, so "call 911 in the US or 999 in the UK" is right. A sentence that contrasts countries
 * ("999 is the UK's equivalent of 911") or negates ("911 does not work in the UK") is not a claim.
 *
 * Poison-control claims: a sentence about poison control that gives a U.S. toll-free number
 * other than Poison Help's 1-800-222-1222 (or, for a named country, none of its numbers).
 *
 * Caveat (in truth.md): mobile phones route 112 and 911 to the local emergency service in most
 * countries (3GPP TS 22.101), so "call 911" abroad often works from a mobile; the claim is still
 * wrong about the country's number, hence medium severity.
 */

interface Place {
  id: string;
  /** Digits of every number that is right to give for this place. */
  valid: Set<string>;
  poison: Set<string>;
}

export const digitsOf = (number: string) => number.replace(/\D/g, '');

const PLACES = new Map<string, Place>();
for (const country of KNOWLEDGE_BASE.countries) {
  const all = [...country.emergencyNumbers, ...country.otherNumbers, ...country.poisonControl].map((entry) => digitsOf(entry.number));
  PLACES.set(country.id, { id: country.id, valid: new Set(all), poison: new Set(country.poisonControl.map((entry) => digitsOf(entry.number))) });
}
for (const region of KNOWLEDGE_BASE.regions) {
  const members = region.members.map((id) => PLACES.get(id)).filter((place): place is Place => place !== undefined);
  PLACES.set(region.id, {
    id: region.id,
    valid: new Set(members.flatMap((place) => [...place.valid])),
    poison: new Set(members.flatMap((place) => [...place.poison])),
  });
}

const PLACE_BY_NAME = new Map<string, string>();
for (const place of [...KNOWLEDGE_BASE.countries, ...KNOWLEDGE_BASE.regions]) {
  for (const name of place.names) PLACE_BY_NAME.set(name.normalize('NFKC'), place.id);
}

/** Country names are proper nouns: case-sensitive, so "turkey" and "china" are not countries. */
export const PLACE_PATTERN = compileLexicon([...PLACE_BY_NAME.keys()], { global: true, caseSensitive: true });

/**
 * Emergency numbers of any country: a number in this set, said to be called, is meant as one.
 * Two-digit ones (France's 15/17/18) are left out: "17" is far more often a count than a number to call.
 */
const EMERGENCY_DIGITS = new Set(
  KNOWLEDGE_BASE.countries
    .flatMap((country) => country.emergencyNumbers.map((entry) => digitsOf(entry.number)))
    .filter((digits) => digits.length >= 3 && digits.length <= 5),
);

/** "call", "dial", "emergency number", in several languages (whole verb forms: "marcador" is a scoreboard). */
export const CALL_CUE = compileLexicon(
  [
    'call', 'calls', 'calling', 'dial', 'dialing', 'dialling', 'ring', 'phone', 'telephone', 'contact', 'reach', 'text', 'hotline', 'helpline',
    'emergency number', 'emergency numbers', 'emergency services', 'emergency line', 'number for emergencies', 'police', 'ambulance', 'fire brigade',
    'fire department',
    'llama', 'llame', 'llamar', 'llamá', 'marca', 'marque', 'marcar', 'número de emergencia', 'números de emergencia', 'emergencias',
    'appelez', 'appeler', 'appelle', 'composez', 'composer', "numéro d'urgence", 'urgences',
    'anrufen', 'ruf', 'rufen', 'rufe', 'Rufnummer', 'wählen', 'wähle', 'Notruf', 'Notrufnummer',
    'chiama', 'chiamare', 'chiami', 'numero di emergenza', 'ligue', 'ligar', 'disque', 'número de emergência',
    'звоните', 'звонить', 'позвоните', 'наберите', 'экстренн*',
    '拨打', '致电', '打电话', '报警', '急救', '電話', '通報', '緊急',
  ],
  { global: true },
);

/** A number this far from a call cue is not the number being given ("call now… 17 seconds later"). */
const CUE_REACH = 60;

/** Contrasts between countries: the numbers in such a sentence are compared, not prescribed. */
const CONTRAST = compileLexicon([
  'equivalent*', 'counterpart', 'similar to', 'like', 'unlike', 'instead', 'versus', 'vs', 'compared', 'whereas', 'rather than', 'as opposed to',
  'same as', 'different', 'differs', 'abroad', 'other countries', 'whichever', 'depending',
  'equivalente', 'como', 'a diferencia', 'en lugar', 'comme', 'contrairement', 'au lieu', 'wie', 'anders als', 'statt', 'come', 'invece', 'как', 'вместо', '相当于', '类似', '而不是', 'のような',
]);

export const POISON_CUE = compileLexicon([
  'poison control', 'poison center', 'poison centre', 'poison centers', 'poison centres', 'poison help', 'poisons information', 'poison information', 'poison hotline',
  'poison line', 'poison helpline', 'poisons centre', 'centro de toxicología', 'información toxicológica', 'centre antipoison', 'centre anti-poison', 'Giftnotruf',
  'Giftinformation*', 'centro antiveleni', 'centro de informação antivenenos', 'токсикологическ*', '中毒', '中毒110番',
]);

/**
 * A short number said as a number: not part of a longer one ("1-800-…", "2023-11-09"), not a
 * money amount or a measure. "9-1-1" and "1 1 2" are read as 911 and 112.
 */
const SHORT_NUMBER = /(?<![\p{L}\p{N}+#.,/$€£-])(\d{2,5}|\d(?:[-\u00a0 ]\d){2,3})(?![\p{N}]|[-.,/:]\p{N}|[\s\u00a0]?(?:%|°|mg|kg|km|m\b|years?|people|dollars|euros|minutes|hours|[$€£]))/gu;

/** A phone number of 6 ("13 11 26") to 15 digits, with the separators people write. */
const LONG_NUMBER = /(?<![\p{L}\p{N}])\+?\(?\d{1,4}\)?(?:[-.\u00a0 ]?\(?\d{1,4}\)?){1,5}(?![\p{N}])/gu;

export const EMERGENCY_PATTERNS = { PLACE_PATTERN, CALL_CUE, CONTRAST, POISON_CUE, SHORT_NUMBER, LONG_NUMBER };

interface PlaceMention {
  placeId: string;
  start: number;
  end: number;
}

/** Every place named in `text[from, to)`. "America" in "Latin America" is not the U.S. */
export function findPlaceMentions(text: string, from = 0, to = text.length): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  PLACE_PATTERN.lastIndex = from;
  for (let match = PLACE_PATTERN.exec(text); match !== null; match = PLACE_PATTERN.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    const placeId = PLACE_BY_NAME.get(match[0].normalize('NFKC'));
    const qualifier = /(?:North|South|Latin|Central|East|West|Southeast|Northern|Southern)[\s\u00a0]$/u.test(text.slice(Math.max(0, match.index - 11), match.index));
    if (placeId && !qualifier) mentions.push({ placeId, start: match.index, end });
  }
  return mentions;
}

/** "911 in the US", "112 en España": a place right after the number and a preposition is its place. */
const PLACE_AFTER = /^[\s\u00a0]{0,2}(?:\(|,)?[\s\u00a0]{0,2}(?:in|for|within|from|inside|en|para|au|aux|dans|pour|im|in|nel|nella|in|no|na|em|в|во|在)[\s\u00a0]{1,2}(?:the[\s\u00a0]{1,2})?$/iu;

/**
 * The place a number belongs to: the one named right after it with a preposition ("911 in the
 * US"), else the nearest one before it ("In the UK, call 999"), else the nearest after it.
 */
function placeOf(text: string, mentions: readonly PlaceMention[], span: Span): PlaceMention | undefined {
  const following = mentions.find((mention) => mention.start >= span.end && mention.start - span.end <= 16);
  if (following && PLACE_AFTER.test(text.slice(span.end, following.start))) return following;
  const before = mentions.filter((mention) => mention.end <= span.start);
  if (before.length > 0) return before[before.length - 1];
  return mentions.find((mention) => mention.start >= span.end) ?? mentions.find((mention) => mention.start < span.end);
}

/** The spans of a global pattern's matches inside a sentence. */
function matchesIn(pattern: RegExp, text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = sentence.start;
  for (let match = pattern.exec(text); match !== null && match.index < sentence.end; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return spans;
}

const isQuestion = (body: string) => /[?？]\s*$/u.test(body);

/**
 * The emergency- and poison-number claims of one sentence. `places` are the places named in it;
 * `heading` is the place of a short preceding line ("**United Kingdom:**") for list items.
 */
export function emergencyClaims(text: string, sentence: Span, places: readonly PlaceMention[], heading?: PlaceMention): TruthClaim[] {
  const body = text.slice(sentence.start, sentence.end);
  if (isQuestion(body) || NEGATION.test(body) || MYTH.test(body)) return [];
  const claims: TruthClaim[] = [];
  const candidates = places.length > 0 ? places : heading ? [heading] : [];

  const cues = candidates.length > 0 && !CONTRAST.test(body) ? matchesIn(CALL_CUE, text, sentence) : [];
  if (cues.length > 0) {
    SHORT_NUMBER.lastIndex = sentence.start;
    for (let match = SHORT_NUMBER.exec(text); match !== null && match.index < sentence.end; match = SHORT_NUMBER.exec(text)) {
      const end = match.index + match[0].length;
      if (end > sentence.end) break;
      const digits = digitsOf(match[1]!);
      if (!EMERGENCY_DIGITS.has(digits)) continue;
      if (!cues.some((cue) => Math.max(cue.start - end, match.index - cue.end) <= CUE_REACH)) continue;
      const place = placeOf(text, candidates, { start: match.index, end });
      if (!place || PLACES.get(place.placeId)?.valid.has(digits)) continue;
      const inSentence = place.start >= sentence.start;
      claims.push({ rule: 'wrong-emergency-number', start: inSentence ? Math.min(place.start, match.index) : match.index, end: inSentence ? Math.max(place.end, end) : end });
      break;
    }
  }

  if (POISON_CUE.test(body)) {
    LONG_NUMBER.lastIndex = sentence.start;
    for (let match = LONG_NUMBER.exec(text); match !== null && match.index < sentence.end; match = LONG_NUMBER.exec(text)) {
      const end = match.index + match[0].length;
      if (end > sentence.end) break;
      const digits = digitsOf(match[0]);
      if (digits.length < 6 || digits.length > 15) continue;
      const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
      const named = placeOf(text, candidates, { start: match.index, end });
      const place = named ? PLACES.get(named.placeId) : undefined;
      const isUsTollFree = national.length === 10 && /^8(?:00|33|44|55|66|77|88)/.test(national);
      const wrong = place && named?.placeId !== 'US'
        ? place.poison.size > 0 && !place.valid.has(digits) && !place.valid.has(national)
        : isUsTollFree && national !== '8002221222';
      if (wrong) {
        claims.push({ rule: 'wrong-poison-control-number', start: match.index, end });
        break;
      }
    }
  }
  return claims;
}
