import { MAX_REGIONS } from '../budget.ts';
import { ViewBuilder } from '../offset-map.ts';
import { HTML_ENTITY, scanAll } from '../patterns.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { isPlausibleText } from '../text-shape.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { namedEntity } from './html-entity-names.ts';

/** Entities further apart than this (or across a line break) start a new region. */
const MAX_GAP = 64;

function decodeEntity(reference: string): string | undefined {
  const body = reference.endsWith(';') ? reference.slice(1, -1) : reference.slice(1);
  if (body.startsWith('#')) {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(cp);
  }
  return namedEntity(body);
}

/** HTML character references, named and numeric; `&amp;lt;` comes out at the next depth. */
export const html: Decoder = {
  name: SIGNAL.html,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!source.hints.ampersand) return [];
    const groups: Array<Array<{ start: number; end: number; value: string }>> = [];
    scanAll(HTML_ENTITY, text, (match) => {
      const value = decodeEntity(match[0]);
      if (value === undefined) return;
      const entity = { start: match.index, end: match.index + match[0].length, value };
      const group = groups[groups.length - 1];
      const last = group?.[group.length - 1];
      if (group && last && entity.start - last.end <= MAX_GAP && !text.slice(last.end, entity.start).includes('\n')) group.push(entity);
      else groups.push([entity]);
      return groups.length <= MAX_REGIONS;
    });
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    for (const group of groups) {
      if (regions.length >= MAX_REGIONS || budget <= 0) break;
      const start = group[0]!.start;
      const end = group[group.length - 1]!.end;
      // Offsets here are source-view offsets; the builder's "original" is the source view.
      const builder = new ViewBuilder(end - start);
      let cursor = start;
      for (const entity of group) {
        builder.appendIdentity(text, cursor, entity.start, cursor);
        builder.append(entity.value, entity.start, entity.end);
        cursor = entity.end;
      }
      const built = builder.build('html', 0, text.length);
      if (built.text.length > budget || !isPlausibleText(built.text)) continue;
      budget -= built.text.length;
      regions.push({ start, end, text: built.text, starts: built.starts!, ends: built.ends! });
    }
    return regions;
  },
};
