import { t, type MessageId } from '../ui/i18n.ts';
import { categoryLabel } from '../ui/labels.ts';
import type { KidsAlert, WeeklyCounts } from './kids-alerts.ts';
import { kidsErrorKind } from './kids-route-errors.ts';
import { PIN_MIN_CHARS } from './pin-hash.ts';

/**
 * The parent view and the Kids forms as words: what the options page renders, decided (and
 * tested) here rather than in the components.
 */

export interface AlertRow {
  at: number;
  kind: string;
  /** Category and site, when the alert has them (`Harmful content · chatgpt.com`). */
  detail: string;
}

export const alertRow = (alert: KidsAlert): AlertRow => ({
  at: alert.at,
  kind: t(`kids.alert.${alert.kind}` as MessageId),
  detail: [alert.category ? categoryLabel(alert.category) : undefined, alert.site].filter(Boolean).join(' · '),
});

export interface WeeklyRow {
  week: string;
  category: string;
  blocked: number;
  warned: number;
  redacted: number;
}

/** One row per week and category, newest week first, categories by most blocked then name. */
export function weeklyRows(weekly: WeeklyCounts): WeeklyRow[] {
  return [...weekly]
    .sort((a, b) => b.week.localeCompare(a.week))
    .flatMap(({ week, categories }) =>
      Object.entries(categories)
        .map(([category, counts]) => ({ week, category: categoryLabel(category), blocked: counts.block, warned: counts.warn, redacted: counts.redact }))
        .sort((a, b) => b.blocked - a.blocked || a.category.localeCompare(b.category)),
    );
}

/** A route's error in the user's language (an unknown one is shown with its English reason). */
export function kidsErrorText(error: string): string {
  const { kind, waitSeconds } = kidsErrorKind(error);
  switch (kind) {
    case 'locked':
      return t('kids.error.locked', { seconds: waitSeconds ?? 30 });
    case 'wrongPin':
      return t('kids.error.wrongPin');
    case 'notUnlocked':
      return t('kids.error.notUnlocked');
    case 'pinAlreadySet':
      return t('kids.error.pinAlreadySet');
    case 'noPin':
      return t('kids.error.noPin');
    default:
      return t('kids.error.other', { reason: error });
  }
}

/** Why two typed PINs cannot be set (checked in the page before anything is sent), or undefined. */
export function newPinProblem(pin: string, repeat: string): string | undefined {
  if ([...pin.normalize('NFC')].length < PIN_MIN_CHARS) return t('kids.error.short', { min: PIN_MIN_CHARS });
  if (pin !== repeat) return t('kids.error.mismatch');
  return undefined;
}
