import { err, ok, type Result } from '../core/result.ts';
import type { Features } from './featurize.ts';

/**
 * The messages between the service worker and the document that keeps the model sessions
 * (Chrome's offscreen document). Extension messaging serialises to JSON, so typed arrays travel as
 * plain number arrays. Only file names from the bundled manifest and feature buckets cross it —
 * never text.
 */
export const SESSION_HOST_TARGET = 'rampart-session-host';

export type SessionHostRequest =
  | { target: typeof SESSION_HOST_TARGET; op: 'open'; file: string }
  | { target: typeof SESSION_HOST_TARGET; op: 'run'; file: string; ids: number[]; weights: number[] };

export interface SessionRunReply {
  scores: number[];
  embedding: number[];
}

/** Bounds a hostile or broken caller cannot exceed (a featurized text has at most a few thousand buckets). */
const MAX_FEATURES = 100_000;
const MAX_FILE = 256;

const isNumberArray = (value: unknown, max: number): value is number[] =>
  Array.isArray(value) && value.length <= max && value.every((item) => typeof item === 'number' && Number.isFinite(item));

export function parseSessionHostRequest(raw: unknown): Result<SessionHostRequest> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  // Not addressed to the session host: someone else's message, not an error.
  if (message.target !== SESSION_HOST_TARGET) return undefined;
  if (typeof message.file !== 'string' || message.file.length === 0 || message.file.length > MAX_FILE) return err('file must be a model file name');
  if (message.op === 'open') return ok({ target: SESSION_HOST_TARGET, op: 'open', file: message.file });
  if (message.op === 'run') {
    if (!isNumberArray(message.ids, MAX_FEATURES) || !isNumberArray(message.weights, MAX_FEATURES) || message.ids.length !== message.weights.length) {
      return err('run needs ids and weights of the same length');
    }
    return ok({ target: SESSION_HOST_TARGET, op: 'run', file: message.file, ids: message.ids, weights: message.weights });
  }
  return err('unknown session host operation');
}

export const runRequest = (file: string, features: Features): SessionHostRequest => ({
  target: SESSION_HOST_TARGET,
  op: 'run',
  file,
  ids: Array.from(features.ids),
  weights: Array.from(features.weights),
});

export const featuresOf = (request: { ids: number[]; weights: number[] }): Features => ({
  ids: Int32Array.from(request.ids),
  weights: Float32Array.from(request.weights),
});

/** The host's answer as the caller sees it: anything malformed is an error, never a score. */
export function parseRunReply(raw: unknown): Result<{ scores: Float32Array; embedding: Float32Array }> {
  if (typeof raw !== 'object' || raw === null) return err('no answer from the model host');
  const envelope = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (envelope.ok === false) return err(typeof envelope.error === 'string' ? envelope.error : 'model host failed');
  const value = envelope.value as Partial<SessionRunReply> | undefined;
  if (envelope.ok !== true || !value || !isNumberArray(value.scores, 64) || !isNumberArray(value.embedding, 4_096)) {
    return err('malformed answer from the model host');
  }
  return ok({ scores: Float32Array.from(value.scores), embedding: Float32Array.from(value.embedding) });
}

export function parseOpenReply(raw: unknown): Result<null> {
  if (typeof raw !== 'object' || raw === null) return err('no answer from the model host');
  const envelope = raw as { ok?: unknown; error?: unknown };
  if (envelope.ok === true) return ok(null);
  return err(typeof envelope.error === 'string' ? envelope.error : 'model host failed');
}
