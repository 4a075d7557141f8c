/**
 * UK National Insurance number (HMRC NIM39110): two prefix letters, six digits, suffix A–D. No
 * check digit; the prefix rules (no D F I Q U V; second letter not O; BG GB KN NK NT TN ZZ never
 * issued) are what structure there is.
 */
const NEVER_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** `compact` is the nine characters without spaces, upper case. */
export function isValidNino(compact: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/.test(compact)) return false;
  return !NEVER_ISSUED.has(compact.slice(0, 2));
}
