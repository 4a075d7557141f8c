import type { AnyDetector } from '../../../lib/core/detector.ts';
import { createPipeline, type Pipeline } from '../../../lib/core/pipeline.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import type { Embedder } from '../../../lib/vector/embedder.ts';

/**
 * A stand-in for the embedding model: a bag of lower-cased words hashed into 16 dimensions, so
 * case, spacing and punctuation variants are identical (cosine 1) and a changed word lowers the
 * similarity a little, as with the real hashed n-gram embedding.
 */
export function fakeEmbedder(): Embedder & { calls: number } {
  const embedder = {
    id: 'fake-embed@1',
    dims: 16,
    calls: 0,
    async embed(text: string) {
      embedder.calls += 1;
      const vector = new Float32Array(16);
      for (const word of text.toLowerCase().match(/[a-z0-9]+/gu) ?? []) {
        let hash = 7;
        for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
        vector[hash % 16]! += 1;
      }
      return vector;
    },
  };
  return embedder;
}

/**
 * A costly detector that plays a model: it flags "banana" (prompt-attack 0.95, a block in standard)
 * and "cherry" (0.6, a warning) wherever they appear in the canonical text, and counts its runs —
 * the work a cache hit saves.
 */
export function fakeModel(): AnyDetector & { runs: number } {
  const detector = {
    runs: 0,
    meta: {
      id: 'fake-model',
      description: 'test model',
      version: '1',
      directions: ['inbound', 'outbound'] as const,
      categories: ['prompt-attack'] as const,
      cost: 'costly' as const,
      expectedMs: 1,
      maxChars: 1_000_000,
      defaultOptions: {},
      messages: { fruit: 'a fruit the test model dislikes' },
    },
    run(context: { text: { canonical: { text: string } } }) {
      detector.runs += 1;
      const text = context.text.canonical.text.toLowerCase();
      const score = text.includes('banana') ? 0.95 : text.includes('cherry') ? 0.6 : 0;
      return { status: 'ok' as const, findings: score ? [{ ruleId: 'fake-model/fruit', category: 'prompt-attack' as const, severity: 'high' as const, score, spans: [] }] : [] };
    },
  };
  return detector as unknown as AnyDetector & { runs: number };
}

/**
 * The rule detectors plus the fake model: a real pipeline whose costly stage is countable. Its clock
 * stands still, so no scan runs out of latency budget (a skip the cache rightly refuses to keep).
 */
export function testPipeline(model = fakeModel()): { pipeline: Pipeline; model: ReturnType<typeof fakeModel> } {
  return { pipeline: createPipeline({ detectors: [...DETECTORS, model], clock: () => 0 }), model };
}

/** Every substring of `text` of `length` characters (for "nothing of the text was stored" checks). */
export function substringsOf(text: string, length = 8): string[] {
  const found: string[] = [];
  for (let start = 0; start + length <= text.length; start += 1) found.push(text.slice(start, start + length));
  return found;
}

/** Everything a stored value holds, as one string (typed arrays spelled out, so nothing hides in them). */
export function dump(value: unknown): string {
  return JSON.stringify(value, (_, item) => (ArrayBuffer.isView(item) ? Array.from(item as unknown as ArrayLike<number>) : item instanceof Map ? [...item] : item));
}
