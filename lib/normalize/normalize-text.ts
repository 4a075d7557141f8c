import type { NormalizationSignal, NormalizedText } from '../core/normalized-text.ts';
import { applyBackspaces } from './backspace.ts';
import { bidiDisplayView } from './bidi-display.ts';
import { DecodeBudget, MAX_ANALYZED_CHARS } from './budget.ts';
import { canonicalize } from './canonicalize.ts';
import { changesFromCanonical } from './changed-ranges.ts';
import { CYRILLIC, GREEK, LATIN, LOOKALIKE_SCRIPT, MARK } from './char-class.ts';
import { canonicalLayer, decodeLayers } from './decode-layers.ts';
import { readDoubledLetters } from './doubled-letters.ts';
import { readHiddenPayloads } from './hidden-payloads.ts';
import { readJoinedWords } from './joined-words.ts';
import { readSplitWords } from './split-words.ts';
import { DESPACED_LEETSPEAK, readLeetspeak } from './leetspeak.ts';
import { identityView, type MappedView } from './offset-map.ts';
import { NOT_PLAIN_ASCII } from './patterns.ts';
import { SIGNAL } from './signal-kinds.ts';
import { buildSkeleton } from './skeleton.ts';
import { readRespaced } from './respaced.ts';
import { readSpacedLetters } from './spaced-letters.ts';
import { readSwappedLetters } from './swapped-letters.ts';
import { JAMO, NOT_INERT, stripInvisible } from './strip-invisible.ts';
import { scanHints } from './text-hints.ts';
import { readUpsideDown } from './upside-down.ts';

/** Merges signals of one kind that carry no view (two stages can both report styled letters). */
function mergeSignals(signals: readonly NormalizationSignal[]): NormalizationSignal[] {
  const merged: NormalizationSignal[] = [];
  const byKind = new Map<string, NormalizationSignal>();
  for (const signal of signals) {
    const existing = signal.view === undefined ? byKind.get(signal.kind) : undefined;
    if (existing) {
      existing.count += signal.count;
      existing.spans = [...existing.spans, ...signal.spans].sort((a, b) => a.start - b.start).slice(0, 64);
      continue;
    }
    const copy = { ...signal };
    if (signal.view === undefined) byKind.set(signal.kind, copy);
    merged.push(copy);
  }
  return merged;
}

/** The part of the canonical view that readings and decoders analyse; says so when that is not all of it. */
function analyzedPart(canonical: MappedView, signals: NormalizationSignal[]): MappedView {
  if (canonical.text.length <= MAX_ANALYZED_CHARS) return canonical;
  signals.push({ kind: SIGNAL.budgetExhausted, count: 1, spans: [{ start: canonical.startAt(MAX_ANALYZED_CHARS), end: canonical.originalLength }] });
  return canonical.prefix(MAX_ANALYZED_CHARS);
}

function normalizeOrThrow(original: string): NormalizedText {
  const signals: NormalizationSignal[] = [];
  const readings: Array<MappedView | undefined> = [];
  const roots: MappedView[] = [];
  let canonical: MappedView;

  const plain = !NOT_PLAIN_ASCII.test(original);
  if (plain) {
    // Fast path: printable ASCII has nothing invisible, nothing for NFKC and no look-alikes.
    canonical = identityView('canonical', original);
    roots.push(analyzedPart(canonical, signals));
  } else {
    const stripped = stripInvisible(original);
    signals.push(...stripped.signals);
    // Text whose non-ASCII characters NFKC leaves alone and that has no combining marks (most
    // non-English text: CJK, Cyrillic, accented Latin written precomposed) is already canonical.
    if (stripped.census & (NOT_INERT | MARK | JAMO)) {
      const canonicalText = canonicalize(stripped.view);
      canonical = canonicalText.view;
      signals.push(...canonicalText.signals);
    } else {
      canonical = stripped.view.withName('canonical');
    }
    roots.push(analyzedPart(canonical, signals));
    const cleaned = stripped.view.prefix(MAX_ANALYZED_CHARS);

    const skeleton = buildSkeleton(roots[0]!);
    signals.push(...skeleton.signals);
    readings.push(skeleton.view);

    // These three read the cleaned text (before NFKC, which would rewrite turned letters and
    // reorder nothing); their result is then put in canonical form like every other view.
    // Upside-down text always has turned Latin letters (ǝ, ɐ, ɹ…) or look-alikes of other scripts.
    if (stripped.census & (LATIN | GREEK | CYRILLIC | LOOKALIKE_SCRIPT)) {
      const upsideDown = readUpsideDown(cleaned);
      if (upsideDown.signal) signals.push(upsideDown.signal);
      readings.push(upsideDown.view && canonicalLayer(upsideDown.view));
    }

    const display = bidiDisplayView(cleaned, stripped.overrides.filter((range) => range.end <= cleaned.text.length));
    readings.push(display && canonicalLayer(display));

    const backspace = applyBackspaces(cleaned, stripped.backspaces.filter((backspace) => backspace.at <= cleaned.text.length));
    if (backspace.signal) signals.push(backspace.signal);
    readings.push(backspace.view && canonicalLayer(backspace.view));

    const hidden = readHiddenPayloads(original, stripped);
    signals.push(...hidden.signals);
    roots.push(...hidden.views);
  }

  // Which scanners can find anything in the canonical text: plain prose skips nearly all of them.
  const analyzed = roots[0]!;
  const hints = scanHints(analyzed.text, canonical.text === original ? plain : !NOT_PLAIN_ASCII.test(analyzed.text));

  if (hints.leet) {
    const leet = readLeetspeak(analyzed);
    if (leet.signal) signals.push(leet.signal);
    readings.push(leet.view);
  }

  if (hints.spaced || hints.punctuationSplit) {
    const spaced = readSpacedLetters(analyzed, { spaces: hints.spaced, punctuation: hints.punctuationSplit });
    if (spaced.signal) signals.push(spaced.signal);
    readings.push(spaced.view);
    // Spaced-out leetspeak ("H 0 w   d 0   I") is leetspeak once closed up: read it in that view.
    if (spaced.view) {
      const leet = readLeetspeak(spaced.view);
      if (leet.signal) signals.push(leet.signal);
      readings.push(leet.view?.withName(DESPACED_LEETSPEAK));
    }
  }

  readings.push(readJoinedWords(analyzed));
  readings.push(readSplitWords(analyzed));
  readings.push(readSwappedLetters(analyzed));
  readings.push(readRespaced(analyzed));
  readings.push(readDoubledLetters(analyzed));

  const budget = new DecodeBudget(original.length);
  const decoded = decodeLayers(roots, budget, new Map([[analyzed, hints]]));
  signals.push(...decoded.signals);
  if (budget.exhausted) signals.push({ kind: SIGNAL.budgetExhausted, count: 1, spans: [] });

  const wholeReadings = readings.filter((view) => view !== undefined);
  for (const reading of wholeReadings) if (reading !== canonical) reading.changes = changesFromCanonical(reading, canonical);
  const views = [canonical, ...wholeReadings, ...roots.slice(1), ...decoded.views];
  // The analysed prefix is the canonical view itself unless the text is longer than the cap.
  return { original, canonical, views, signals: mergeSignals(signals) };
}

/**
 * Stage 1 of the pipeline: the original text → canonical view, further readings (skeleton,
 * leetspeak, de-spaced, upside-down, display order, backspaces applied), hidden payloads (tags,
 * variation selectors), decoded layers, and the signals of how text was hidden. Never throws: if
 * a bug slipped through, the scan goes on with the identity normalization and says so in a signal.
 */
export function normalizeText(original: string): NormalizedText {
  const text = typeof original === 'string' ? original : String(original ?? '');
  try {
    return normalizeOrThrow(text);
  } catch {
    const canonical = identityView('canonical', text);
    return { original: text, canonical, views: [canonical], signals: [{ kind: 'normalize-failed', count: 1, spans: [] }] };
  }
}
