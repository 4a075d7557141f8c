import { monthNumber } from '../calendar-date.ts';
import type { KeywordHit } from '../keywords.ts';
import type { Acceptance, MatchContext, PiiRule } from '../rule.ts';
import { wordsAfter, wordsBefore, type Word } from '../words.ts';

/*
 * Postal addresses. No cheap heuristic reads every address in the world, so these rules look for
 * the parts that are hard to mistake: a house number next to a street-type word (in the order the
 * language writes it), a unit marker (Apt., Suite), a postal line after it, the military APO/FPO
 * form, P.O. boxes, and the words people use to introduce an address. Each piece of supporting
 * evidence raises the tier; a bare "number + Name Street" in capitalised form is the weakest that
 * counts. Words are read with plain loops (lib/pii/words.ts) and looked up in sets: unanchored
 * regular expressions over the text around every number were the detector's main cost.
 */

/** Street types written after the name as a separate word (English and a few others). */
const SUFFIX_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'dr', 'lane', 'ln', 'boulevard', 'blvd', 'court', 'ct', 'place',
  'pl', 'terrace', 'tce', 'way', 'crescent', 'cres', 'close', 'parkway', 'pkwy', 'highway', 'hwy', 'square', 'sq', 'circle',
  'cir', 'trail', 'trl', 'turnpike', 'tpke', 'row', 'mews', 'grove', 'gardens', 'walk', 'alley', 'plaza', 'pike', 'expressway',
  'freeway', 'heights', 'str', 'strasse', 'straße', 'gasse', 'weg', 'allee', 'vej', 'gate', 'gata', 'gatan', 'veien', 'vegen',
  'vegur', 'braut', 'katu', 'tie', 'tee', 'tänav', 'põik', 'utca', 'u', 'út', 'útja', 'tér', 'körút', 'köz', 'sor', 'ulica',
  'cesta', 'trg', 'straat', 'laan', 'gracht', 'plein', 'kade', 'stræde', 'gade',
]);

/**
 * Street types glued to the end of the name ("Friedhofstrasse", "Nybyvägen", "Koskikatu"),
 * longest first. Endings common in English words (-ring, -tee, -moor) are left out.
 */
const COMPOUND_SUFFIXES = [
  'straße', 'strasse', 'straat', 'str', 'gasse', 'weg', 'allee', 'platz', 'damm', 'ufer', 'chaussee', 'steig', 'vej', 'vägen',
  'väg', 'gatan', 'gata', 'gränd', 'veien', 'vegen', 'vegur', 'gate', 'gaten', 'gade', 'stræde', 'straeti', 'stræti', 'braut',
  'katu', 'tie', 'kuja', 'polku', 'kaari', 'tänav', 'laan', 'gracht', 'kade', 'plein', 'singel', 'dijk', 'steeg', 'utca',
  'ulica', 'cesta', 'wei',
].sort((a, b) => b.length - a.length);

/** Street types written before the name ("Rue de Virton 38", "Via Tasso 129", "ul. Słowicza 10"). */
const PREFIX_TYPES = new Set([
  'rue', 'avenue', 'av', 'avda', 'avenida', 'boulevard', 'bd', 'chemin', 'allée', 'impasse', 'quai', 'place', 'route', 'via',
  'viale', 'vicolo', 'piazza', 'piazzale', 'corso', 'largo', 'strada', 'rua', 'rúa', 'praça', 'travessa', 'alameda', 'estrada',
  'calle', 'carrer', 'paseo', 'plaza', 'camino', 'carretera', 'ulica', 'aleja', 'trg', 'odos', 'leoforos',
]);
/** Polish "ul."/"al." count only with their dot: bare "al"/"ul" are Spanish and Romanian words. */
const DOTTED_PREFIXES = new Set(['ul.', 'al.']);
/** Prefix types that are also ordinary English words: only capitalised ones count in cased text. */
const AMBIGUOUS_PREFIXES = new Set(['place', 'route', 'via', 'plaza', 'av', 'bd']);

/**
 * Street-type words that are written in lower case after the name in their language (Hungarian,
 * Estonian, Norwegian, Finnish, Slavic, Dutch, and "street" itself). Any other type word
 * ("Place", "Row", "Platz") is an ordinary word when it is not capitalised.
 */
const LOWER_CASE_TYPES = new Set([
  'utca', 'u', 'út', 'útja', 'tér', 'körút', 'köz', 'sor', 'tee', 'tänav', 'põik', 'gate', 'gata', 'gatan', 'veien', 'vegen',
  'vegur', 'vej', 'gade', 'katu', 'tie', 'ulica', 'cesta', 'trg', 'straat', 'laan', 'str', 'street', 'st',
]);

const STOP_WORDS = new Set([
  'am', 'pm', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'percent', 'times', 'people', 'persons', 'items', 'page', 'pages', 'chapter', 'section', 'step', 'steps',
  'level', 'gate', 'platform', 'terminal', 'version', 'article', 'verse', 'psalm', 'line', 'lines', 'option', 'question',
  'part', 'episode', 'season', 'volume', 'table', 'figure', "o'clock", 'o’clock', 'dollars', 'euros', 'usd', 'eur', 'kg', 'km',
  'miles', 'mi', 'ft', 'feet', 'meters', 'bytes', 'eggs', 'apples', 'students', 'cars', 'books', 'points', 'goals', 'votes',
]);

/** Words that may precede a street name but are not part of it. */
const FUNCTION_WORDS = new Set([
  'on', 'at', 'to', 'in', 'of', 'the', 'and', 'or', 'is', 'was', 'enter', 'from', 'near', 'by', 'for', 'with', 'lives', 'live',
  'meet', 'me', 'you', 'it', "it's", 'a', 'an', 'my', 'his', 'her', 'our', 'their', 'north', 'south', 'east', 'west', 'side',
  'she', 'he', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'can', 'will', 'please', 'then',
]);

/** Lower-case words inside street names ("Rue de Virton", "Avenida da Liberdade", "van Gijn"). */
const PARTICLES = new Set([
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'los', 'las', 'van', 'von', 'der',
  'den', 'het', 'ter', 'te', 'y', 'e', 'i', 'al', 'ul', 'st', 'st.', 'dr', 'dr.',
]);

/** Words that say a place is meant: "email address" and "IP address" are not postal. */
const NOT_POSTAL_ADDRESS = new Set([
  'email', 'e-mail', 'mail', 'ip', 'mac', 'web', 'url', 'memory', 'wallet', 'network', 'server', 'host', 'hardware', 'physical',
  'virtual', 'base', 'link', 'broadcast', 'ipv4', 'ipv6', 'bitcoin', 'ethereum', 'contract',
]);
/** Nouns that make "… is at/on/in" introduce a location ("the bus station is on …"). */
const PLACE_NOUNS = new Set([
  'office', 'store', 'shop', 'restaurant', 'clinic', 'house', 'home', 'apartment', 'flat', 'station', 'stop', 'building',
  'hotel', 'school', 'hospital', 'entrance', 'studio', 'warehouse', 'headquarters', 'hq', 'cafe', 'café', 'bar', 'church',
]);

/** Unit markers that follow a street line ("Apt. 641", "Suite 979", "#12"), after quoting marks. */
export const UNIT_AFTER = /[,\s>?|]{0,8}(?:apt\.?|apartment|suite|ste\.?|unit|flat|room|rm\.?|fl\.?|floor|#|wohnung|whg\.?|appartement|piso|porta|interno|int\.)\s?#?\s?[0-9]{1,5}[A-Za-z]?(?![0-9A-Za-z])/iy;
/** A unit marker just before the street ("Suite 913 0547 Bygget 91"). */
export const UNIT_BEFORE = /(?:apt\.?|apartment|suite|ste\.?|unit|flat)\s?#?\s?[0-9]{1,5}[A-Za-z]?[ ,]{1,2}(?:[0-9]{1,6} )?$/i;
/** Non-digit text (city, country lines) then a 4–5-digit postal code: "…, Grubbenvorst, Netherlands 04020". */
export const POSTAL_AFTER = /[^0-9]{1,120}?(?:[A-Z]{2,3}\s{1,3})?[0-9]{4,5}(?:-[0-9]{4})?(?![0-9])/y;
/** Right after address words: filler ("is", "it's", "the following"), then the value (captured). */
export const ADDRESS_SHAPE =
  /(?:[\s:,'"-]{0,8}(?:(?:is|was|it is|it's|at|on|in|to|the|of|following|here|they are|here they are|same)[\s:,]{1,3}){0,4}((?:[0-9]{1,6}[A-Za-z]? )?(?:[\p{L}][\p{L}'’.-]{0,24} ){1,5}[0-9]{1,5}[A-Za-z]?(?![0-9A-Za-z])|[0-9]{1,6}[A-Za-z]?,? (?:[0-9]{1,5} )?[\p{L}][\p{L}'’.-]{0,24}(?: [\p{L}][\p{L}'’.-]{0,24}){0,3}))?/duy;
/** Further into the sentence after address words: a capitalised name and a number. */
export const NAME_NUMBER_LATER = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]{2,24}(?: [\p{L}][\p{L}'’.-]{0,24}){0,2} [0-9]{1,5}[A-Za-z]?(?![0-9A-Za-z])/u;
/** After a sending verb: "send it to", "taxi to", "ship the parcel to". */
export const VERB_THEN_TO = /(?: [\p{L}']{1,20}){0,4}? to(?![\p{L}])/uy;

/** `value` without trailing characters from `characters` (a loop: an unanchored `[…]+$` is quadratic). */
function trimEnd(value: string, characters: string): string {
  let end = value.length;
  while (end > 0 && characters.includes(value[end - 1]!)) end -= 1;
  return value.slice(0, end);
}
const norm = (word: string) => word.toLowerCase().replace(/\.$/, '');
const wordList = (value: string): string[] => value.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
const isUpper = (word: string) => /^\p{Lu}/u.test(word);
const hasStopWord = (list: readonly string[]): boolean => list.some((word) => STOP_WORDS.has(norm(word)));
/** A sentence ends inside: "park. It takes 1". */
const crossesSentence = (value: string): boolean => /\p{Ll}{3}[.!?] /u.test(value) || /[!?;]/.test(value);
/** How many leading words are function words ("enter on hegyalja út" → 2). */
function leadingFunctionWords(list: readonly string[]): number {
  let count = 0;
  while (count < list.length && FUNCTION_WORDS.has(list[count]!.toLowerCase())) count += 1;
  return count;
}
/**
 * Name words read as a proper name: the first non-particle word capitalised, the others
 * capitalised or particles, with at most one other lower-case word (Hungarian and Estonian
 * capitalise only the first word: "Árpád fejedelem útja", "Merineitsi põik").
 */
function isProperName(list: readonly string[]): boolean {
  const names = list.slice(leadingFunctionWords(list));
  const first = names.find((word) => !PARTICLES.has(word.toLowerCase()));
  if (first === undefined || !isUpper(first)) return false;
  return names.filter((word) => !isUpper(word) && !PARTICLES.has(word.toLowerCase())).length <= 1;
}
/** Casing says nothing when the text around is all lower (or all upper) case. */
function caseless(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 120), end + 120);
  return !/\p{Lu}/u.test(around) || !/\p{Ll}/u.test(around);
}
const typeCased = (type: string, text: string, index: number) =>
  isUpper(type) || LOWER_CASE_TYPES.has(norm(type)) || caseless(text, index, index + 1);
const compoundSuffix = (word: string): boolean => {
  const lower = norm(word);
  return COMPOUND_SUFFIXES.some((suffix) => lower.length >= suffix.length + 2 && lower.endsWith(suffix));
};
const isPrefixType = (word: Word, text: string): boolean =>
  PREFIX_TYPES.has(norm(word.text)) || DOTTED_PREFIXES.has(word.text.toLowerCase()) || /^[Cc]\/ $/.test(text.slice(word.start - 3, word.start));

/** The address words (kinds `address`, `address-verb`, `address-is`) that really introduce a place. */
function introducesAddress(hit: KeywordHit, text: string): boolean {
  if (hit.kind === 'address' || hit.kind === 'address-phrase') {
    const previous = wordsBefore(text, hit.start, 1)[0];
    return !(previous && NOT_POSTAL_ADDRESS.has(previous.text.toLowerCase())) && text[hit.start - 1] !== '_';
  }
  if (hit.kind === 'address-verb') {
    VERB_THEN_TO.lastIndex = hit.end;
    return VERB_THEN_TO.test(text);
  }
  if (hit.kind === 'address-is') {
    const previous = wordsBefore(text, hit.start, 1)[0];
    return previous !== undefined && PLACE_NOUNS.has(previous.text.toLowerCase());
  }
  return false;
}

const ADDRESS_KINDS = ['address', 'address-phrase', 'address-verb', 'address-is'] as const;

function addressWordsBefore(context: MatchContext, index: number, window: number): boolean {
  return context.keywords.endingIn(ADDRESS_KINDS, index - window, index).some((hit) => introducesAddress(hit, context.text));
}

/** Extends a street span over the unit markers after it ("Apt. 641", "Suite 979", "#12"). */
function unitAfter(text: string, end: number): { end: number; unit: boolean } {
  let cursor = end;
  let unit = false;
  // A unit marker may come a few words later ("Fuglie 41 Popović Dam\n Suite 860").
  const between = wordsAfter(text, cursor, 3);
  for (let skip = 0; skip <= between.length; skip += 1) {
    const from = skip === 0 ? cursor : between[skip - 1]!.end;
    UNIT_AFTER.lastIndex = from;
    if (UNIT_AFTER.test(text)) {
      cursor = from;
      break;
    }
  }
  for (let i = 0; i < 3; i += 1) {
    UNIT_AFTER.lastIndex = cursor;
    const next = UNIT_AFTER.exec(text);
    if (!next) break;
    cursor += next[0].length;
    unit = true;
  }
  return unit ? { end: cursor, unit } : { end, unit };
}

/** A unit marker just before a street that starts at `start` ("Suite 913 0547 Bygget 91"). */
const unitBefore = (text: string, start: number): boolean => UNIT_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/** A postal line after a street that ends at `end` (city and country lines, then a postal code). */
function postalLineAfter(text: string, end: number): boolean {
  POSTAL_AFTER.lastIndex = end;
  const postal = POSTAL_AFTER.exec(text);
  const before = postal ? trimEnd(postal[0], '0123456789-') : '';
  return postal !== null && /^[,\s>?|]/.test(before) && /\p{L}/u.test(before) && (before.match(/\n/g)?.length ?? 0) <= 4 && !/[!;:]|https?/.test(before);
}

interface NameEvidence {
  proper: boolean;
  caseless: boolean;
  longWord: boolean;
}

/** The tier from the evidence around a street; undefined when there is none worth reporting. */
function streetAcceptance(context: MatchContext, start: number, end: number, name: NameEvidence, requireUnit = false): Acceptance | undefined {
  const { text } = context;
  const extended = unitAfter(text, end);
  const unitFirst = unitBefore(text, start);
  if (requireUnit && !extended.unit && !unitFirst) return undefined;
  // A building number written before the street number ("62573 103 Cassidy Street").
  const lead = /(?:^|[^0-9A-Za-z])([0-9]{1,6}[ ,]{1,2})$/.exec(text.slice(Math.max(0, start - 8), start));
  const spanStart = lead ? start - lead[1]!.length : start;
  let tier: string | undefined;
  if (extended.unit || unitFirst) tier = 'unit';
  else if (postalLineAfter(text, extended.end)) tier = 'postal';
  else if (addressWordsBefore(context, start, 64)) tier = 'context';
  else if (name.proper) tier = 'plain';
  else if (name.caseless && name.longWord) tier = 'weak';
  if (!tier) return undefined;
  return { tier, start: spanStart, end: extended.end };
}

function evidenceOf(names: readonly Word[], text: string, index: number): NameEvidence {
  const list = names.map((word) => word.text);
  return { proper: isProperName(list), caseless: caseless(text, index, index + 1), longWord: list.some((word) => /\p{L}{4}/u.test(word)) };
}

/** "103 Cassidy Street", "20 Rue Hsine": the house number first. */
function numberFirst(context: MatchContext, start: number, end: number): Acceptance | undefined | null {
  const { text } = context;
  const after = wordsAfter(text, end, 6, true);
  if (after.length === 0) return null;
  if (isPrefixType(after[0]!, text) && after.length > 1) {
    // The name: the first word, then words while they are capitalised or particles.
    const names: Word[] = [];
    for (const word of after.slice(1, 5)) {
      const nameLike = isUpper(word.text) || PARTICLES.has(word.text.toLowerCase()) || caseless(text, start, end);
      if (names.length > 0 && !(nameLike || SUFFIX_WORDS.has(norm(word.text)))) break;
      names.push(word);
    }
    const list = names.map((word) => word.text);
    if (hasStopWord(list) || leadingFunctionWords(list) > 0 || crossesSentence(text.slice(after[0]!.start, names.at(-1)!.end))) return undefined;
    if (AMBIGUOUS_PREFIXES.has(norm(after[0]!.text)) && !isUpper(after[0]!.text) && !caseless(text, start, end)) return undefined;
    return streetAcceptance(context, start, names.at(-1)!.end, evidenceOf(names, text, start));
  }
  if (text[end] === ',') return null;
  for (let k = 1; k < Math.min(after.length, 5); k += 1) {
    const type = after[k]!;
    if (!SUFFIX_WORDS.has(norm(type.text))) continue;
    const names = after.slice(0, k);
    const list = names.map((word) => word.text);
    if (hasStopWord(list) || leadingFunctionWords(list) > 0 || crossesSentence(text.slice(end, type.end))) return undefined;
    if (!typeCased(type.text, text, start)) return undefined;
    return streetAcceptance(context, start, type.end, evidenceOf(names, text, start));
  }
  return null;
}

/** "Friedhofstrasse 33", "Via Tasso 129", "Wesselényi u. 94.", "Buerlia 227 Apt. 391": the name first. */
function nameFirst(context: MatchContext, start: number, end: number): Acceptance | undefined {
  const { text } = context;
  const before = wordsBefore(text, start, 5);
  if (before.length === 0) return undefined;
  // A trailing "." after the number belongs to Hungarian and Icelandic house numbers ("u. 15.").
  const numberEnd = text[end] === '.' && /^\s/.test(text[end + 1] ?? ' ') ? end + 1 : end;
  const last = before.at(-1)!;
  let names: Word[] | undefined;
  let streetStart = 0;
  let requireUnit = false;
  if (compoundSuffix(last.text)) {
    names = [last];
    streetStart = last.start;
  }
  for (let i = before.length - 2; names === undefined && i >= 0; i -= 1) {
    if (!isPrefixType(before[i]!, text)) continue;
    const prefix = before[i]!;
    if (AMBIGUOUS_PREFIXES.has(norm(prefix.text)) && !isUpper(prefix.text) && !caseless(text, start, end)) return undefined;
    names = before.slice(i + 1);
    if (leadingFunctionWords(names.map((word) => word.text)) > 0) return undefined;
    streetStart = prefix.start - (/^[Cc]\/ $/.test(text.slice(prefix.start - 3, prefix.start)) ? 3 : 0);
  }
  if (names === undefined && before.length >= 2 && SUFFIX_WORDS.has(norm(last.text)) && typeCased(last.text, text, start)) {
    names = before.slice(-3, -1);
    streetStart = names[0]!.start;
  }
  if (names === undefined) {
    names = before.slice(-3);
    streetStart = names[0]!.start;
    requireUnit = true;
  }
  const skip = leadingFunctionWords(names.map((word) => word.text));
  names = names.slice(skip);
  if (names.length === 0) return undefined;
  if (skip > 0 && !requireUnit && streetStart < names[0]!.start) streetStart = names[0]!.start;
  if (requireUnit) streetStart = names[0]!.start;
  // Without a street type, only a unit marker makes name and number a street: look for it first.
  if (requireUnit && !unitAfter(text, numberEnd).unit && !unitBefore(text, streetStart)) return undefined;
  const list = names.map((word) => word.text);
  if (hasStopWord(list) || crossesSentence(text.slice(streetStart, start))) return undefined;
  // "February 27" is a date, not a street.
  if (monthNumber(last.text) !== undefined) return undefined;
  const evidence = evidenceOf(names, text, start);
  if (requireUnit && !evidence.proper && !evidence.caseless) return undefined;
  return streetAcceptance(context, streetStart, numberEnd, evidence, requireUnit);
}

/** A copyright mark (©, its HTML entity, "(c)", "Copyright") right before a number: the number is a year. */
const COPYRIGHT_BEFORE = /(?:©|&copy;|\(c\)|\bcopyright)\s*$/i;
/** A number of up to three digits with a "K": a race distance, a resolution or thousands. */
const KILO = /^[0-9]{1,3}[kK]$/;
/** The placeholder addresses of examples: 123/1234/12345 Main (Fake, Anywhere, Example…) Street. */
const PLACEHOLDER_STREET = /^(?:123|1234|12345)\s+(?:main|fake|anywhere|example|sample|test)\s+(?:st|street|ave|avenue|rd|road|blvd|lane|ln|drive|dr)\b/i;

/** "123 Main St.", the address every form example and code sample uses, starts at `start`: nobody's home. */
const isPlaceholderStreet = (text: string, start: number): boolean => PLACEHOLDER_STREET.test(text.slice(start, start + 40));

export const streetAddress: PiiRule = {
  id: 'street-address',
  family: 'location',
  redactAs: 'ADDRESS',
  severity: 'medium',
  description:
    'A street address: a house number next to a street-type word in the order the language writes it (123 Main Street, Friedhofstrasse 33, Via Tasso 129, Erzsébet tér 19), or name and number with a unit marker; scored by what supports it (unit marker, postal line, address words).',
  reference: 'UPU S42 international address templates; USPS Publication 28 (suffixes); Presidio STREET_ADDRESS',
  anchor: 'number',
  pattern: /(?<![0-9A-Za-z_.,:/-])[0-9]{1,5}[A-Za-z]?(?![0-9A-Za-z_]|[.,:/-][0-9])/y,
  accept(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    // "© 2024 Maple Street Bakery": a copyright year before a business named after its street.
    if (COPYRIGHT_BEFORE.test(context.text.slice(Math.max(0, start - 16), start))) return undefined;
    // "Night Trail 5K", "a 10k run", "4K screen": thousands or kilometres, not a house number with a letter.
    if (KILO.test(match[0])) return undefined;
    if (isPlaceholderStreet(context.text, start)) return undefined;
    const first = numberFirst(context, start, end);
    return first === null ? nameFirst(context, start, end) : first;
  },
  priors: { unit: 0.95, postal: 0.9, context: 0.9, plain: 0.6, weak: 0.4 },
  examples: {
    flagged: [
      'send it to 1072 Pohlstrasse 9\nSuite 858',
      'Scott had given Belle his address: 975 3968 Bay Street, Toronto',
      'Megan lives on Via Tasso 129 street.',
      'I once lived at 224 4966 Bond Street\n Suite 413\n Warwick\n United States',
      'The office is at 1600 Pennsylvania Avenue NW',
      '353 Buerlia 227\n Apt. 391\n SANDEFJORD',
      'Leveringsadresse: Nybyvägen 65, Garður',
    ],
    clean: [
      'I ran 5 miles down the road',
      'see chapter 3 of the book',
      'In 2019 the company hired 300 people',
      'In 1886, Robert Lane and Benjamin Vail',
      'During 2017, Allstate invested heavily',
      'Wer kartografierte 1562 den St. Johns River?',
      'Room 5 is free',
      'She can place 3 orders',
      'took 1st place in the KDD CUP 2021',
      '<p>&copy; 2024 Maple Street Bakery. All rights reserved.</p>',
      'Copyright 2023 Harbor Road Studios',
      '<li><strong>Night Trail 5K</strong> &ndash; Headlamps required, river views.</li>',
      '<person><street>123 Main St.</street><city>New York</city></person>',
    ],
  },
};

/** "The address of <org> is Anne-Lotte and Aqqusinersuaq 99": the value comes later in the sentence. */
function laterInSentence(text: string, from: number): Acceptance | undefined {
  const window = text.slice(from, from + 90);
  const found = NAME_NUMBER_LATER.exec(window);
  if (!found) return undefined;
  const gap = window.slice(0, found.index + found[0].length);
  const list = wordList(found[0]);
  if (crossesSentence(gap) || gap.includes('\n') || hasStopWord(list) || leadingFunctionWords(list) > 0 || !isProperName(list)) return undefined;
  if (monthNumber(list.at(-1) ?? '') !== undefined) return undefined;
  return { tier: 'later', start: from + found.index, end: from + found.index + found[0].length };
}

export const addressInContext: PiiRule = {
  id: 'address-in-context',
  family: 'location',
  redactAs: 'ADDRESS',
  severity: 'medium',
  description:
    'A number-and-name sequence right after words that introduce an address (lives at, my address is, ship to, corner of, Adresse, dirección…), for streets without a recognisable street type.',
  reference: 'Presidio context enhancement (LemmaContextAwareEnhancer) applied to address phrases',
  anchor: { keyword: ADDRESS_KINDS, at: 'end' },
  pattern: ADDRESS_SHAPE,
  accept(match, context) {
    const { text } = context;
    const from = match.index;
    const hit = context.keywords.endingAt(ADDRESS_KINDS, from).find((keyword) => introducesAddress(keyword, text));
    if (!hit) return undefined;
    // After a verb the value follows "to": "send it to 12 Main Street".
    let valueFrom = from;
    let shape = match;
    if (hit.kind === 'address-verb') {
      VERB_THEN_TO.lastIndex = from;
      const to = VERB_THEN_TO.exec(text);
      if (!to) return undefined;
      valueFrom = from + to[0].length;
      ADDRESS_SHAPE.lastIndex = valueFrom;
      shape = ADDRESS_SHAPE.exec(text) ?? match;
    }
    const range = shape.indices?.[1];
    // "located in the constellation of Pyxis, contains a star called NGC 262": after a phrase the
    // address comes at once or not at all; only "the address of … is" names it further on.
    if (!range) return hit.kind === 'address-phrase' ? undefined : laterInSentence(text, valueFrom);
    const value = trimEnd(shape[1] ?? '', " ,'’");
    const list = wordList(value);
    if (hasStopWord(list) || crossesSentence(value)) return undefined;
    // "lives in the next 10 years": the word after the number says what it counts.
    const following = wordsAfter(text, range[0] + value.length, 1)[0];
    if (following && STOP_WORDS.has(norm(following.text))) return undefined;
    const skipWords = leadingFunctionWords(list);
    const skip = skipWords > 0 ? value.indexOf(list[skipWords] ?? '') : 0;
    const named = value.slice(Math.max(0, skip));
    if (!/[0-9]/.test(named) || !/\p{L}/u.test(named)) return undefined;
    if (!isProperName(wordList(named)) && !caseless(text, range[0], range[1])) return undefined;
    if (isPlaceholderStreet(text, range[0] + Math.max(0, skip))) return undefined;
    return { tier: 'context', start: range[0] + Math.max(0, skip), end: range[0] + value.length };
  },
  priors: { context: 0.75, later: 0.6 },
  examples: {
    flagged: [
      'Tosh Olsen lives at 172 Maneeži 75, Saareküla',
      'He lives on the north side of Joaquin Suarez 2906.',
      'my new address is Bygget 64',
      'the corner of heiligengeistbrücke 77 and minik courts',
      'The address of Expert Health Data Programming Inc is Anne-Lotte and Aqqusinersuaq 99',
    ],
    clean: [
      'meet me at 5 pm',
      'my email address is private',
      'send it to page 4',
      'the IP address 10 times',
      'meet at the park. It takes 1 hour',
      'The galaxy NGC 262, located in the constellation of Pyxis, contains a star called NGC 262-10.',
      "customer = {'name': 'Jane Doe', 'address': '123 Main Street'}",
    ],
  },
};

export const militaryAddress: PiiRule = {
  id: 'military-address',
  family: 'location',
  redactAs: 'ADDRESS',
  severity: 'medium',
  description: 'A US military or diplomatic postal address: PSC/CMR/Unit with Box, ship names, and the APO/FPO/DPO line with AA/AE/AP and ZIP.',
  reference: 'USPS Publication 28 §225 (APO/FPO/DPO addresses)',
  anchor: { keyword: 'military' },
  pattern:
    /(?:(?:PSC|CMR|Unit) [0-9]{3,5},? Box [0-9]{3,5}(?:\s{1,3}(?:APO|FPO|DPO) (?:AA|AE|AP) [0-9]{5})?|(?:USS|USNS|USNV|USCGC) [\p{L}]{2,24}(?: [\p{L}]{2,24})?\s{1,3}(?:APO|FPO|DPO) (?:AA|AE|AP) [0-9]{5}|(?:APO|FPO|DPO) (?:AA|AE|AP) [0-9]{5})(?![0-9])/iuy,
  accept(match) {
    return { tier: /box|uss|usn|uscg/i.test(match[0]) ? 'full' : 'line' };
  },
  priors: { full: 0.95, line: 0.8 },
  examples: {
    flagged: ['Meet me at PSC 1437, Box 3833\nAPO AA 66791', 'it is USNV Vincent\nFPO AA 68422', 'unit 4526 box 0671\ndpo ap 40902'],
    clean: ['PSC 12 is a code', 'box 3 of 5', 'APO AA 123'],
  },
};

export const poBox: PiiRule = {
  id: 'po-box',
  family: 'location',
  redactAs: 'ADDRESS',
  severity: 'low',
  description: 'A post-office box (P.O. Box, Postfach, Apartado, Case postale, Casella postale, Caixa postal, Postbus) with its number.',
  reference: 'UPU S42; national postal operators',
  anchor: { keyword: 'po-box' },
  pattern:
    /(?:P\.? ?O\.? ?Box|Post(?:al)? Office Box|Postfach|Apartado(?: de correos)?|Case postale|Bo[iî]te postale|Casella postale|Caixa postal|Postbus)\s?#?\s?[0-9]{1,6}(?![0-9A-Za-z])/iuy,
  accept(match, { text }) {
    const extended = unitAfter(text, match.index + match[0].length);
    return { tier: extended.unit || postalLineAfter(text, extended.end) ? 'postal' : 'plain', end: extended.end };
  },
  priors: { postal: 0.9, plain: 0.7 },
  examples: {
    flagged: ["It's in P.O. Box 211 Medvedev Islands", 'Postfach 10 02 45', 'PO Box 4521, Springfield, IL 62704'],
    clean: ['a box of 12 eggs', 'the post office is closed'],
  },
};

/** US state and territory codes (USPS). */
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'.split(
    ' ',
  ),
);
/** "Springfield, IL " before a ZIP code. */
export const US_CITY_STATE = /(?:^|[^\p{L}])[A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+){0,3}, ([A-Z]{2}) $/u;

export const postalCode: PiiRule = {
  id: 'postal-code',
  family: 'location',
  redactAs: 'ADDRESS',
  severity: 'low',
  description:
    'A full postal-code line: UK postcode (area-district-sector-unit, ~15 households), or US "City, ST 12345". A quasi-identifier: low score alone, it adds up with a street.',
  reference: 'Royal Mail Postcode Address File format; USPS Publication 28',
  anchor: 'token',
  pattern:
    /(?<![0-9A-Za-z])(?:[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? [0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]?[0-9][ABD-HJLNP-UW-Z]{2}|[0-9]{5}(?:-[0-9]{4})?)(?![0-9A-Za-z])/y,
  accept(match, { text }) {
    if (/^[0-9]/.test(match[0])) {
      const city = US_CITY_STATE.exec(text.slice(Math.max(0, match.index - 60), match.index));
      if (!city || !US_STATES.has(city[1]!)) return undefined;
      return { tier: 'us', start: match.index - (city[0].length - (/^[^\p{L}]/u.test(city[0]) ? 1 : 0)) };
    }
    // Compact UK postcodes collide with part numbers; only the spaced form is worth more.
    return { tier: match[0].includes(' ') ? 'uk' : 'uk-compact' };
  },
  priors: { us: 0.4, uk: 0.4, 'uk-compact': 0.25 },
  policyTiers: ['us', 'uk', 'uk-compact'],
  examples: {
    flagged: ['Flat 2, London SW1A 1AA', 'Springfield, IL 62704', 'Manchester M1 1AE'],
    clean: ['ZIP: 3520', 'model A1 2BC3', 'my zip code is 76400'],
  },
};

export const LOCATION_RULES: readonly PiiRule[] = [militaryAddress, streetAddress, poBox, addressInContext, postalCode];
export const LOCATION_CONTEXT_PATTERNS: readonly RegExp[] = [
  UNIT_AFTER, UNIT_BEFORE, POSTAL_AFTER, ADDRESS_SHAPE, NAME_NUMBER_LATER, VERB_THEN_TO, US_CITY_STATE, KILO, PLACEHOLDER_STREET,
];
