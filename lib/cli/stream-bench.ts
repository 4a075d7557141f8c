import type { Pipeline } from '../core/pipeline.ts';
import { ReplyStream, type ReplyStreamOptions } from '../core/reply-stream.ts';
import { roundTo, summarize } from './percentiles.ts';

export const STREAM_REPLY_CHARS = 50_000;
export const STREAM_DELTA_CHARS = 20;
/** Issue target: streaming a reply costs less than this many full scans of it. */
export const STREAM_TARGET_RATIO = 3;

/** What `bench` reports for streamed replies (times in ms, medians over `runs`). */
export interface StreamBench {
  replyChars: number;
  deltaChars: number;
  /** One pipeline scan of the whole reply. */
  fullScanMs: number;
  /** Every push (window scans included) plus the final settle() scan. */
  streamMs: number;
  /** The window scans alone (streamMs minus the settle scan). */
  windowsMs: number;
  ratio: number;
  targetRatio: number;
  runs: number;
}

const median = (values: readonly number[]) => summarize(values, 6).p50!;

async function timeFullScan(pipeline: Pipeline, reply: string): Promise<number> {
  const before = performance.now();
  const result = await pipeline.scan({ text: reply, direction: 'outbound', site: 'cli' });
  if (!result.ok) throw new Error(result.error);
  return performance.now() - before;
}

async function timeStream(pipeline: Pipeline, reply: string, deltaChars: number, options: ReplyStreamOptions): Promise<{ total: number; settle: number }> {
  const stream = new ReplyStream(pipeline, { site: 'cli' }, options);
  const before = performance.now();
  for (let at = 0; at < reply.length; at += deltaChars) {
    const update = await stream.push(reply.slice(at, at + deltaChars));
    if (!update.ok) throw new Error(update.error);
  }
  const settling = performance.now();
  const verdict = await stream.settle();
  if (!verdict.ok) throw new Error(verdict.error);
  const after = performance.now();
  return { total: after - before, settle: after - settling };
}

/**
 * Each reply delivered in `deltaChars`-character deltas through ReplyStream, against
 * one scan of the same reply: the issue asks for < 3× (window scans + the final full scan).
 * Full scans and streams alternate so that warm-up and machine noise hit both alike.
 */
export async function benchStreaming(
  pipeline: Pipeline,
  replies: readonly string[],
  options: ReplyStreamOptions = {},
  deltaChars = STREAM_DELTA_CHARS,
): Promise<StreamBench> {
  await timeFullScan(pipeline, replies[0]!);
  const full: number[] = [];
  const streamed: number[] = [];
  const windows: number[] = [];
  for (const reply of replies) {
    full.push(await timeFullScan(pipeline, reply));
    const { total, settle } = await timeStream(pipeline, reply, deltaChars, options);
    streamed.push(total);
    windows.push(total - settle);
  }
  const fullScanMs = median(full);
  const streamMs = median(streamed);
  return {
    replyChars: replies[0]!.length,
    deltaChars,
    fullScanMs: roundTo(fullScanMs, 2)!,
    streamMs: roundTo(streamMs, 2)!,
    windowsMs: roundTo(median(windows), 2)!,
    ratio: roundTo(streamMs / fullScanMs, 2)!,
    targetRatio: STREAM_TARGET_RATIO,
    runs: replies.length,
  };
}
