import { parseSiteHealthRecord } from '../sites/site-health.ts';
import { t } from '../ui/i18n.ts';

/** What the popup says about the tab's site, beyond "checked or not". */
export interface SiteProtection {
  /** A warning that sends on this page are not (all) checked; undefined when all is well. */
  degraded?: string;
  /** The site is one the user added: offer to stop protecting it. */
  custom: boolean;
  /** The site could be added (HTTPS, not built-in, not added yet): offer "Protect this site". */
  canProtect: boolean;
}

/**
 * The tab's adapter health in words. The background's record is untrusted input (storage) and is
 * about a host: a record from the page the tab showed before (another site) says nothing now.
 */
export function degradedLine(record: unknown, host: string | undefined): string | undefined {
  const health = parseSiteHealthRecord(record);
  if (!health || health.state !== 'degraded' || host === undefined || health.host !== host) return undefined;
  return t(health.missing.includes('composer') ? 'popup.degraded.composer' : 'popup.degraded.send');
}

export function siteProtection(input: { health: unknown; host?: string; builtIn: boolean; customOrigin?: string; isCustom: boolean }): SiteProtection {
  const degraded = input.builtIn || input.isCustom ? degradedLine(input.health, input.host) : undefined;
  return {
    ...(degraded ? { degraded } : {}),
    custom: input.isCustom,
    canProtect: !input.builtIn && !input.isCustom && input.customOrigin !== undefined,
  };
}
