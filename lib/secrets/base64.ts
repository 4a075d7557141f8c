/**
 * Bounded base64 / base64url decoding for structure checks (JWT headers, Basic credentials,
 * Kubernetes Secret values). Returns undefined instead of throwing on malformed input. Uses the
 * platform `atob` (browsers and Node ≥ 16), decoding at most `maxChars` input characters so a
 * hostile 100 kB blob costs nothing.
 */
export function decodeBase64(text: string, maxChars = 4096): string | undefined {
  let input = text.length > maxChars ? text.slice(0, maxChars - (maxChars % 4)) : text;
  let end = input.length;
  while (end > 0 && input.charCodeAt(end - 1) === 61 /* = */) end -= 1;
  input = input.slice(0, end).replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*$/.test(input) || input.length % 4 === 1) return undefined;
  input += '='.repeat((4 - (input.length % 4)) % 4);
  try {
    return atob(input);
  } catch {
    return undefined;
  }
}

/** Share of printable ASCII (plus tab/newline) in a decoded byte string: text vs random bytes. */
export function printableRatio(decoded: string): number {
  if (decoded.length === 0) return 0;
  let printable = 0;
  for (let i = 0; i < decoded.length; i += 1) {
    const code = decoded.charCodeAt(i);
    if ((code >= 32 && code < 127) || code === 9 || code === 10 || code === 13) printable += 1;
  }
  return printable / decoded.length;
}
