/**
 * The Kids routes' error texts: clear English for logs and tests, and stable enough that the
 * options page can recognise each one and show its own translated text (kidsErrorKind).
 */
export const KIDS_ERRORS = {
  noPin: 'no parent PIN is set',
  pinAlreadySet: 'a parent PIN is already set: unlock to change it',
  wrongPin: 'wrong PIN',
  notUnlocked: 'not unlocked: enter the parent PIN again',
  badAgeBand: 'ageBand must be one of under-9, 9-12, 13-15, 16-17',
} as const;

const LOCKED_PREFIX = 'too many wrong PINs: try again in ';

/** "Locked" with the wait in whole seconds (rounded up: never tell someone to retry too early). */
export const lockedError = (waitMs: number): string => `${LOCKED_PREFIX}${Math.ceil(waitMs / 1000)} s`;

export type KidsErrorKind = keyof typeof KIDS_ERRORS | 'locked' | 'other';

/** Which error an answer is, and for `locked` how many seconds to wait. */
export function kidsErrorKind(error: string): { kind: KidsErrorKind; waitSeconds?: number } {
  if (error.startsWith(LOCKED_PREFIX)) {
    const seconds = Number.parseInt(error.slice(LOCKED_PREFIX.length), 10);
    return Number.isFinite(seconds) ? { kind: 'locked', waitSeconds: seconds } : { kind: 'locked' };
  }
  const known = (Object.keys(KIDS_ERRORS) as Array<keyof typeof KIDS_ERRORS>).find((key) => KIDS_ERRORS[key] === error);
  return { kind: known ?? 'other' };
}
