import { describe, expect, it } from 'vitest';
import { splitOf } from '../../../lib/eval/split.ts';
import { buildExemplarIndex } from '../../../lib/training/build-exemplar-index.ts';
import { decodeExemplarIndex } from '../../../lib/vector/exemplar-index.ts';
import { tinyRows } from '../../support/tiny-dataset.ts';
import { hashingEmbedder } from '../vector/fake-embedder.ts';

describe('buildExemplarIndex', () => {
  it('indexes shippable training rows only, and carries the embedder id and a fitted calibration', async () => {
    const rows = tinyRows();
    const embedder = hashingEmbedder(32);
    const embedded: string[] = [];
    const build = await buildExemplarIndex(rows, {
      ...embedder,
      id: embedder.id,
      dims: embedder.dims,
      embed: async (text) => {
        embedded.push(text);
        return embedder.embed(text);
      },
    });
    const index = decodeExemplarIndex(build.bytes);
    expect(index.ok).toBe(true);
    if (!index.ok) return;
    expect(index.value.embedderId).toBe(embedder.id);
    expect(index.value.count).toBe(build.indexRows.attack + build.indexRows.benign);
    expect(build.indexRows.attack).toBeGreaterThan(0);
    const validationTexts = new Set(rows.filter((row) => splitOf(row.id) === 'validation').map((row) => row.text));
    const nonShippable = new Set(rows.filter((row) => row.license.includes('NC')).map((row) => row.text));
    expect(embedded.some((text) => validationTexts.has(text) || nonShippable.has(text))).toBe(false);
    expect(Number.isFinite(index.value.calibration.attackWeight)).toBe(true);
  });
});
