import type { Direction } from './direction.ts';
import type { PolicyProfile } from '../policy/profile.ts';
import type { AllowLists, CustomRule } from '../settings/user-settings.ts';

/**
 * The user's (or admin's) own rules and allow-lists for one scan (UserSettings.customRules and
 * allowLists). The rules are run by the `custom-rules` detector; the allow-lists are read by the
 * pipeline (phrases), package-check (packages) and exfil (image hosts).
 */
export interface ScanCustom {
  customRules: readonly CustomRule[];
  allowLists: AllowLists;
}

export interface ScanInput {
  text: string;
  direction: Direction;
  /** Host name of the chat site (`chatgpt.com`), or `cli`. */
  site?: string;
  /** A built-in profile id or a full profile (user/admin policy). */
  profile?: string | PolicyProfile;
  /** User tier as an admin defines it; available to policy conditions. */
  tier?: string;
  /**
   * Opaque id of the chat this text belongs to (1–256 characters, e.g. the id in the chat's URL).
   * With it, a pipeline that has a session stage tracks the conversation across turns (drift).
   */
  conversationId?: string;
  /**
   * Opaque id of the message within the conversation (1–256 characters). Scanning the same turn
   * again (a pre-scan of the draft, a re-send after an edit) then replaces that turn instead of
   * counting it twice. Without it, every scan with a conversation id is a new turn.
   */
  turnId?: string;
  /**
   * For a reply: the text it answers (the user's prompt, or the recent conversation), when the
   * caller has it. The exfil detector looks for pieces of it in reply URLs — a reply that puts
   * the conversation into an image URL is the classic markdown exfiltration. Scanned, never stored.
   */
  conversationText?: string;
  /**
   * Custom rules and allow-lists (settings); none when absent. The decision cache keys on the
   * profile, not on this: callers fold it into the profile's version (customizedProfile does).
   */
  custom?: ScanCustom;
}
