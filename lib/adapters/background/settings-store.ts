import { browser } from 'wxt/browser';
import { err, ok, type Result } from '../../core/result.ts';
import { effectiveSettings } from '../../settings/effective-settings.ts';
import { parseManagedPolicy, type ManagedPolicy } from '../../settings/managed-policy.ts';
import { safeLoadingSettings } from '../../settings/safe-loading-settings.ts';
import { SETTINGS_READ_KEYS, userSettingsFromStorage } from '../../settings/stored-settings.ts';
import { SETTINGS_STORAGE_KEY, type EffectiveSettings, type UserSettings } from '../../settings/user-settings.ts';

/** How long a scan waits for the admin's policy before it goes ahead with the safe settings. */
export const MANAGED_WAIT_MS = 1_000;
/** How long a settings page waits for it before saying "still loading" (it shows, and writes, the real thing). */
export const SETTLE_WAIT_MS = 10_000;

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

export interface SettingsStoreDeps {
  local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  /** storage.managed (Chrome: the platform policy; Firefox: policies.json 3rdparty). Rejects or answers {} when there is none. */
  managed: { get(keys: null): Promise<Record<string, unknown>> };
  onChanged: { addListener(listener: (changes: Changes, area: string) => void): void };
  managedWaitMs?: number;
  settleWaitMs?: number;
  /** Told what was wrong in the admin's policy (each time it is read); never values, only where and why. */
  onPolicyProblems?: (problems: string[]) => void;
}

export interface SettingsStore {
  /** For scans: the settings in force; while the policy is unknown after MANAGED_WAIT_MS, the safe ones. Rejects when storage.local fails. */
  current(): Promise<EffectiveSettings>;
  /** For settings pages: the settings in force once the policy is known (an error after SETTLE_WAIT_MS). */
  settled(): Promise<Result<EffectiveSettings>>;
  /** The user's own settings (without the admin's). */
  user(): Promise<UserSettings>;
  /**
   * Changes the user's settings: `change` gets the user's settings and the effective ones (policy
   * known) and returns the next user settings or why not. Changes run one at a time, so two
   * pages saving at once do not lose each other's edit.
   */
  update(change: (user: UserSettings, effective: EffectiveSettings) => Promise<Result<UserSettings>> | Result<UserSettings>): Promise<Result<EffectiveSettings>>;
  /** Called after the effective settings may have changed (a save, the user's storage, the admin's policy). */
  onChange(listener: () => void): () => void;
}

/**
 * The background's settings: storage.local `settings` (or the keys it replaced) and the admin's
 * storage.managed, merged (lib/settings/effective-settings.ts). Both are kept in memory and
 * updated from storage.onChanged, so a change — in the options page, in another window, in the
 * policy — applies to the next scan without a restart.
 */
export function createSettingsStore(deps: SettingsStoreDeps): SettingsStore {
  const managedWaitMs = deps.managedWaitMs ?? MANAGED_WAIT_MS;
  const settleWaitMs = deps.settleWaitMs ?? SETTLE_WAIT_MS;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of listeners) {
      try {
        listener();
      } catch {
        // One listener's failure is not the store's.
      }
    }
  };

  let managedRaw: Record<string, unknown> | undefined;
  let managed: ManagedPolicy | undefined;
  const setManaged = (raw: Record<string, unknown>): void => {
    managedRaw = raw;
    managed = parseManagedPolicy(raw);
    if (managed.problems.length) deps.onPolicyProblems?.(managed.problems);
  };
  // No policy (Firefox without policies.json rejects; Chrome answers {}) is a known, empty policy.
  const managedRead: Promise<void> = deps.managed.get(null).then(
    (raw) => {
      if (managedRaw === undefined) setManaged(raw ?? {});
    },
    () => {
      if (managedRaw === undefined) setManaged({});
    },
  );

  let localRaw: Record<string, unknown> | undefined;
  let localRead: Promise<Record<string, unknown>> | undefined;
  // Bumped by a change that arrives while a read is under way: that read may predate it, so its
  // answer is used once and not kept.
  let localGeneration = 0;
  const readLocal = (): Promise<Record<string, unknown>> => {
    if (localRaw) return Promise.resolve(localRaw);
    const generation = localGeneration;
    localRead ??= deps.local.get([...SETTINGS_READ_KEYS]).then(
      (stored) => {
        localRead = undefined;
        if (generation === localGeneration) localRaw ??= { ...stored };
        return localRaw ?? stored;
      },
      (error: unknown) => {
        // Not cached: the next scan tries again.
        localRead = undefined;
        throw error;
      },
    );
    return localRead;
  };
  // Every scan asks for the settings several times (profile, custom rules, cache mode, the audit
  // and Kids hooks): repair (which compiles custom regexes) and the merge with the policy run once
  // per stored value and policy, not once per ask. Both inputs are replaced, never edited, on change.
  let userMemo: { raw: Record<string, unknown>; settings: UserSettings } | undefined;
  const user = async (): Promise<UserSettings> => {
    const raw = await readLocal();
    if (userMemo?.raw !== raw) userMemo = { raw, settings: userSettingsFromStorage(raw) };
    return userMemo.settings;
  };
  let mergedMemo: { own: UserSettings; policy: ManagedPolicy; effective: EffectiveSettings } | undefined;
  const merged = (own: UserSettings, policy: ManagedPolicy): EffectiveSettings => {
    if (mergedMemo?.own !== own || mergedMemo.policy !== policy) mergedMemo = { own, policy, effective: effectiveSettings(own, policy) };
    return mergedMemo.effective;
  };

  deps.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      if (managedRaw === undefined) {
        // The first read has not answered and may predate this change: read the whole policy again.
        deps.managed.get(null).then(
          (raw) => setManaged(raw ?? {}),
          () => setManaged({}),
        ).then(notify, () => undefined);
        return;
      }
      const next = { ...managedRaw };
      for (const [key, change] of Object.entries(changes)) {
        if (change.newValue === undefined) delete next[key];
        else next[key] = change.newValue;
      }
      setManaged(next);
      notify();
    } else if (area === 'local' && SETTINGS_READ_KEYS.some((key) => key in changes)) {
      if (!localRaw) {
        localGeneration += 1;
      } else {
        // A new object, not an edit in place: the parsed settings are memoized per stored object.
        const next = { ...localRaw };
        for (const key of SETTINGS_READ_KEYS) {
          if (!(key in changes)) continue;
          if (changes[key]!.newValue === undefined) delete next[key];
          else next[key] = changes[key]!.newValue;
        }
        localRaw = next;
      }
      notify();
    }
  });

  /** Resolves true once the policy is known, false if `ms` pass first. */
  const policyKnown = (ms: number): Promise<boolean> => {
    if (managed) return Promise.resolve(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    return Promise.race([
      managedRead.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]).finally(() => clearTimeout(timer));
  };

  async function current(): Promise<EffectiveSettings> {
    const [own, known] = await Promise.all([user(), policyKnown(managedWaitMs)]);
    if (known && managed) return merged(own, managed);
    return { settings: safeLoadingSettings(own), locked: [], disabledFeatures: [], managed: false };
  }

  async function settled(): Promise<Result<EffectiveSettings>> {
    const [own, known] = await Promise.all([user(), policyKnown(settleWaitMs)]);
    return known && managed ? ok(merged(own, managed)) : err('settings are still loading (the organization policy has not answered); try again');
  }

  let queue: Promise<unknown> = Promise.resolve();
  function update(change: Parameters<SettingsStore['update']>[0]): Promise<Result<EffectiveSettings>> {
    const run = async (): Promise<Result<EffectiveSettings>> => {
      const effective = await settled();
      if (!effective.ok) return effective;
      const own = await user();
      const next = await change(own, effective.value);
      if (!next.ok) return next;
      await deps.local.set({ [SETTINGS_STORAGE_KEY]: next.value });
      // Ahead of the onChanged echo, so the reply already reflects the change.
      localRaw = { ...(localRaw ?? {}), [SETTINGS_STORAGE_KEY]: next.value };
      notify();
      return ok(effectiveSettings(next.value, managed!));
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    current,
    settled,
    user,
    update,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store on the extension's own storage. */
export function browserSettingsStore(onPolicyProblems?: (problems: string[]) => void): SettingsStore {
  return createSettingsStore({
    local: browser.storage.local,
    managed: { get: () => browser.storage.managed.get(null) },
    onChanged: browser.storage.onChanged,
    ...(onPolicyProblems ? { onPolicyProblems } : {}),
  });
}
