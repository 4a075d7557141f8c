import { isPlausibleBirthDate, MONTH_NAME_SOURCE } from '../calendar-date.ts';
import type { PiiRule } from '../rule.ts';

const DATE_SOURCE = [
  String.raw`[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2}`,
  String.raw`[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{4}|[0-9]{2})`,
  String.raw`[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日`,
  String.raw`[0-9]{1,2}(?:st|nd|rd|th|er|º)?\.? (?:of |de )?(?:${MONTH_NAME_SOURCE})\.?,? (?:de )?[0-9]{4}`,
  String.raw`(?:${MONTH_NAME_SOURCE})\.? [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4}`,
].join('|');

/**
 * After a birth label (lib/pii/keywords.ts, kind `birth`): up to three short
 * filler words or punctuation ("DOB (as on passport):", "was born on the"), then the date,
 * captured so the span covers the date alone.
 */
export const DATE_OF_BIRTH = new RegExp(
  String.raw`[\s:,(.-]{0,4}(?:[\p{L})]{1,12}[\s:,).-]{1,3}){0,3}?((?:${DATE_SOURCE}))(?![0-9A-Za-z_])`,
  'diuy',
);

export const dateOfBirth: PiiRule = {
  id: 'date-of-birth',
  family: 'personal',
  redactAs: 'DOB',
  severity: 'medium',
  description: 'A full calendar date introduced as a date of birth (born on, DOB, geboren am, né le, fecha de nacimiento, 出生日期, …).',
  reference: 'Presidio DATE_TIME + context; GDPR Art. 4(1) (identifier when combined)',
  anchor: { keyword: 'birth', at: 'end' },
  pattern: DATE_OF_BIRTH,
  accept(match) {
    const range = match.indices?.[1];
    if (!range || !isPlausibleBirthDate(match[1] ?? '')) return undefined;
    return { tier: 'context', start: range[0], end: range[1] };
  },
  priors: { context: 0.47 },
  policyTiers: ['context'],
  examples: {
    flagged: ['She was born on 2/19/1956.', 'DOB: 1984-07-03', 'geboren am 3. März 1990 in Köln', 'Date of birth (as on passport): 12 March 1985'],
    clean: ['born in 1990', 'invoice date 2/19/1956', 'born on 31/02/1990', 'birthday party at 5'],
  },
};

export const PERSONAL_RULES: readonly PiiRule[] = [dateOfBirth];
export const PERSONAL_CONTEXT_PATTERNS: readonly RegExp[] = [DATE_OF_BIRTH];
