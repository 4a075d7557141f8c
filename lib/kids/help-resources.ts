import type { VerdictSummary } from '../messaging/verdict-summary.ts';
import { currentLocale, t, type Locale, type MessageId } from '../ui/i18n.ts';
import { isDistressRuleId } from './distress-rule-id.ts';

/**
 * What a child sees when a message shows distress (self-harm, abuse, grooming): a few short, kind
 * sentences and free helplines, in the child's language, shown with the verdict instead of only
 * "blocked". Plain data: the panel renders it with textContent and one anchor; nothing is fetched.
 *
 * The numbers (checked 2025; keep them in one place so a change is one edit):
 * - UK: Childline 0800 1111 (free, 24/7).
 * - US: 988 Suicide & Crisis Lifeline, call or text 988.
 * - Canada: Kids Help Phone, text CONNECT to 686868 or call 1-800-668-6868 (24/7, English and French).
 * - Germany: Nummer gegen Kummer, Kinder- und Jugendtelefon 116 111 (free).
 * - France: 119 (Allô Enfance en Danger, 24/7, free) and 3018 (e-Enfance: online harassment and violence).
 * - 116 111 is the EU-wide harmonised number for child helplines.
 * - findahelpline.com (ThroughLine) lists helplines for other countries.
 */

export interface HelpLink {
  label: string;
  /** Opened by the user's click only (the panel's anchor has rel=noopener noreferrer). */
  url: string;
}

export interface HelpView {
  title: string;
  lines: string[];
  link: HelpLink;
}

export const FIND_A_HELPLINE_URL = 'https://findahelpline.com/';

/** Each helpline line, with the UI language whose readers most likely live there (shown first). */
const HELPLINES: ReadonlyArray<{ id: MessageId; locale?: Locale }> = [
  { id: 'kids.help.uk', locale: 'en' },
  { id: 'kids.help.us', locale: 'en' },
  { id: 'kids.help.ca' },
  { id: 'kids.help.de', locale: 'de' },
  { id: 'kids.help.fr', locale: 'fr' },
  { id: 'kids.help.eu' },
];

/** The built-in kids profile and the age-band variants customizedProfile may name (`kids-9-12`). */
export const isKidsProfileId = (profileId: string): boolean => profileId === 'kids' || profileId.startsWith('kids-');

/** The help resources in the active language; the active language's own country lines first. */
export function helpResources(): HelpView {
  const locale = currentLocale();
  const ordered = [...HELPLINES.filter((h) => h.locale === locale), ...HELPLINES.filter((h) => h.locale !== locale)];
  return {
    title: t('kids.help.title'),
    lines: [t('kids.help.intro'), ...ordered.map((h) => t(h.id)), t('kids.help.emergency')],
    link: { label: t('kids.help.more'), url: FIND_A_HELPLINE_URL },
  };
}

/** Help to show with this verdict: only for a Kids profile and a distress finding; else undefined. */
export function distressHelpFor(
  verdict: Pick<VerdictSummary, 'profileId' | 'reasons'>,
  isDistress: (ruleId: string) => boolean = isDistressRuleId,
): HelpView | undefined {
  if (!isKidsProfileId(verdict.profileId)) return undefined;
  return verdict.reasons.some((reason) => reason.ruleIds.some(isDistress)) ? helpResources() : undefined;
}
