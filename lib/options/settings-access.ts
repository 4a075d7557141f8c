import type { EffectiveSettings, SettingKey, UiFeature } from '../settings/user-settings.ts';
import { SETTING_KEYS } from '../settings/user-settings.ts';

/**
 * What the options page may change: a managed key is read-only ("Managed by your organization"),
 * and an admin who switched the `options` feature off turns every setting read-only (the page
 * still shows what applies, statistics and models). Features switched off hide their controls.
 */
export function lockedKeys(effective: Pick<EffectiveSettings, 'locked' | 'disabledFeatures'>): ReadonlySet<SettingKey> {
  return new Set(effective.disabledFeatures.includes('options') ? SETTING_KEYS : effective.locked);
}

export const isFeatureOn = (effective: Pick<EffectiveSettings, 'disabledFeatures'>, feature: UiFeature): boolean =>
  !effective.disabledFeatures.includes(feature);
