import { strictest, type Action } from './action.ts';
import type { RecordedFinding } from './finding.ts';
import type { AnyDetector } from './detector.ts';
import { createPipeline, type Pipeline } from './pipeline.ts';
import { err, ok, type Result } from './result.ts';
import type { ScanInput } from './scan-input.ts';
import type { Verdict } from './verdict.ts';

/** What a reply stream is scanned with: a ScanInput without the text (that arrives in deltas). */
export type ReplyStreamInput = Omit<ScanInput, 'text' | 'direction'>;

export interface ReplyStreamOptions {
  /**
   * New characters that trigger a window scan. Scanning every 20-character delta would pay the
   * pipeline's fixed cost thousands of times; batching keeps the stream's total cost near one
   * full scan while a harmful passage is still caught within ~4,000 characters (a screenful) of
   * arriving. (The extension blocks a reply's image and link requests itself; this is the text.)
   */
  stepChars?: number;
  /**
   * Already-scanned characters re-scanned in front of the new ones, so a pattern split across
   * two windows (a URL, a key, a command) is still seen whole. Longer matches (a PEM block, a
   * whole JSON document) are left to the final scan when the reply settles.
   */
  overlapChars?: number;
  /**
   * What scans the windows (default: the stream's pipeline). Give it the cheap detectors only
   * (`gatePipeline`) to keep mid-stream cost at the rules' cost: a small window is usually clean
   * at the gate, so the router would run every model on every window, while the settle scan runs
   * them once over the whole reply (chunked) anyway.
   */
  windowPipeline?: Pipeline;
}

/** A pipeline of the cheap (gate) detectors only: what streamed windows are scanned with. */
export const gatePipeline = (detectors: readonly AnyDetector[]): Pipeline =>
  createPipeline({ detectors: detectors.filter((detector) => detector.meta.cost === 'cheap') });

export const DEFAULT_STEP_CHARS = 4_096;
export const DEFAULT_OVERLAP_CHARS = 512;

/** The state of a reply after a delta. */
export interface StreamUpdate {
  /** The strictest action seen so far in this reply. */
  action: Action;
  /** Findings first seen in this window, with spans in the whole reply's coordinates. */
  newFindings: RecordedFinding[];
  /** How much of the reply has been scanned (characters). */
  scannedChars: number;
}

const findingKey = (finding: RecordedFinding) =>
  `${finding.ruleId}|${finding.spans.map((span) => `${span.start}-${span.end}`).join(',')}`;

/** Never start a window inside a surrogate pair. */
function codePointBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * Incremental scanning of one streamed reply (outbound). `push(delta)` appends; once
 * `stepChars` new characters have arrived it scans them with `overlapChars` of what came
 * before, so the cost of each window is bounded by `stepChars + overlapChars + delta` and the
 * whole stream costs O(length) — never re-scanning the reply from the start. `settle()` runs
 * one full scan of the finished reply: the verdict that counts.
 *
 * Pushes are serialized: a push made while a window scan is running waits its turn, so windows
 * never overlap in time and findings arrive in order.
 */
export class ReplyStream {
  private text = '';
  private scannedTo = 0;
  private action: Action = 'allow';
  private readonly seen = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private settled = false;
  private readonly step: number;
  private readonly overlap: number;
  private readonly windowPipeline: Pipeline;

  constructor(
    private readonly pipeline: Pipeline,
    private readonly input: ReplyStreamInput = {},
    options: ReplyStreamOptions = {},
  ) {
    this.step = Math.max(1, options.stepChars ?? DEFAULT_STEP_CHARS);
    this.overlap = Math.max(0, options.overlapChars ?? DEFAULT_OVERLAP_CHARS);
    this.windowPipeline = options.windowPipeline ?? pipeline;
  }

  get length(): number {
    return this.text.length;
  }

  push(delta: string): Promise<Result<StreamUpdate>> {
    if (typeof delta !== 'string') return Promise.resolve(err('delta must be a string'));
    if (this.settled) return Promise.resolve(err('the reply has settled; start a new stream'));
    this.text += delta;
    return this.enqueue(() => (this.text.length - this.scannedTo >= this.step ? this.scanWindow() : Promise.resolve(ok(this.update([])))));
  }

  /** Scans whatever arrived since the last window (e.g. when the stream pauses). */
  flush(): Promise<Result<StreamUpdate>> {
    return this.enqueue(() => (this.text.length > this.scannedTo ? this.scanWindow() : Promise.resolve(ok(this.update([])))));
  }

  /** The full scan of the finished reply. Later pushes are refused. */
  settle(): Promise<Result<Verdict>> {
    this.settled = true;
    return this.enqueue(() => this.pipeline.scan({ ...this.input, text: this.text, direction: 'outbound' }));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private update(newFindings: RecordedFinding[]): StreamUpdate {
    return { action: this.action, newFindings, scannedChars: this.scannedTo };
  }

  private async scanWindow(): Promise<Result<StreamUpdate>> {
    const end = this.text.length;
    const from = codePointBoundary(this.text, Math.max(0, this.scannedTo - this.overlap));
    const result = await this.windowPipeline.scan({ ...this.input, text: this.text.slice(from, end), direction: 'outbound' });
    if (!result.ok) return result;
    this.scannedTo = end;
    this.action = strictest(this.action, result.value.action);
    const fresh: RecordedFinding[] = [];
    for (const finding of result.value.findings) {
      const shifted = { ...finding, spans: finding.spans.map((span) => ({ start: span.start + from, end: span.end + from })) };
      const key = findingKey(shifted);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      fresh.push(shifted);
    }
    return ok(this.update(fresh));
  }
}
