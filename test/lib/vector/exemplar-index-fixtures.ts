import { seededRandom } from '../../../lib/eval/seeded-random.ts';
import type { ScoreCalibration } from '../../../lib/vector/attack-score.ts';
import { EXEMPLAR_FAMILIES, type ExemplarFamily } from '../../../lib/vector/exemplar-family.ts';
import type { ExemplarRow } from '../../../lib/vector/exemplar-index.ts';

export const CALIBRATION: ScoreCalibration = { bias: -4, attackWeight: 8, benignWeight: -3, benignNeighbours: 3, nearAttackSimilarity: 0.8 };

/** Deterministic random rows (gaussian components, so directions are spread over the sphere). */
export function randomRows(count: number, dims: number, seed = 1): ExemplarRow[] {
  const random = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: count }, () => ({
    vector: Float32Array.from({ length: dims }, gaussian),
    family: EXEMPLAR_FAMILIES[Math.floor(random() * EXEMPLAR_FAMILIES.length)] as ExemplarFamily,
  }));
}
