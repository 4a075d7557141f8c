import { normalize } from '../core/normalize.ts';
import { fnv1a32, splitOf } from '../eval/split.ts';
import { modelText } from '../models/featurize.ts';
import { chooseNearAttackSimilarity, fitScoreCalibration, type CalibrationSample } from '../vector/attack-score.ts';
import { decodeExemplarIndex, encodeExemplarIndex, type ExemplarRow } from '../vector/exemplar-index.ts';
import { searchExemplars } from '../vector/nearest-exemplars.ts';
import { isShippableLicence } from './licence.ts';
import type { TrainingRow } from './training-row.ts';

/** The attack families vector-guard indexes (harmful requests belong to content-safety: indexing them raised benign hits). */
const INDEXED_FAMILIES = new Set(['jailbreak', 'injection', 'injection_indirect', 'exfil']);
const BENIGN_NEIGHBOURS = 5;

export interface ExemplarIndexBuild {
  bytes: Uint8Array;
  indexRows: { attack: number; benign: number };
  calibrationRows: number;
  nearAttackSimilarity: number;
}

/**
 * Builds vector-guard's bundled index with the shipped embedding model: 70% of the shippable
 * training attacks and a tenth of the benign training rows become exemplars; the rest of the
 * training rows fit the score's three weights and the near-duplicate threshold (never validation
 * rows). The vectors are derived from the texts, so only licence-allowed rows are used.
 */
export async function buildExemplarIndex(
  rows: readonly TrainingRow[],
  embedder: { id: string; dims: number; embed(text: string): Promise<Float32Array> },
): Promise<ExemplarIndexBuild> {
  // What vector-guard embeds at scan time: the text's reading (decoded, look-alikes folded), not its spelling.
  const embed = (text: string) => embedder.embed(modelText(normalize(text), Number.MAX_SAFE_INTEGER));
  const indexRows: ExemplarRow[] = [];
  const calibrationTexts: Array<{ text: string; isAttack: boolean }> = [];
  for (const row of rows) {
    if (row.direction !== 'inbound' || splitOf(row.id) !== 'train' || !isShippableLicence(row.license)) continue;
    const isAttack = INDEXED_FAMILIES.has(row.family);
    if (!isAttack && row.label !== 'benign') continue;
    const bucket = fnv1a32(`vg-index:${row.id}`) % 100;
    if (isAttack) {
      if (bucket < 70) indexRows.push({ vector: await embed(row.text), family: row.family as ExemplarRow['family'] });
      else calibrationTexts.push({ text: row.text, isAttack });
    } else if (bucket < 10) indexRows.push({ vector: await embed(row.text), family: 'benign' });
    else if (bucket < 25) calibrationTexts.push({ text: row.text, isAttack });
  }
  const draftCalibration = { bias: 0, attackWeight: 0, benignWeight: 0, benignNeighbours: BENIGN_NEIGHBOURS, nearAttackSimilarity: 1 };
  const draft = decodeExemplarIndex(encodeExemplarIndex({ embedderId: embedder.id, dims: embedder.dims, rows: indexRows, calibration: draftCalibration }));
  if (!draft.ok) throw new Error(draft.error);
  const samples: CalibrationSample[] = [];
  for (const { text, isAttack } of calibrationTexts) {
    const neighbours = searchExemplars(draft.value, await embed(text), { attack: 1, benign: BENIGN_NEIGHBOURS });
    const benign = neighbours.benign;
    samples.push({
      attackSimilarity: neighbours.attack[0]?.similarity ?? -1,
      benignDensity: benign.length ? benign.reduce((sum, n) => sum + n.similarity, 0) / benign.length : -1,
      isAttack,
    });
  }
  const nearAttackSimilarity = chooseNearAttackSimilarity(samples);
  const bytes = encodeExemplarIndex({
    embedderId: embedder.id,
    dims: embedder.dims,
    rows: indexRows,
    calibration: { ...fitScoreCalibration(samples), benignNeighbours: BENIGN_NEIGHBOURS, nearAttackSimilarity },
  });
  const attack = indexRows.filter((row) => row.family !== 'benign').length;
  return { bytes, indexRows: { attack, benign: indexRows.length - attack }, calibrationRows: samples.length, nearAttackSimilarity };
}
