/**
 * Shannon entropy in bits per character: how unpredictable a candidate secret looks. Random API
 * keys score ~4–6 (base62/base64), hex ~3.5–4, while words, repeated or sequential placeholders
 * (`aaaa…`, `1234…`, `xxxx…`) score far lower. Counted over UTF-16 code units; secrets are ASCII.
 */
export function shannonEntropy(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Which of lower-case, upper-case letters and digits occur (a cheap "looks generated" signal). */
export function characterClasses(text: string): { lower: boolean; upper: boolean; digit: boolean; count: number } {
  let lower = false;
  let upper = false;
  let digit = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) lower = true;
    else if (code >= 65 && code <= 90) upper = true;
    else if (code >= 48 && code <= 57) digit = true;
  }
  return { lower, upper, digit, count: Number(lower) + Number(upper) + Number(digit) };
}
