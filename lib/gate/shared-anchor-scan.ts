import type { TextView } from '../core/normalized-text.ts';
import { AnchorIndex, type AnchorHit } from './anchor-index.ts';
import { foldCase } from './fold-case.ts';
import { widenRanges } from '../normalize/changed-ranges.ts';

/** One view as the rule engines read it: lower-cased (every offset kept) with every anchor hit in it. */
export interface ScannedView {
  lower: string;
  hits: AnchorHit[];
}

/**
 * How far from a changed character an anchor hit of a whole-text reading is looked for: further
 * back than the longest match any pattern can make (their gaps are bounded), and past the longest
 * anchor plus lookback ahead.
 */
const CHANGE_REACH_BEFORE = 640;
const CHANGE_REACH_AFTER = 160;

interface Scans {
  maxCharsPerView: number;
  /** The index these hits came from (an engine built later adds anchors and a new index). */
  index: AnchorIndex;
  /** Per view in order: its scan, or null when its (cut) text repeats an earlier view's. */
  views: Array<ScannedView | null>;
  texts: string[];
}

/**
 * The anchor pass of one or more rule engines (rule-engine.ts): each view of a text is lower-cased
 * and walked by one Aho-Corasick index over the anchors of every engine that shares it, once, and
 * each engine keeps the hits of its own anchors. Prompt-attack and persuasion scan the same views
 * of every inbound text; apart, the walk and the lower-casing were done twice, a sixth of a
 * 2,000-character scan. Anchors are registered while the engines are built; the index is built at
 * the first scan (and again if an engine is built after it). A text's scans are kept, lazily and
 * view by view, for as long as its view list lives (a WeakMap on the list), so the second engine
 * reads what the first computed.
 */
export class SharedAnchorScan {
  readonly #ids = new Map<string, number>();
  #index: AnchorIndex | undefined;
  readonly #scans = new WeakMap<readonly TextView[], Scans>();

  /** The id that hits of `anchor` (lower-case, NFKC) carry; the same anchor gets the same id. */
  register(anchor: string): number {
    const known = this.#ids.get(anchor);
    if (known !== undefined) return known;
    this.#index = undefined;
    const id = this.#ids.size;
    this.#ids.set(anchor, id);
    return id;
  }

  /**
   * `views[position]` as scanned (its first `maxCharsPerView` characters), or null when that text
   * repeats an earlier view's: views often coincide (the canonical form of plain text is the text).
   */
  view(views: readonly TextView[], position: number, maxCharsPerView: number): ScannedView | null {
    this.#index ??= new AnchorIndex([...this.#ids.keys()]);
    let scans = this.#scans.get(views);
    if (!scans || scans.maxCharsPerView !== maxCharsPerView || scans.index !== this.#index) {
      scans = { maxCharsPerView, index: this.#index, views: [], texts: [] };
      this.#scans.set(views, scans);
    }
    while (scans.views.length <= position) {
      const view = views[scans.views.length]!;
      const text = view.text.length > maxCharsPerView ? view.text.slice(0, maxCharsPerView) : view.text;
      if (scans.texts.includes(text)) {
        scans.views.push(null);
        continue;
      }
      scans.texts.push(text);
      const lower = foldCase(text);
      const hits = view.changes ? findNear(scans.index, view.changes, lower) : scans.index.find(lower);
      scans.views.push({ lower, hits });
    }
    return scans.views[position]!;
  }
}

/**
 * Anchor hits of a whole-text reading near the places where it differs from the canonical view
 * (TextView.changes), which the engines scan first and in full: anywhere else the reading repeats
 * it, so a new match there must cover a changed character, and the regions reach further back than
 * any pattern is long. Other views are scanned in full.
 */
function findNear(index: AnchorIndex, changes: NonNullable<TextView['changes']>, text: string): AnchorHit[] {
  const hits: AnchorHit[] = [];
  for (const region of widenRanges(changes, text.length, CHANGE_REACH_BEFORE, CHANGE_REACH_AFTER)) {
    for (const hit of index.find(text.slice(region.start, region.end))) {
      hits.push({ anchor: hit.anchor, start: hit.start + region.start, end: hit.end + region.start });
    }
  }
  return hits;
}
