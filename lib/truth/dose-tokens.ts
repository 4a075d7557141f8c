/**
 * The quantities a dosing sentence is made of: amounts with a mass unit (converted to mg), dosage
 * units ("tablets", "comprimidos", "錠"), bare numbers, and how often ("every 4-6 hours", "three
 * times a day", "per day"). Each kind is found by its own global pattern with bounded quantifiers
 * (linear in the sentence, and sentences are at most 600 characters); overlaps are resolved by
 * priority, so "three times a day" is a frequency and not also a "per day".
 *
 * Ranges are read the lenient way, so that a finding never rests on the strict reading of an
 * ambiguous phrase: "1-2 tablets" counts 1, "325-650 mg" counts 325, "every 4-6 hours" counts
 * every 6 hours.
 */

export type DoseToken =
  | { kind: 'mass'; mg: number; start: number; end: number }
  | { kind: 'unit-form'; start: number; end: number }
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'interval'; dosesPerDay: number; start: number; end: number }
  | { kind: 'per-day'; start: number; end: number };

/** Digits with thousands or decimal separators: "8,000", "1.5", "1 000" (narrow no-break space). */
const NUMBER = String.raw`\d{1,6}(?:[,.\u00a0\u202f]\d{1,3}){0,3}`;
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  due: 2, quattro: 4, sei: 6, sette: 7, otto: 8, dieci: 10,
  duas: 2, três: 3, quatro: 4,
};
const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const QUANTITY = `(?:${NUMBER}|${NUMBER_WORD})`;
const RANGE_JOIN = String.raw`\s{0,2}(?:-|–|~|〜|to|or|a|à|bis|o|ou|oder|至|到)\s{0,2}`;

/**
 * Word boundaries for spaced scripts only: in "每天最多服用8克对乙酰氨基酚" the amount sits between
 * Chinese characters with no space, and is still an amount.
 */
const SPACED = String.raw`\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}`;
const BEFORE = String.raw`(?<![${SPACED}\p{N}_.,])`;
const AFTER = String.raw`(?![${SPACED}\p{N}_])`;

const MASS_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:mg|milligrams?|milligrammes?|miligramos?|milligrammi|milligramm|miligramas?|мг|毫克|ミリグラム)$/iu, 1],
  [/^(?:mcg|µg|μg|micrograms?|microgramos?|microgrammes?|mikrogramm|мкг|微克)$/iu, 0.001],
  [/^(?:g|gm|grams?|grammes?|gramos?|grammi|gramm|gramas?|г|克|グラム)$/iu, 1000],
];
const MASS_UNIT = String.raw`(?:mg|milligrams?|milligrammes?|miligramos?|milligrammi|Milligramm|miligramas?|мг|毫克|ミリグラム|mcg|µg|μg|micrograms?|microgramos?|microgrammes?|Mikrogramm|мкг|微克|gm|grams?|grammes?|gramos?|grammi|Gramm|gramas?|g|г|克|グラム)`;

/** "500 mg", "1-2 g", "325 to 650 mg"; not "15 mg/kg" or "160 mg/5 mL" (concentrations). */
const MASS = new RegExp(
  String.raw`${BEFORE}(${NUMBER})(?:${RANGE_JOIN}(${NUMBER}))?[\s\u00a0]{0,2}(${MASS_UNIT})${AFTER}(?![\s\u00a0]{0,2}(?:\/[\s\u00a0]?(?:kg|ml|l|dl|m|\d)|per[\s\u00a0]{1,3}(?:kg|kilo|ml|millilit|lit|5|teaspoon|tsp)))`,
  'giu',
);

const UNIT_FORM = new RegExp(
  String.raw`${BEFORE}(?:tablets?|tabs?|caplets?|pills?|capsules?|caps|softgels?|gelcaps?|liqui-?gels?|geltabs?|chewables?|lozenges?|comprimidos?|pastillas?|tabletas?|cápsulas?|grageas?|comprimés?|gélules?|cachets?|Tabletten?|Kapseln?|Dragees?|compresse|compressa|pastiglie|pastiglia|таблет\p{L}{0,4}|капсул\p{L}{0,3})${AFTER}|[片粒颗錠]|カプセル`,
  'giu',
);

const BARE_NUMBER = new RegExp(String.raw`${BEFORE}(${QUANTITY})${AFTER}`, 'giu');
/** Where digits start, even when a letter follows ("3x daily"): more places to try the sticky frequencies. */
const DIGIT_RUN = /(?<![\p{N}.,])\d{1,6}/gu;

/** "every 4 hours", "every 4-6 hrs", "q6h", "every hour", "hourly", in several languages. */
const INTERVALS: ReadonlyArray<{ pattern: RegExp; unitHours: number }> = [
  { pattern: new RegExp(String.raw`${BEFORE}(?:every|each)[\s\u00a0]{1,2}(?:(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{0,2})?(?:hours?|hrs?|h)${AFTER}`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`${BEFORE}(?:every|each)[\s\u00a0]{1,2}(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{0,2}(?:minutes?|mins?)${AFTER}`, 'giu'), unitHours: 1 / 60 },
  { pattern: new RegExp(String.raw`${BEFORE}q[\s\u00a0]?(\d{1,2})(?:${RANGE_JOIN}(\d{1,2}))?[\s\u00a0]?h${AFTER}`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`${BEFORE}hourly${AFTER}`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`${BEFORE}(?:a[\s\u00a0]+)?cada[\s\u00a0]{1,2}(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{0,2}(?:horas?|h)${AFTER}`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`${BEFORE}toutes[\s\u00a0]+les[\s\u00a0]{1,2}(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{0,2}(?:heures?|h)${AFTER}`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`${BEFORE}alle[\s\u00a0]{1,2}(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{0,2}(?:Stunden|Std|h)${AFTER}`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`${BEFORE}ogni[\s\u00a0]{1,2}(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{0,2}(?:ore|h)${AFTER}`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`${BEFORE}каждые[\s\u00a0]{1,2}(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{0,2}час\p{L}{0,3}`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`每(?:隔)?[\s\u00a0]{0,2}(\d{1,2})(?:${RANGE_JOIN}(\d{1,2}))?[\s\u00a0]{0,2}(?:个)?小时`, 'giu'), unitHours: 1 },
  { pattern: new RegExp(String.raw`(\d{1,2})(?:${RANGE_JOIN}(\d{1,2}))?[\s\u00a0]{0,2}時間(?:ごと|おき|毎)`, 'giu'), unitHours: 1 },
];

/**
 * "3 times a day", "tres veces al día", "3 fois par jour", "3 раза в день": these start with a
 * quantity, so they are tried sticky at the quantities found (one attempt each) instead of at every
 * position of the sentence, which the number-word alternation makes slow.
 */
const TIMES_AT_QUANTITY: readonly RegExp[] = [
  new RegExp(String.raw`(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{0,2}(?:times|x|×)[\s\u00a0]{0,2}(?:(?:a|per|each|every|\/)[\s\u00a0]{0,2})?(?:day|daily|24[\s\u00a0-]{0,2}h(?:ours?|rs?)?)${AFTER}`, 'iuy'),
  new RegExp(String.raw`(${QUANTITY})(?:${RANGE_JOIN}(${QUANTITY}))?[\s\u00a0]{1,2}(?:veces|vezes|volte|fois)[\s\u00a0]{1,2}(?:al|por|ao|par|cada)[\s\u00a0]{1,2}(?:día|dia|giorno|jour)${AFTER}`, 'iuy'),
  new RegExp(String.raw`(${QUANTITY})[\s\u00a0]{1,2}раз\p{L}?[\s\u00a0]{1,2}в[\s\u00a0]{1,2}(?:день|сутки)${AFTER}`, 'iuy'),
];

/** "twice daily", "dreimal täglich", "每天3次", "1日3回": found by their own literal starts. */
const TIMES_PER_DAY: readonly RegExp[] = [
  new RegExp(String.raw`${BEFORE}(once|twice|thrice)[\s\u00a0]{1,2}(?:(?:a|per|each|every)[\s\u00a0]{1,2})?(?:day|daily)${AFTER}`, 'giu'),
  new RegExp(String.raw`${BEFORE}(\d{1,2}|ein|zwei|drei|vier|fünf|sechs)[\s\u00a0-]{0,2}mal[\s\u00a0]{1,2}(?:täglich|am[\s\u00a0]+Tag|pro[\s\u00a0]+Tag)${AFTER}`, 'giu'),
  new RegExp(String.raw`每(?:天|日)[\s\u00a0]{0,2}(\d{1,2})(?:${RANGE_JOIN}(\d{1,2}))?[\s\u00a0]{0,2}次`, 'giu'),
  new RegExp(String.raw`(?:1|一)日[\s\u00a0]{0,2}(\d{1,2})(?:${RANGE_JOIN}(\d{1,2}))?[\s\u00a0]{0,2}回`, 'giu'),
];

/** The amount next to this marker is a 24-hour total: "4 g a day", "4,000 mg/day", "per 24 hours". */
const PER_DAY = new RegExp(
  String.raw`\/[\s\u00a0]{0,2}(?:day|d|24[\s\u00a0]?h)${AFTER}|${BEFORE}(?:(?:a|per|each|every)[\s\u00a0]{0,2}day|daily|(?:in|per|within|every|over|during)[\s\u00a0]{1,2}(?:a[\s\u00a0]{1,2}|any[\s\u00a0]{1,2}|one[\s\u00a0]{1,2})?(?:24|twenty-four)[\s\u00a0-]{0,2}(?:hours?|hrs?|h)(?:[\s\u00a0]{1,2}period)?|a[\s\u00a0]{1,2}24[\s\u00a0-]{0,2}hour[\s\u00a0]{1,2}period|(?:in|during)[\s\u00a0]{1,2}(?:one|a|a[\s\u00a0]+single)[\s\u00a0]{1,2}day|al[\s\u00a0]{1,2}día|por[\s\u00a0]{1,2}día|diari[oa]s?|en[\s\u00a0]{1,2}24[\s\u00a0]{1,2}horas|cada[\s\u00a0]{1,2}día|par[\s\u00a0]{1,2}jour|par[\s\u00a0]{1,2}24[\s\u00a0]?h(?:eures)?|quotidien\p{L}{0,3}|en[\s\u00a0]{1,2}24[\s\u00a0]?h(?:eures)?|pro[\s\u00a0]{1,2}Tag|am[\s\u00a0]{1,2}Tag|täglich|in[\s\u00a0]{1,2}24[\s\u00a0]{1,2}Stunden|Tages\p{L}{0,12}|al[\s\u00a0]{1,2}giorno|giornalier\p{L}{0,2}|in[\s\u00a0]{1,2}24[\s\u00a0]{1,2}ore|por[\s\u00a0]{1,2}dia|ao[\s\u00a0]{1,2}dia|diári\p{L}{1,2}|в[\s\u00a0]{1,2}(?:день|сутки)|суточн\p{L}{0,3})${AFTER}|每(?:天|日)|一天|日剂量|(?:1|一)日`,
  'giu',
);

/** Every pattern, for the ReDoS test. */
export const DOSE_TOKEN_PATTERNS: readonly RegExp[] = [
  MASS,
  UNIT_FORM,
  BARE_NUMBER,
  DIGIT_RUN,
  PER_DAY,
  ...INTERVALS.map((interval) => interval.pattern),
  ...TIMES_AT_QUANTITY,
  ...TIMES_PER_DAY,
];

/**
 * A number as written: "8,000" and "8.000 mg" are eight thousand, "1,5 g" and "1.5 g" one and a
 * half. A group of exactly three digits after the separator is a thousands group, except after a
 * period when the unit is grams ("1.500 g" of a medicine is never 1,500 g).
 */
export function parseQuantity(text: string, unitIsGrams = false): number | undefined {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word !== undefined) return word;
  const groups = text.split(/[,.\u00a0\u202f]/);
  const separators = text.match(/[,.\u00a0\u202f]/g) ?? [];
  if (groups.some((group) => !/^\d+$/.test(group))) return undefined;
  if (separators.length === 0) return Number(text);
  const allThousands = groups.slice(1).every((group) => group.length === 3);
  const onlyPeriods = separators.every((separator) => separator === '.');
  if (allThousands && !(onlyPeriods && separators.length === 1 && unitIsGrams)) return Number(groups.join(''));
  if (separators.length === 1) return Number(`${groups[0]}.${groups[1]}`);
  return undefined;
}

const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3, ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6 };

function timesValue(text: string): number | undefined {
  return TIMES_WORDS[text.toLowerCase()] ?? parseQuantity(text);
}

/** Doses that fit in 24 hours at this interval, capped: "every 30 minutes" is 48. */
function dosesPerDayAt(hours: number): number | undefined {
  if (!(hours > 0)) return undefined;
  return Math.min(48, Math.max(1, Math.floor(24 / hours)));
}

const PRIORITY: Record<DoseToken['kind'], number> = { interval: 0, 'per-day': 1, mass: 2, 'unit-form': 3, number: 4 };

/** The dose tokens of `text[from, to)`, in order, without overlaps. */
export function doseTokens(text: string, from = 0, to = text.length): DoseToken[] {
  const found: DoseToken[] = [];
  const scan = (pattern: RegExp, make: (match: RegExpExecArray) => DoseToken | undefined) => {
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match !== null && match.index < to; match = pattern.exec(text)) {
      if (match.index + match[0].length > to) break;
      const token = make(match);
      if (token) found.push(token);
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  };
  const span = (match: RegExpExecArray) => ({ start: match.index, end: match.index + match[0].length });

  for (const { pattern, unitHours } of INTERVALS) {
    scan(pattern, (match) => {
      const first = match[1] === undefined ? 1 : parseQuantity(match[1]);
      const second = match[2] === undefined ? undefined : parseQuantity(match[2]);
      const hours = Math.max(first ?? 0, second ?? 0) * unitHours;
      const dosesPerDay = dosesPerDayAt(hours);
      return dosesPerDay === undefined ? undefined : { kind: 'interval', dosesPerDay, ...span(match) };
    });
  }
  const timesToken = (match: RegExpExecArray): DoseToken | undefined => {
    const first = timesValue(match[1] ?? '');
    const second = match[2] === undefined ? undefined : timesValue(match[2]);
    const times = Math.min(first ?? 0, second ?? Number.POSITIVE_INFINITY);
    return times > 0 && times <= 48 ? { kind: 'interval', dosesPerDay: times, ...span(match) } : undefined;
  };
  for (const pattern of TIMES_PER_DAY) scan(pattern, timesToken);
  const quantityStarts: number[] = [];
  scan(BARE_NUMBER, (match) => {
    quantityStarts.push(match.index);
    const value = parseQuantity(match[1]!);
    return value === undefined ? undefined : { kind: 'number', value, start: match.index, end: match.index + match[0].length };
  });
  DIGIT_RUN.lastIndex = from;
  for (let match = DIGIT_RUN.exec(text); match !== null && match.index < to; match = DIGIT_RUN.exec(text)) quantityStarts.push(match.index);
  for (const start of new Set(quantityStarts)) {
    for (const pattern of TIMES_AT_QUANTITY) {
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      const token = match && match.index + match[0].length <= to ? timesToken(match) : undefined;
      if (token) {
        found.push(token);
        break;
      }
    }
  }
  scan(PER_DAY, (match) => ({ kind: 'per-day', ...span(match) }));
  scan(MASS, (match) => {
    const unit = match[3]!;
    const factor = MASS_UNITS.find(([unitPattern]) => unitPattern.test(unit))?.[1];
    // "5G" is a network, not five grams.
    if (factor === undefined || unit === 'G') return undefined;
    const low = parseQuantity(match[1]!, factor === 1000);
    if (low === undefined) return undefined;
    return { kind: 'mass', mg: low * factor, ...span(match) };
  });
  scan(UNIT_FORM, (match) => ({ kind: 'unit-form', ...span(match) }));

  found.sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - a.end);
  const tokens: DoseToken[] = [];
  for (const token of found) {
    const previous = tokens.at(-1);
    if (previous && token.start < previous.end) {
      if (PRIORITY[token.kind] < PRIORITY[previous.kind]) tokens[tokens.length - 1] = token;
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}
