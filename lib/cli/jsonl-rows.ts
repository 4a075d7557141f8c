import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { MAX_SCAN_CHARS } from '../core/limits.ts';
import { err, ok, type Result } from '../core/result.ts';

/** A labelled row, as `eval` scans it. */
export interface EvalRow {
  /** The row's id when it has one (used by `--split`). */
  id?: string;
  text: string;
  label: 'attack' | 'benign';
  family: string;
  lang?: string;
  technique?: string;
  /** Finer source label (`pypi:fake`, `tensor_trust:…`). */
  category?: string;
  /** The prompt an outbound row answered (passed to the scan as conversationText). */
  context?: string;
}

/**
 * Texts longer than the pipeline accepts (MAX_SCAN_CHARS) are counted as `too-large` instead of
 * being scanned. Everything up to it is scanned in full: above the profile's `maxScanChars`
 * (100,000 characters in `standard`) the `size` detector reports the text as oversized, and that
 * verdict is what eval should measure.
 */
export const MAX_ROW_CHARS = MAX_SCAN_CHARS;

/** Why a line is not a usable row. Never carries any of the line's content. */
export type RowError =
  | 'empty-line'
  | 'invalid-json'
  | 'not-an-object'
  | 'missing-text'
  | 'text-not-string'
  | 'empty-text'
  | 'too-large'
  | 'missing-label'
  | 'invalid-label'
  | 'missing-family'
  | 'invalid-family'
  | 'invalid-lang'
  | 'invalid-technique'
  | 'invalid-category'
  | 'invalid-context'
  | 'invalid-id';

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** An optional string field: absent or null → undefined; a non-empty string → it; else invalid. */
function optionalString(record: Record<string, unknown>, key: string): Result<string | undefined, true> {
  const value = hasOwn(record, key) ? record[key] : undefined;
  if (value === undefined || value === null) return ok(undefined);
  return typeof value === 'string' && value.length > 0 ? ok(value) : err(true);
}

/** Checks one JSONL line. Errors name the reason only (no content of the line). */
export function validateRow(line: string, maxChars = MAX_ROW_CHARS): Result<EvalRow, RowError> {
  if (!/\S/.test(line)) return err('empty-line');
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return err('invalid-json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return err('not-an-object');
  const record = parsed as Record<string, unknown>;

  if (!hasOwn(record, 'text') || record.text === undefined || record.text === null) return err('missing-text');
  const text = record.text;
  if (typeof text !== 'string') return err('text-not-string');
  if (text.length > maxChars) return err('too-large');
  if (!/\S/.test(text)) return err('empty-text');

  if (!hasOwn(record, 'label') || record.label === undefined || record.label === null) return err('missing-label');
  const label = record.label;
  if (label !== 'attack' && label !== 'benign') return err('invalid-label');

  if (!hasOwn(record, 'family') || record.family === undefined || record.family === null) return err('missing-family');
  const family = record.family;
  if (typeof family !== 'string' || family.length === 0) return err('invalid-family');

  const lang = optionalString(record, 'lang');
  if (!lang.ok) return err('invalid-lang');
  const technique = optionalString(record, 'technique');
  if (!technique.ok) return err('invalid-technique');

  const id = optionalString(record, 'id');
  if (!id.ok) return err('invalid-id');
  const category = optionalString(record, 'category');
  if (!category.ok) return err('invalid-category');
  const context = optionalString(record, 'context');
  if (!context.ok) return err('invalid-context');

  const row: EvalRow = { text, label, family };
  if (id.value !== undefined) row.id = id.value;
  if (lang.value !== undefined) row.lang = lang.value;
  if (technique.value !== undefined) row.technique = technique.value;
  if (category.value !== undefined) row.category = category.value;
  if (context.value !== undefined) row.context = context.value;
  return ok(row);
}

/** One line of a JSONL file: a row, or the reason it is not one. `line` is 1-based. */
export type RowItem = { line: number; ok: true; row: EvalRow } | { line: number; ok: false; reason: RowError };

/**
 * Streams a JSONL file line by line (readline over a read stream), so a file of any number of
 * rows is never held in memory at once. A UTF-8 byte-order mark on the first line is ignored; a
 * final newline does not make an extra (empty) row. I/O errors (missing file, a directory)
 * reject the iteration; bad lines are yielded as errors.
 */
export async function* readRows(path: string, maxChars = MAX_ROW_CHARS): AsyncGenerator<RowItem> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const raw of lines) {
      line += 1;
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      const result = validateRow(text, maxChars);
      yield result.ok ? { line, ok: true, row: result.value } : { line, ok: false, reason: result.error };
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}
