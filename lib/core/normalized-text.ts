/**
 * The output of the normalize stage, computed once per scan and shared by every detector.
 *
 * A *view* is one reading of the text (the original, a canonical form, a decoded layer…). Each view
 * maps its offsets back to the original text so that a finding in any view can be highlighted and
 * redacted where the user sees it.
 */
export interface TextView {
  /** `original`, `canonical`, or the decoding that produced it (e.g. `base64`). */
  name: string;
  text: string;
  /** How many decodings deep this view is (0 = the original or its canonical form). */
  depth: number;
  /** Maps a half-open range in this view to a half-open range in the original text. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /**
   * For a whole-text reading of the canonical view (skeleton, leetspeak, unjoined words, …): where,
   * in this view's offsets, its text differs from the canonical text, which it repeats verbatim
   * everywhere else. A detector that scanned the canonical view need only look near these.
   * Absent for the canonical view, decoded layers, and readings that reorder text.
   */
  changes?: ReadonlyArray<{ start: number; end: number }>;
}

/** Evidence gathered while normalizing: how much was hidden, and how. */
export interface NormalizationSignal {
  /** The hiding technique (lib/normalize/signal-kinds.ts lists them). */
  kind: string;
  count: number;
  /** Positions in the original text (capped; never the characters themselves). */
  spans: Array<{ start: number; end: number }>;
  /** The view that holds what this signal revealed (a decoded layer, a smuggled payload). */
  view?: string;
  /** Where each revealed item sits in that view's text; parallel to `spans`. */
  viewSpans?: Array<{ start: number; end: number }>;
  /** Decoding depth of `view` (1 = decoded once). */
  depth?: number;
}

export interface NormalizedText {
  original: string;
  /** The view every detector should scan first. */
  canonical: TextView;
  /** All views, canonical first. */
  views: TextView[];
  signals: NormalizationSignal[];
}
