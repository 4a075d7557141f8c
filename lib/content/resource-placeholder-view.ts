import type { ResourceCheckResult } from '../exfil/resource-check.ts';
import type { NetworkResourceType } from '../exfil/resource-rules.ts';
import type { ResourceReason } from '../exfil/resource-verdict.ts';
import { t } from '../ui/i18n.ts';

/** What the placeholder in place of a blocked resource says, and whether it offers "Load anyway". */
export interface ResourcePlaceholderView {
  /** One sentence: what was blocked, where it would have gone, why (and, when the admin forbids loading it, a second saying so). */
  message: string;
  /** The button's label, or undefined when it cannot be loaded (a URL too long to allow exactly). */
  loadLabel?: string;
  /** The accessible name of the placeholder as a whole. */
  label: string;
}

/** Why it was blocked, in words: one phrase per reason (the message catalog's `resource.reason.*`). */
export const reasonPhrase = (reason: ResourceReason): string => t(`resource.reason.${reason}`);

export const loadAnywayLabel = (): string => t('resource.loadAnyway');

/** Host names arrive from the page: shown as text only, and shortened so one cannot flood the line. */
const shortHost = (host: string): string => (host.length > 80 ? `${host.slice(0, 77)}…` : host || t('resource.anotherSite'));

/** Said instead of offering "Load anyway" when the admin turned it off (managed disabledFeatures `loadAnyway`). */
export const loadAnywayDisabledMessage = (): string => t('resource.loadAnywayDisabled');

/**
 * `canLoad`: the URL can be allowed exactly; `allowedByPolicy`: the admin lets users load held-back
 * resources anyway. "Load anyway" needs both; the policy's "no" is said, a too-long URL's is not.
 */
export function resourcePlaceholderView(
  type: NetworkResourceType,
  result: Pick<ResourceCheckResult, 'host' | 'outcome' | 'reasons'>,
  canLoad: boolean,
  allowedByPolicy = true,
): ResourcePlaceholderView {
  const host = shortHost(result.host);
  // Whole sentences per type: "an image … that" changes gender and case in other languages.
  const message =
    result.outcome === 'blocked'
      ? t(`resource.blocked.${type}`, { host, reasons: result.reasons.map(reasonPhrase).join('; ') || t('resource.reason.unknown') })
      : t(`resource.unchecked.${type}`, { host });
  return {
    message: allowedByPolicy ? message : `${message} ${loadAnywayDisabledMessage()}`,
    label: t(`resource.label.${type}`),
    ...(canLoad && allowedByPolicy ? { loadLabel: loadAnywayLabel() } : {}),
  };
}

export const loadFailedMessage = (): string => t('resource.loadFailed');
