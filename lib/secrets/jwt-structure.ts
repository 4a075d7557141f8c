import { decodeBase64 } from './base64.ts';

/**
 * Structural check for a JSON Web Token (RFC 7519 compact form `header.payload.signature`): the
 * header must be base64url JSON that names an `alg`, and the payload must decode to a JSON object.
 * It is deliberately lenient about the rest (unsigned `alg: none` tokens with an empty signature
 * are still bearer credentials; a header that is damaged after `"alg"` still reads as a JWT), and
 * strict enough that random `eyJ…` base64 fragments are not reported.
 */
export function isStructurallyJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const [header, payload] = parts as [string, string, string];
  const headerText = decodeBase64(header, 2048);
  if (!headerText || !headerText.startsWith('{') || !headerText.includes('"alg"')) return false;
  const payloadText = decodeBase64(payload.slice(0, 64), 64);
  return payloadText !== undefined && /^\{\s*"/.test(payloadText);
}
