import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Result } from '../../lib/core/result.ts';
import type { SettingsView } from '../../lib/options/settings-answer.ts';
import type { EffectiveSettings, SettingKey, UiFeature, UserSettings } from '../../lib/settings/user-settings.ts';

/** What every section needs: the settings as they apply, what is locked, and how to change them. */
export interface OptionsContextValue {
  view: SettingsView;
  isLocked(key: SettingKey): boolean;
  featureOn(feature: UiFeature): boolean;
  /** page:settings-set with one patch; the answer replaces the page's settings on success. */
  save(patch: Partial<UserSettings>): Promise<Result<EffectiveSettings>>;
  ask(type: `page:${string}` | `popup:${string}`, body?: Record<string, unknown>): Promise<Result<unknown>>;
}

export const OptionsContext = createContext<OptionsContextValue | undefined>(undefined);

export function useOptions(): OptionsContextValue {
  const value = useContext(OptionsContext);
  if (!value) throw new Error('options section rendered outside the options page');
  return value;
}
