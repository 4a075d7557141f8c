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
}

/** Profiles whose replies are covered until checked. */
const CHILD_PROFILES: ReadonlySet<string> = new Set(['kids']);

export function contentSettingsFor(profileId: string): ContentSettings {
  const child = CHILD_PROFILES.has(profileId);
  return { profileId, blurWhileStreaming: child, hideBlocked: child };
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
  return ok(contentSettingsFor(value.profileId));
}
