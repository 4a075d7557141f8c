import { MAX_REGIONS } from '../budget.ts';
import { isBlankUnit } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { readsAsWords } from './decoded-words.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

/**
 * Cheap test before the scan: "+" and three characters of the base64 alphabet (one UTF-16 unit takes
 * 16 bits, three characters). Every run the scan reads has them.
 */
export const MAY_HOLD_UTF7 = /\+[A-Za-z0-9+/]{3}/;
/** Most direct (unencoded) characters between two runs of one stretch: "script" in `+ADw-script+AD4-`. */
const MAX_GAP = 64;
/** Encoded units a stretch needs unless it has two runs closed by "-" that spell ASCII (isUtf7). */
const MIN_UNITS = 4;
/** Share of encoded units that must be ASCII, unless the stretch reads as words in another script. */
const MIN_ASCII_SHARE = 0.8;

const BASE64 = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((ch, value) => {
  BASE64[ch.charCodeAt(0)] = value;
});
const base64Value = (unit: number) => (unit < 128 ? BASE64[unit]! : -1);

/** One "+…" run: the units it encodes, each with the characters that carry its bits. */
interface Run {
  start: number;
  end: number;
  units: number[];
  starts: number[];
  ends: number[];
  /** Closed by "-" rather than by another character. */
  closed: boolean;
}

/** Is an encoded unit something text holds: tab, line breaks, printable ASCII, or a letter, mark or symbol beyond? */
const isTextUnit = (unit: number) =>
  unit === 0x09 || unit === 0x0a || unit === 0x0d || (unit >= 0x20 && unit <= 0x7e) || (unit >= 0xa0 && !(unit >= 0xd800 && unit <= 0xdfff) && unit !== 0xfffe && unit !== 0xffff);

/**
 * Reads the run whose "+" is at `plus`: base64 characters, 16 bits per UTF-16 unit, the bits left
 * over (fewer than six, all zero, as an encoder pads them) and an optional closing "-". Undefined
 * when the bits do not come out even or a unit is no text ("C+Java", "+1", base64 data).
 */
function readRun(text: string, plus: number): Run | undefined {
  let k = plus + 1;
  let bits = 0;
  let buffer = 0;
  const run: Run = { start: plus, end: 0, units: [], starts: [], ends: [], closed: false };
  let unitStart = k;
  for (; k < text.length; k += 1) {
    const value = base64Value(text.charCodeAt(k));
    if (value < 0) break;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 16) {
      bits -= 16;
      const unit = (buffer >> bits) & 0xffff;
      if (!isTextUnit(unit)) return undefined;
      run.units.push(unit);
      run.starts.push(unitStart);
      run.ends.push(k + 1);
      unitStart = bits > 0 ? k : k + 1;
    }
  }
  if (run.units.length === 0 || bits >= 6 || (buffer & ((1 << bits) - 1)) !== 0) return undefined;
  run.closed = text.charCodeAt(k) === 0x2d;
  run.end = run.closed ? k + 1 : k;
  return run;
}

/**
 * The stretch as text: the runs decoded, the direct characters between them as they are ("+-" is
 * "+"), and the direct characters glued to the first and the last run ("You" in `You+ACA-are`), so
 * the layer holds whole words.
 */
function decodeStretch(text: string, runs: readonly Run[], maxChars: number): DecodedRegion | undefined {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const copyDirect = (from: number, to: number) => {
    for (let k = from; k < to; k += 1) {
      const escapedPlus = text.charCodeAt(k) === 0x2b && text.charCodeAt(k + 1) === 0x2d;
      units.push(text.charCodeAt(k));
      starts.push(k);
      if (escapedPlus) k += 1;
      ends.push(k + 1);
    }
  };
  let start = runs[0]!.start;
  while (start > 0 && runs[0]!.start - start < MAX_GAP && !isBlankUnit(text.charCodeAt(start - 1))) start -= 1;
  const last = runs[runs.length - 1]!;
  let end = last.end;
  while (end < text.length && end - last.end < MAX_GAP && !isBlankUnit(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x2b) end += 1;
  for (const [index, run] of runs.entries()) {
    copyDirect(index > 0 ? runs[index - 1]!.end : start, run.start);
    units.push(...run.units);
    starts.push(...run.starts);
    ends.push(...run.ends);
  }
  copyDirect(last.end, end);
  const count = Math.min(units.length, maxChars);
  if (count === 0) return undefined;
  // A whole stretch ends where its text does; one the budget cut, after its last unit.
  if (count < units.length) end = ends[count - 1]!;
  return { start, end, text: String.fromCharCode(...units.slice(0, count)), starts: Int32Array.from(starts.slice(0, count)), ends: Int32Array.from(ends.slice(0, count)) };
}

/**
 * Is a stretch of runs UTF-7 rather than "+" signs that happen to precede base64 letters? Two runs
 * closed by "-" that spell ASCII (the XSS style, `+ADw-script+AD4-`); or MIN_UNITS encoded units,
 * at least that many different ones (one option repeated, `+tls-ca +tls-host`, is one unit again
 * and again), mostly ASCII — which random base64 hardly ever spells — or reading as words in any
 * script (decoded-words.ts: `+BB8EQAQ4BDIENQRC` is Привет), the runs read on their own.
 */
function isUtf7(runs: readonly Run[]): boolean {
  const distinct = new Set<number>();
  let units = 0;
  let ascii = 0;
  let closed = 0;
  for (const run of runs) {
    if (run.closed) closed += 1;
    for (const unit of run.units) {
      distinct.add(unit);
      units += 1;
      if (unit < 0x80) ascii += 1;
    }
  }
  if (closed >= 2 && ascii === units) return true;
  if (units < MIN_UNITS || distinct.size < MIN_UNITS) return false;
  // What the runs alone spell, a blank between runs: the direct characters between them (English
  // around "+AutoDocPlus") are no evidence that the runs are text.
  return ascii >= MIN_ASCII_SHARE * units || readsAsWords(runs.map((run) => String.fromCharCode(...run.units)).join(' '), 0);
}

/**
 * UTF-7 (RFC 2152): characters outside a small direct set written as "+", modified base64 of their
 * UTF-16 units and an optional "-" (`+ADw-script+AD4-` is `<script>`), a classic way past filters
 * that look for "<" or for words, and a whole text can be sent that way (`+AGkAZwBu…-`). Runs that
 * follow each other with at most 64 direct characters between them form one stretch, decoded with
 * those characters and the ones glued to its ends. A run must come out even (whole units, the
 * padding bits zero) with every unit something text holds; a stretch needs two runs closed by "-"
 * that spell ASCII, or four different encoded units, mostly ASCII or reading as words in any script.
 * "C++", "+1 555", "a+b", e-mail sub-addresses, command options ("+tls-ca") and base64 data give
 * nothing. Written here rather than taken from a package: the decoders need each unit's position in
 * the source, and the checks that tell UTF-7 from a "+" in prose.
 */
export const utf7: Decoder = {
  name: SIGNAL.utf7,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!MAY_HOLD_UTF7.test(text)) return [];
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let stretch: Run[] = [];
    const close = () => {
      if (stretch.length > 0 && budget > 0 && regions.length < MAX_REGIONS && isUtf7(stretch)) {
        const region = decodeStretch(text, stretch, budget);
        if (region) {
          regions.push(region);
          budget -= region.text.length;
        }
      }
      stretch = [];
    };
    for (let plus = text.indexOf('+'); plus >= 0 && regions.length < MAX_REGIONS; plus = text.indexOf('+', plus + 1)) {
      const run = readRun(text, plus);
      if (!run) continue;
      const last = stretch[stretch.length - 1];
      if (last && run.start - last.end > MAX_GAP) close();
      stretch.push(run);
      plus = run.end - 1;
    }
    close();
    return regions;
  },
};

/** `text` as one UTF-7 run: "+", modified base64 of its UTF-16BE units without padding, "-". For examples and tests. */
export function toUtf7Run(text: string): string {
  let bytes = '';
  for (let k = 0; k < text.length; k += 1) bytes += String.fromCharCode(text.charCodeAt(k) >> 8, text.charCodeAt(k) & 0xff);
  return `+${btoa(bytes).replace(/=+$/, '')}-`;
}
