/**
 * Reads the dates people write next to "born on" / "DOB" (numeric day-month-year in any order a
 * locale uses, ISO, CJK 年月日, and day/month names in English, German, French, Spanish,
 * Italian, Portuguese and Dutch) and says whether they are real calendar dates a living person
 * could have been born on.
 */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'jänner'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'okt'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'dez'],
];

const MONTH_BY_NAME = new Map<string, number>();
MONTHS.forEach((names, index) => names.forEach((name) => MONTH_BY_NAME.set(name, index + 1)));

/** Month-name alternation for patterns, longest first so `september` wins over `sep`. */
export const MONTH_NAME_SOURCE = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

export const monthNumber = (name: string): number | undefined => MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isCalendarDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** A plausible birth year: not before 1890, not after `maxYear` (defaults to 2035). */
const plausibleYear = (year: number, maxYear = 2035) => year >= 1890 && year <= maxYear;

const expandYear = (year: string): number => (year.length === 2 ? (Number(year) > 35 ? 1900 : 2000) + Number(year) : Number(year));

/**
 * True when `value` is a date a person could have been born on. Numeric dates are accepted when
 * any of the orders people use (year-month-day, day-month-year, month-day-year) reads as a
 * valid date, since the locale is unknown.
 */
export function isPlausibleBirthDate(value: string): boolean {
  const cjk = /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/.exec(value);
  if (cjk) return plausibleYear(Number(cjk[1])) && isCalendarDate(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  const numeric = /^([0-9]{1,4})[./-]([0-9]{1,2})[./-]([0-9]{1,4})$/.exec(value);
  if (numeric) {
    const [, a = '', b = '', c = ''] = numeric;
    if (a.length === 4) return plausibleYear(Number(a)) && isCalendarDate(Number(a), Number(b), Number(c));
    if (c.length !== 2 && c.length !== 4) return false;
    const year = expandYear(c);
    if (!plausibleYear(year)) return false;
    return isCalendarDate(year, Number(b), Number(a)) || isCalendarDate(year, Number(a), Number(b));
  }
  const words = value.toLowerCase().match(/[\p{L}]+\.?|[0-9]+/gu) ?? [];
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    if (/^[0-9]+$/.test(word)) {
      if (word.length === 4) year = Number(word);
      else if (word.length <= 2 && day === undefined) day = Number(word);
      continue;
    }
    month ??= monthNumber(word);
  }
  return year !== undefined && month !== undefined && day !== undefined && plausibleYear(year) && isCalendarDate(year, month, day);
}
