import type { Direction } from './direction.ts';
import type { PolicyProfile } from '../policy/profile.ts';

export interface ScanInput {
  text: string;
  direction: Direction;
  /** Host name of the chat site (`chatgpt.com`), or `cli`. */
  site?: string;
  /** A built-in profile id or a full profile (user/admin policy). */
  profile?: string | PolicyProfile;
  /** User tier as an admin defines it; available to policy conditions. */
  tier?: string;
}
