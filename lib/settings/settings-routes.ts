import { err, ok, type Result } from '../core/result.ts';
import type { MessageRoute } from '../messaging/message-route.ts';
import { PROFILES, PROFILE_IDS } from '../policy/profiles.ts';
import { applySettingsPatch, type VerifyKidsToken } from './effective-settings.ts';
import { isRecord, normalizeHost, parseUserSettings } from './resolve-user-settings.ts';
import { DEFAULT_SETTINGS, SETTING_KEYS, type EffectiveSettings, type SettingKey, type UiFeature, type UserSettings } from './user-settings.ts';

/** The settings file's format marker and version (`{ rampartSettings: 1, settings }`). */
export const SETTINGS_FILE_VERSION = 1;
/** A settings file is small; anything bigger is not one. */
export const MAX_SETTINGS_FILE_CHARS = 1_000_000;

/** A site's protection switched off or on (the audit log and the parent view record it). */
export interface ProtectionChange {
  host: string;
  paused: boolean;
}

/** What the routes need from the background's settings store (lib/adapters/background/settings-store.ts). */
export interface SettingsRoutesStore {
  settled(): Promise<Result<EffectiveSettings>>;
  user(): Promise<UserSettings>;
  update(change: (user: UserSettings, effective: EffectiveSettings) => Promise<Result<UserSettings>> | Result<UserSettings>): Promise<Result<EffectiveSettings>>;
}

export interface SettingsRoutesDeps {
  store: SettingsRoutesStore;
  verifyKidsToken: VerifyKidsToken;
  onProtectionChange?: (change: ProtectionChange) => void;
}

/** Settings keys an admin's disabled feature closes to the user (besides locking). */
const FEATURE_OF_KEY: Partial<Record<SettingKey, UiFeature>> = { customRules: 'customRules', allowLists: 'allowLists', sites: 'pause' };

const optionalToken = (body: Readonly<Record<string, unknown>>): string | undefined => (typeof body.kidsToken === 'string' ? body.kidsToken : undefined);

/** The settings file: the user's own settings (not the admin's), without collector headers (they usually hold a key). */
export function settingsFileJson(user: UserSettings): string {
  const { collector } = user.audit;
  const audit = collector ? { ...user.audit, collector: { url: collector.url, headers: {} } } : user.audit;
  return JSON.stringify({ rampartSettings: SETTINGS_FILE_VERSION, settings: { ...user, audit } }, null, 2);
}

/** The settings a file holds (only the keys it names), or why it is not a valid settings file. */
export function parseSettingsFile(json: unknown): Result<Partial<UserSettings>> {
  if (typeof json !== 'string' || json.length > MAX_SETTINGS_FILE_CHARS) return err('not a Rampart settings file');
  let file: unknown;
  try {
    file = JSON.parse(json) as unknown;
  } catch {
    return err('not a Rampart settings file (not valid JSON)');
  }
  if (!isRecord(file) || file.rampartSettings !== SETTINGS_FILE_VERSION || !isRecord(file.settings)) {
    return err(`not a Rampart settings file (expected { "rampartSettings": ${SETTINGS_FILE_VERSION}, "settings": {…} })`);
  }
  const parsed = parseUserSettings(file.settings);
  if (parsed.problems.length) return err(`invalid settings file: ${parsed.problems.slice(0, 5).join('; ')}${parsed.problems.length > 5 ? ' …' : ''}`);
  const named: Partial<UserSettings> = {};
  for (const key of SETTING_KEYS) if (key in file.settings) (named as Record<string, unknown>)[key] = parsed.value[key];
  return ok(named);
}

/** Hosts whose pause state differs between two paused lists. */
function protectionChanges(before: readonly string[], after: readonly string[]): ProtectionChange[] {
  return [
    ...after.filter((host) => !before.includes(host)).map((host) => ({ host, paused: true })),
    ...before.filter((host) => !after.includes(host)).map((host) => ({ host, paused: false })),
  ];
}

/**
 * page:settings-get, -set, -export, -import and page:site-pause. Every write goes through the
 * store (one at a time, policy known) and applySettingsPatch (locks, validation, the Kids PIN).
 */
export function settingsRoutes(deps: SettingsRoutesDeps): MessageRoute[] {
  const report = (before: UserSettings, after: UserSettings): void => {
    for (const change of protectionChanges(before.sites.paused, after.sites.paused)) {
      try {
        deps.onProtectionChange?.(change);
      } catch {
        // Recording is secondary to the change itself.
      }
    }
  };

  /** Applies `patch` (keys closed by a disabled feature refused), reporting pause changes. */
  const write = (patch: (effective: EffectiveSettings) => Result<Partial<UserSettings>>, kidsToken: string | undefined): Promise<Result<EffectiveSettings>> => {
    let before: UserSettings | undefined;
    let after: UserSettings | undefined;
    return deps.store
      .update(async (user, effective) => {
        const wanted = patch(effective);
        if (!wanted.ok) return wanted;
        const closed = (Object.keys(wanted.value) as SettingKey[]).filter((key) => {
          const feature = FEATURE_OF_KEY[key];
          return feature !== undefined && effective.disabledFeatures.includes(feature);
        });
        if (closed.length) return err(`turned off by your organization: ${closed.join(', ')}`);
        const next = await applySettingsPatch(user, wanted.value, {
          locked: effective.locked,
          verifyKidsToken: deps.verifyKidsToken,
          ...(kidsToken === undefined ? {} : { kidsToken }),
        });
        if (next.ok) [before, after] = [user, next.value];
        return next;
      })
      .then((result) => {
        if (result.ok && before && after) report(before, after);
        return result;
      });
  };

  return [
    {
      type: 'page:settings-get',
      async handle() {
        const effective = await deps.store.settled();
        if (!effective.ok) return effective;
        return ok({
          effective: effective.value,
          defaults: DEFAULT_SETTINGS,
          profiles: PROFILE_IDS.map((id) => ({ id, description: PROFILES[id]!.description })),
        });
      },
    },
    {
      type: 'page:settings-set',
      async handle(body) {
        if (!isRecord(body.patch)) return err('settings-set needs a "patch" object');
        const patch = body.patch as Partial<UserSettings>;
        return write((effective) => (effective.disabledFeatures.includes('options') ? err('settings are turned off by your organization') : ok(patch)), optionalToken(body));
      },
    },
    {
      type: 'page:settings-export',
      async handle() {
        const effective = await deps.store.settled();
        if (!effective.ok) return effective;
        if (effective.value.disabledFeatures.includes('importExport')) return err('settings export is turned off by your organization');
        return ok({ json: settingsFileJson(await deps.store.user()) });
      },
    },
    {
      type: 'page:settings-import',
      async handle(body) {
        const file = parseSettingsFile(body.json);
        if (!file.ok) return file;
        return write((effective) => {
          if (effective.disabledFeatures.includes('importExport') || effective.disabledFeatures.includes('options')) {
            return err('settings import is turned off by your organization');
          }
          // The admin's keys stay the admin's: a file made elsewhere must not fail on them.
          const open: Partial<UserSettings> = {};
          for (const [key, value] of Object.entries(file.value) as Array<[SettingKey, unknown]>) {
            const feature = FEATURE_OF_KEY[key];
            if (effective.locked.includes(key) || (feature && effective.disabledFeatures.includes(feature))) continue;
            (open as Record<string, unknown>)[key] = value;
          }
          return ok(open);
        }, optionalToken(body));
      },
    },
    {
      type: 'page:site-pause',
      async handle(body) {
        const host = typeof body.host === 'string' ? normalizeHost(body.host) : undefined;
        if (!host) return err('site-pause needs a host name');
        if (typeof body.paused !== 'boolean') return err('site-pause needs paused: true or false');
        const paused = body.paused;
        return write((effective) => {
          if (effective.disabledFeatures.includes('pause')) return err('pausing is turned off by your organization');
          if (effective.locked.includes('sites')) return err('managed by your organization, cannot be changed: sites');
          const list = effective.settings.sites.paused.filter((entry) => entry !== host);
          return ok({ sites: { paused: paused ? [...list, host] : list } });
        }, optionalToken(body));
      },
    },
  ];
}
