/** A text that was checked and released (or confirmed by the user) moments ago. */
export interface Approval {
  text: string;
  at: number;
}

/**
 * One send is often several events (Enter, then the page's own `requestSubmit()` a tick later),
 * and some pages submit asynchronously, after Rampart's synchronous "releasing" window closed.
 * Remembering the exact text for a short while lets those follow-up events through without a
 * second scan, while any other text — or the same text much later — is checked again. The send
 * controller consults it for page-derived events only, never for a new key press or click.
 */
export const APPROVAL_TTL_MS = 2_000;

export const approve = (text: string, at: number): Approval => ({ text, at });

export function isApproved(approval: Approval | undefined, text: string, now: number, ttlMs: number = APPROVAL_TTL_MS): boolean {
  return approval !== undefined && approval.text === text && now >= approval.at && now - approval.at <= ttlMs;
}
