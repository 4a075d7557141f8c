/**
 * Finds runs of base64 / base64url characters (`[A-Za-z0-9+/_-]`) of at least `minLength`, the
 * places where a secret with no keyword of its own (a high-entropy string) can start.
 *
 * A strided scan: any run of `minLength` or more characters covers one position of every residue
 * class modulo `minLength`, so only every `minLength`-th character needs looking at until one is
 * a token character; only then is the run measured. Ordinary prose (words of a few letters between
 * spaces) costs about one character test in `minLength`, which is what lets a rule without a
 * keyword run on every text.
 */
const TOKEN_CHAR = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') TOKEN_CHAR[char.charCodeAt(0)] = 1;

const isTokenChar = (code: number) => code < 128 && TOKEN_CHAR[code] === 1;

export interface TokenRun {
  start: number;
  end: number;
}

/** Runs in `text` of at least `minLength` token characters, left to right, at most `maxRuns`. */
export function findTokenRuns(text: string, minLength: number, maxRuns: number): TokenRun[] {
  const runs: TokenRun[] = [];
  const step = Math.max(1, Math.floor(minLength));
  let probe = step - 1;
  while (probe < text.length && runs.length < maxRuns) {
    if (!isTokenChar(text.charCodeAt(probe))) {
      probe += step;
      continue;
    }
    let start = probe;
    while (start > 0 && isTokenChar(text.charCodeAt(start - 1))) start -= 1;
    let end = probe + 1;
    while (end < text.length && isTokenChar(text.charCodeAt(end))) end += 1;
    if (end - start >= step) runs.push({ start, end });
    // The next run starts after this one's end (at least one other character lies between).
    probe = end + step;
  }
  return runs;
}
