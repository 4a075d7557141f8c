import { MAX_REGIONS } from '../budget.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { ByteSink } from '../utf8.ts';
import { bytesToRegion } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { nibble } from './hex-digit.ts';

/** A single escape ("%20" in a URL) decodes to what a reader already sees. */
export const MIN_ESCAPES = 2;

const URL_CHARACTERS = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~!$&'()*+,;=:@/?#[]-") URL_CHARACTERS[ch.charCodeAt(0)] = 1;
const isUrlUnit = (unit: number) => unit < 128 && URL_CHARACTERS[unit] === 1;

/**
 * Stretches of URL characters around percent-escapes ("https://x.test/?q=a%20b", "%69%67%6E…").
 * Hand-written: found from each "%XX" outwards, so a text without escapes costs one indexOf.
 */
export function percentRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let covered = 0;
  for (let at = text.indexOf('%'); at !== -1; at = text.indexOf('%', at + 1)) {
    if (at < covered || nibble(text.charCodeAt(at + 1)) < 0 || nibble(text.charCodeAt(at + 2)) < 0) continue;
    let start = at;
    while (start > covered && isUrlUnit(text.charCodeAt(start - 1))) start -= 1;
    let end = at + 3;
    while (end < text.length) {
      const unit = text.charCodeAt(end);
      if (unit === 0x25 && nibble(text.charCodeAt(end + 1)) >= 0 && nibble(text.charCodeAt(end + 2)) >= 0) end += 3;
      else if (isUrlUnit(unit)) end += 1;
      else break;
    }
    runs.push({ start, end });
    covered = end;
    if (runs.length >= 4 * MAX_REGIONS) break;
  }
  return runs;
}

/** `+` standing for a space takes this many in a run: one `+` is as likely a plus (`C+`, `a+b`). */
const MIN_FORM_PLUSES = 2;

/** What form encoding leaves as it is (letters, digits, `-_.~`), with `+` and `%`, and a URL's `/?:#=&` around a query. */
const FORM_CHARACTERS = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+%/?:#=&') FORM_CHARACTERS[ch.charCodeAt(0)] = 1;

/**
 * Is the run form-encoded (HTML forms, Python's `quote_plus`: a space is `+`, a plus `%2B`)? When it
 * has two `+`, no `%20` (a URL that writes its spaces as `%20` means its `+` literally) and nothing
 * form encoding would have escaped: Ascii85 and base85 text is full of `+` and `%XX` look-alikes,
 * but also of `!"'(),;@[]`.
 */
function isFormEncoded(text: string, start: number, end: number): boolean {
  let pluses = 0;
  for (let i = start; i < end; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 128 || FORM_CHARACTERS[unit] !== 1) return false;
    if (unit === 0x2b) pluses += 1;
    else if (unit === 0x25 && text.charCodeAt(i + 1) === 0x32 && text.charCodeAt(i + 2) === 0x30) return false;
  }
  return pluses >= MIN_FORM_PLUSES;
}

/** URL percent-encoding (RFC 3986; `+` for a space in form-encoded runs), UTF-8 underneath; double encoding comes out at the next depth. */
export const url: Decoder = {
  name: SIGNAL.url,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!source.hints.percent) return [];
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    for (const run of percentRuns(text)) {
      if (regions.length >= MAX_REGIONS || budget <= 0) break;
      const { start, end } = run;
      const sink = new ByteSink(end - start);
      const plusIsSpace = isFormEncoded(text, start, end);
      let escapes = 0;
      for (let i = start; i < end && sink.length < budget; ) {
        const c = text.charCodeAt(i);
        if (c === 0x25 && i + 2 < end + 1) {
          const high = nibble(text.charCodeAt(i + 1));
          const low = nibble(text.charCodeAt(i + 2));
          if (high >= 0 && low >= 0) {
            sink.push((high << 4) | low, i, i + 3);
            escapes += 1;
            i += 3;
            continue;
          }
        }
        if (c === 0x2b && plusIsSpace) {
          // A form's space is an escape too: "How+do+I+rob+a+store%3F" has one "%XX" but says as much.
          sink.push(0x20, i, i + 1);
          escapes += 1;
        } else sink.push(c & 0x7f, i, i + 1);
        i += 1;
      }
      if (escapes < MIN_ESCAPES) continue;
      const region = bytesToRegion(sink, start, end);
      if (!region) continue;
      budget -= region.text.length;
      regions.push(region);
    }
    return regions;
  },
};
