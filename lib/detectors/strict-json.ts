import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding, Severity, Span } from '../core/finding.ts';
import type { JsonContext } from '../json/json-candidates.ts';
import { JSON_HAZARD_KINDS, type JsonHazardKind } from '../json/json-hazards.ts';
import { scanReplyJson, type ReplyJsonHazard } from '../json/scan-reply-json.ts';
import type { ToolSchema } from '../json/tool-schema.ts';

export interface StrictJsonOptions {
  /** Nesting deeper than this is `excessive-depth` (recursive parsers in Python, Java, C overflow far later, but 64 is I-JSON-style prudence). */
  maxDepth: number;
  /** Entries per object or array above which it is `excessive-size`. */
  maxEntries: number;
  /** Characters of one JSON value above which it is `excessive-size`. */
  maxJsonChars: number;
  /**
   * Tool name → JSON Schema of its arguments (OpenAI `parameters`, Anthropic `input_schema`), for
   * the site or agent whose replies are scanned. Policy supplies them; when empty, nothing is
   * validated and no call is an `unknown-tool`.
   */
  toolSchemas: Record<string, ToolSchema>;
}

/** Characters read per reply whatever the profile says: parsing is linear, this bounds its cost. */
const HARD_MAX_CHARS = 1_000_000;
/** Spans per finding: enough to highlight, bounded on a reply with thousands of trailing commas. */
const MAX_SPANS_PER_FINDING = 32;

/**
 * How much a hazard's context weighs. The scores are assigned, not calibrated: the labelled data
 * holds no attacks made of JSON (see strict-json.md). Tool-call JSON is parsed by a program that
 * acts on it; a ```json block may be copied into a config; a JSON-looking line in prose is
 * mostly illustration. With these weights a differential (0.8) warns in `standard` (0.6) only
 * inside a tool call, and in `strict` (0.5) never in a snippet.
 */
const CONTEXT_WEIGHT: Record<JsonContext, number> = { 'tool-call': 1, data: 0.6, snippet: 0.4 };

export const meta: DetectorMeta<StrictJsonOptions> = {
  id: 'strict-json',
  description:
    'JSON in replies (code blocks, tool-call tags and markers, OpenAI/Anthropic/Gemini tool calls including `arguments` strings, whole-JSON replies, JSON introduced in prose) decoded strictly (RFC 8259 + I-JSON): parser differentials (comments, trailing commas, single quotes, NaN, leading zeros, BOM, raw control characters, trailing data…), duplicate keys, lone surrogates, precision loss, prototype keys, depth and size; tool-call arguments validated against known tool schemas. Worse inside a tool call than in an illustrative snippet.',
  version: '1.0.0',
  directions: ['outbound'],
  categories: ['unsafe-json'],
  cost: 'cheap',
  expectedMs: 0.1,
  // Reading is bounded inside (the profile's maxScanChars, at most HARD_MAX_CHARS), so no reply is skipped.
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: { maxDepth: 64, maxEntries: 10_000, maxJsonChars: 100_000, toolSchemas: {} },
  messages: Object.fromEntries(Object.entries(JSON_HAZARD_KINDS).map(([kind, info]) => [kind, info.description])),
};

const severityOf = (score: number): Severity => (score >= 0.9 ? 'critical' : score >= 0.75 ? 'high' : score >= 0.5 ? 'medium' : 'low');

/** The score of one hazard: its kind's (or its own) tool-call score, weighted by its context. */
export function hazardScore(hazard: Pick<ReplyJsonHazard, 'kind' | 'context' | 'toolCallScore'>): number {
  const base = hazard.toolCallScore ?? JSON_HAZARD_KINDS[hazard.kind].toolCallScore;
  return Math.round(base * CONTEXT_WEIGHT[hazard.context] * 1000) / 1000;
}

/** One finding per rule: every place it occurs (capped), scored by the worst occurrence. */
function toFindings(hazards: readonly ReplyJsonHazard[]): Finding[] {
  const byKind = new Map<JsonHazardKind, { score: number; spans: Span[] }>();
  for (const hazard of hazards) {
    const entry = byKind.get(hazard.kind) ?? { score: 0, spans: [] };
    entry.score = Math.max(entry.score, hazardScore(hazard));
    if (entry.spans.length < MAX_SPANS_PER_FINDING) entry.spans.push({ start: hazard.start, end: hazard.end });
    byKind.set(hazard.kind, entry);
  }
  return [...byKind].map(([kind, { score, spans }]) => ({
    ruleId: `${meta.id}/${kind}`,
    category: 'unsafe-json',
    severity: severityOf(score),
    score,
    spans,
  }));
}

/**
 * Reads the ORIGINAL reply, not a normalized view: a JSON consumer parses the bytes the model
 * sent, and normalization would erase exactly what matters here (a BOM, a raw control character,
 * a lone surrogate, a no-break space between tokens).
 */
export const strictJson: Detector<StrictJsonOptions> = {
  meta,
  run({ text, maxScanChars, options }) {
    const settings = { ...meta.defaultOptions, ...options };
    const hazards = scanReplyJson(text.original, {
      limits: { maxDepth: settings.maxDepth, maxEntries: settings.maxEntries, maxChars: settings.maxJsonChars, maxHazards: 256 },
      toolSchemas: settings.toolSchemas ?? {},
      maxChars: Math.min(Math.max(0, maxScanChars), HARD_MAX_CHARS),
    });
    return findings(toFindings(hazards));
  },
};
