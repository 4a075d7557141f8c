import { findKeywords, type KeywordHit } from './keywords.ts';
import type { PiiAnchor } from './rule.ts';

/**
 * Positions where rules try their sticky patterns, computed once per scan from one pass over the
 * digits. Nearly every kind of personal data the detector knows contains a digit (e-mail is the
 * exception and has its own anchor, `@`), so text without digits costs almost nothing, and
 * context words are only looked for near digits.
 */
export interface Anchors {
  number: number[];
  'phone-start': number[];
  token: number[];
  'at-sign': number[];
  'at-word': number[];
  'hex-colon': number[];
  keywords: KeywordHit[];
}

/** How far before a digit run a context word may be (address words precede the house number). */
const WINDOW_BEFORE = 110;
/** How far after a digit run a context word may be ("4111 … is my card", "… fax"). */
const WINDOW_AFTER = 32;
/** A text with more digit runs than this is scanned for the first ones only. */
const MAX_RUNS = 20_000;

const isAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isHexOrColon = (code: number) => (code >= 48 && code <= 58) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

function unique(values: number[]): number[] {
  values.sort((a, b) => a - b);
  return values.filter((value, index) => index === 0 || value !== values[index - 1]);
}

export function findAnchors(text: string): Anchors {
  const number: number[] = [];
  const phoneStart: number[] = [];
  const token: number[] = [];
  const hexColon: number[] = [];
  const windows: Array<[number, number]> = [];
  const hasColon = text.includes(':');
  const length = text.length;

  // One pass over the characters: each digit run gives the anchors of every kind.
  for (let index = 0; index < length && number.length < MAX_RUNS; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) continue;
    const start = index;
    while (index < length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index += 1;
    const end = index;
    number.push(start);

    let phone = start;
    if (text.charCodeAt(phone - 1) === 40) phone -= 1; // (
    if (text.charCodeAt(phone - 1) === 43) phone -= 1; // +
    else if (text.charCodeAt(phone - 1) === 32 && text.charCodeAt(phone - 2) === 43) phone -= 2; // "+ "
    phoneStart.push(phone);

    let tokenStart = start;
    while (tokenStart > 0 && start - tokenStart < 64 && isAlnum(text.charCodeAt(tokenStart - 1))) tokenStart -= 1;
    token.push(tokenStart);
    // A short letter prefix split off by one space or hyphen: "QQ 12 34 56 C", "X-1234567-L".
    const separator = text.charCodeAt(tokenStart - 1);
    if (separator === 32 || separator === 45) {
      let letters = tokenStart - 1;
      while (letters > 0 && tokenStart - 1 - letters < 3 && isAsciiLetter(text.charCodeAt(letters - 1))) letters -= 1;
      if (letters < tokenStart - 1 && !isAlnum(text.charCodeAt(letters - 1))) token.push(letters);
    }

    if (hasColon) {
      let hexStart = start;
      let colon = false;
      while (hexStart > 0 && start - hexStart < 45 && isHexOrColon(text.charCodeAt(hexStart - 1))) {
        hexStart -= 1;
        if (text.charCodeAt(hexStart) === 58) colon = true;
      }
      for (let after = end; !colon && after < length && after - end < 45 && isHexOrColon(text.charCodeAt(after)); after += 1) {
        if (text.charCodeAt(after) === 58) colon = true;
      }
      if (colon) hexColon.push(hexStart);
    }

    const from = Math.max(0, start - WINDOW_BEFORE);
    const to = Math.min(length, end + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }

  // "alice [at] mail [dot] com": the bracketed at, found without lower-casing the text.
  const atWord: number[] = [];
  const bracketedAt = /[[({](?:at|AT|At|@)[\])}]/g;
  for (let match = bracketedAt.exec(text); match !== null && atWord.length < MAX_RUNS; match = bracketedAt.exec(text)) atWord.push(match.index);

  const atSign: number[] = [];
  for (let at = text.indexOf('@'); at !== -1 && atSign.length < MAX_RUNS; at = text.indexOf('@', at + 1)) atSign.push(at);

  return {
    number,
    'phone-start': unique(phoneStart),
    token: unique(token),
    'at-sign': atSign,
    'at-word': atWord,
    'hex-colon': unique(hexColon),
    keywords: findKeywords(text, windows),
  };
}

/** The positions for one rule's anchor. */
export function positionsFor(anchors: Anchors, anchor: PiiAnchor): number[] {
  if (typeof anchor === 'string') return anchors[anchor];
  const kinds: readonly string[] = typeof anchor.keyword === 'string' ? [anchor.keyword] : anchor.keyword;
  const hits = anchors.keywords.filter((hit) => kinds.includes(hit.kind));
  return unique(hits.map((hit) => (anchor.at === 'end' ? hit.end : hit.start)));
}
