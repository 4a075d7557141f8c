import type { Action } from '../core/action.ts';
import type { Category } from '../core/category.ts';
import type { Direction } from '../core/direction.ts';
import { DEFAULT_PROFILE_ID } from '../policy/profiles.ts';
import { DEFAULT_CACHE_MODE, type CacheMode } from './cache-mode-setting.ts';

/**
 * Everything a person (or, through managed policy, an admin) can set, as one validated object.
 * Stored whole under SETTINGS_STORAGE_KEY in storage.local; read through resolveUserSettings
 * (validate-and-repair), so a damaged or older value never turns into a failed scan.
 * Never holds prompt text (custom-rule patterns and allow-list phrases are the user's own words
 * about what to match, not conversation content).
 */

/** How eagerly a category acts: `higher` acts at lower risk (more findings act), `lower` at higher. */
export type Sensitivity = 'lower' | 'default' | 'higher';
export const SENSITIVITIES: readonly Sensitivity[] = ['lower', 'default', 'higher'];

/** A per-category change to the chosen profile; an absent field keeps the profile's own. */
export interface CategorySetting {
  /** Replaces the profile's action for this category (at the profile's lowest threshold). */
  action?: Action;
  sensitivity?: Sensitivity;
}

/** A user's or admin's own rule: a keyword list or a regular expression (ReDoS-checked on entry). */
export interface CustomRule {
  /** Kebab-case, unique; the finding's rule id is `custom-rules/<id>`. */
  id: string;
  kind: 'keyword' | 'regex';
  /** Keyword: the phrase itself (matched on word boundaries, case-insensitive unless caseSensitive). Regex: the source. */
  pattern: string;
  caseSensitive?: boolean;
  category: Category;
  action: Exclude<Action, 'allow'>;
  /** Shown in the verdict panel as the reason. */
  description: string;
  /** Default both. */
  directions?: Direction[];
}

export interface AllowLists {
  /** Hosts reply images and media may load from without a check (exfil), e.g. `images.example.com`. */
  imageHosts: string[];
  /** Package names package-check never flags (e.g. an internal package). */
  packages: string[];
  /** Phrases whose occurrences are never a finding (a finding entirely inside one is dropped). */
  phrases: string[];
}

export interface SiteSettings {
  /** Host names where Rampart is paused by the user (or admin): sends and replies are not checked. */
  paused: string[];
}

/** Where audit records go beyond this device: an OTLP/HTTP JSON logs endpoint. Off unless configured. */
export interface AuditCollector {
  /** `https://collector.example.com/v1/logs` (http only for localhost). */
  url: string;
  /** Sent with every request (e.g. an API key); never logged. */
  headers: Record<string, string>;
}

export interface AuditSettings {
  /** `decisions`: every verdict that is not allow; `all`: every scan (an admin's choice). */
  scope: 'decisions' | 'all';
  /** Oldest records are dropped beyond this (the chain records where it was cut). */
  maxRecords: number;
  collector?: AuditCollector;
}

/** Younger bands get stricter defaults (lib/kids/age-bands.ts). */
export type AgeBand = 'under-9' | '9-12' | '13-15' | '16-17';
export const AGE_BANDS: readonly AgeBand[] = ['under-9', '9-12', '13-15', '16-17'];

export interface KidsSettings {
  enabled: boolean;
  ageBand: AgeBand;
}

export interface UserSettings {
  profile: string;
  categories: Partial<Record<Category, CategorySetting>>;
  sites: SiteSettings;
  customRules: CustomRule[];
  allowLists: AllowLists;
  cacheMode: CacheMode;
  audit: AuditSettings;
  kids: KidsSettings;
}

/** The top-level keys: also the unit of locking (a managed key locks the whole key). */
export type SettingKey = keyof UserSettings;
export const SETTING_KEYS: readonly SettingKey[] = ['profile', 'categories', 'sites', 'customRules', 'allowLists', 'cacheMode', 'audit', 'kids'];

export const DEFAULT_AUDIT_MAX_RECORDS = 10_000;

export const DEFAULT_SETTINGS: UserSettings = {
  profile: DEFAULT_PROFILE_ID,
  categories: {},
  sites: { paused: [] },
  customRules: [],
  allowLists: { imageHosts: [], packages: [], phrases: [] },
  cacheMode: DEFAULT_CACHE_MODE,
  audit: { scope: 'decisions', maxRecords: DEFAULT_AUDIT_MAX_RECORDS },
  kids: { enabled: false, ageBand: '9-12' },
};

/** The `storage.local` key that holds the UserSettings object. */
export const SETTINGS_STORAGE_KEY = 'settings';

/**
 * UI features an admin can switch off (managed `disabledFeatures`). `sendAnyway` removes "Send
 * anyway" (and "Paste anyway") from warnings, `loadAnyway` removes "Load anyway" from held-back
 * reply resources: the content script learns both from `content:settings` (ContentSettings.overrides).
 */
export const UI_FEATURES = ['pause', 'options', 'customRules', 'allowLists', 'feedback', 'sendAnyway', 'loadAnyway', 'importExport', 'auditExport'] as const;
export type UiFeature = (typeof UI_FEATURES)[number];

/**
 * What the background scans with and the UI shows: the user's settings with managed keys laid
 * over them, which keys are locked, and which features are off.
 */
export interface EffectiveSettings {
  settings: UserSettings;
  locked: SettingKey[];
  disabledFeatures: UiFeature[];
  /** True when any managed key is set ("Managed by your organization"). */
  managed: boolean;
}
