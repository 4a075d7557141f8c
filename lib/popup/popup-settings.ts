import { SETTING_KEYS, UI_FEATURES } from '../settings/user-settings.ts';
import { oneOf } from '../core/one-of.ts';

/** What the popup needs from the effective settings (page:settings-get), nothing more. */
export interface PopupSettings {
  kidsMode: boolean;
  /** "Managed by your organization": any key comes from managed policy. */
  managed: boolean;
  /** Host names paused by the user or the admin. */
  pausedHosts: string[];
  /** Pause/resume is offered: the admin neither locked `sites` nor switched the `pause` feature off. */
  canPause: boolean;
  /** The admin did not switch the options page off. */
  canOpenOptions: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const stringsIn = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * The background's answer is untrusted input (another version, a bug): read what is there and
 * fail closed where it matters — an unreadable lock list hides the pause control rather than
 * offering one the background would refuse. Accepts the route's `{effective, …}` or a bare
 * EffectiveSettings (page:site-pause answers with one).
 */
export function readPopupSettings(value: unknown): PopupSettings | undefined {
  if (!isRecord(value)) return undefined;
  const effective = isRecord(value.effective) ? value.effective : value;
  const settings = effective.settings;
  if (!isRecord(settings)) return undefined;
  const locksReadable = Array.isArray(effective.locked) && Array.isArray(effective.disabledFeatures);
  const locked = stringsIn(effective.locked).filter(oneOf(SETTING_KEYS));
  const disabled = stringsIn(effective.disabledFeatures).filter(oneOf(UI_FEATURES));
  return {
    kidsMode: isRecord(settings.kids) && settings.kids.enabled === true,
    managed: effective.managed === true,
    pausedHosts: isRecord(settings.sites) ? stringsIn(settings.sites.paused).map((host) => host.toLowerCase()) : [],
    canPause: locksReadable && !locked.includes('sites') && !disabled.includes('pause'),
    canOpenOptions: !disabled.includes('options'),
  };
}
