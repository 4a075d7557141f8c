import { err, ok, type Result } from '../core/result.ts';

/**
 * What the content script needs to know about the active profile to guard replies — no text,
 * just how to cover them. Answered by the background to `content:settings`, and refreshed from
 * every scan reply's `profileId`, so a profile change applies from the next reply on.
 */
export interface ContentSettings {
  profileId: string;
  /** Blur the newest reply while it is written and until its verdict is clean (kids). */
  blurWhileStreaming: boolean;
  /** A blocked reply is hidden, with no way to reveal it (kids); otherwise blurred, click to reveal. */
  hideBlocked: boolean;
  /** Rampart is paused on the sender's site (settings `sites.paused`): sends and replies go unchecked. */
  paused: boolean;
  /** Which warning overrides the admin allows (managed `disabledFeatures` `sendAnyway` / `loadAnyway`). */
  overrides: ContentOverrides;
}

/** True = the user may override (the default); false = the admin turned that override off. */
export interface ContentOverrides {
  /** "Send anyway" on a warned send, and "Paste anyway" / "Insert anyway" on a warned paste or drop. */
  sendAnyway: boolean;
  /** "Load anyway" on a reply image or resource Rampart held back. */
  loadAnyway: boolean;
}

export const ALL_OVERRIDES_ALLOWED: ContentOverrides = Object.freeze({ sendAnyway: true, loadAnyway: true });

/** The overrides left under managed `disabledFeatures` (any other token is not the content script's business). */
export const overridesFor = (disabledFeatures: readonly string[]): ContentOverrides => ({
  sendAnyway: !disabledFeatures.includes('sendAnyway'),
  loadAnyway: !disabledFeatures.includes('loadAnyway'),
});

/** Profiles whose replies are covered until checked. */
const CHILD_PROFILES: ReadonlySet<string> = new Set(['kids']);

export function contentSettingsFor(profileId: string, paused = false, overrides: ContentOverrides = ALL_OVERRIDES_ALLOWED): ContentSettings {
  const child = CHILD_PROFILES.has(profileId);
  return { profileId, blurWhileStreaming: child, hideBlocked: child, paused, overrides: { ...overrides } };
}

/**
 * The overrides as received. A field that is absent comes from a background older than managed
 * `sendAnyway` / `loadAnyway`, which cannot have forbidden anything: allowed, so the user keeps the
 * "Send anyway" the admin never took away. A field that is present but not a boolean is garbled: we
 * cannot tell what the admin said, so that override is off — an unreadable answer must never grant
 * what the admin forbade (the user can still edit; the cost of erring is a missing button, not a
 * message sent against policy).
 */
function parseOverrides(raw: unknown): ContentOverrides {
  if (raw === undefined) return { ...ALL_OVERRIDES_ALLOWED };
  const fields = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<keyof ContentOverrides, unknown>>) : {};
  return { sendAnyway: fields.sendAnyway === true, loadAnyway: fields.loadAnyway === true };
}

/** The settings as the content script receives them (`{ ok, value }` from the background). */
export function parseContentSettings(raw: unknown): Result<ContentSettings> {
  if (typeof raw !== 'object' || raw === null) return err('no answer from the background');
  const envelope = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (envelope.ok === false) return err(typeof envelope.error === 'string' ? envelope.error : 'settings unavailable');
  const value = envelope.value as Partial<ContentSettings> | null | undefined;
  if (envelope.ok !== true || typeof value !== 'object' || value === null || typeof value.profileId !== 'string') {
    return err('malformed settings from the background');
  }
  // Derived again here rather than trusted field by field: the flags follow from the profile.
  // Only an explicit `true` pauses (an older background never sends the field).
  return ok(contentSettingsFor(value.profileId, value.paused === true, parseOverrides((value as { overrides?: unknown }).overrides)));
}
