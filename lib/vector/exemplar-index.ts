import { err, ok, type Result } from '../core/result.ts';
import type { ScoreCalibration } from './attack-score.ts';
import { EXEMPLAR_FAMILIES, familyCode, isExemplarFamily, type ExemplarFamily } from './exemplar-family.ts';
import { l2Normalized } from './vector-math.ts';

/**
 * The bundled index of known attack exemplars and of a benign reference set, in memory. Vectors
 * are int8-quantised (a quarter of float32's size: 20,000 × 128 dimensions is 2.5 MB) with one
 * scale per row chosen so that the dequantised row `vectors[row·dims + i] · scales[row]` has unit
 * length — cosine with a unit query is then exact for the quantised direction.
 */
export interface ExemplarIndex {
  /** The embedder the vectors were made with (Embedder.id); other embedders' vectors do not compare. */
  readonly embedderId: string;
  readonly dims: number;
  readonly count: number;
  /** Per row: position in EXEMPLAR_FAMILIES. */
  readonly families: Uint8Array;
  readonly scales: Float32Array;
  /** Row-major, `count × dims`. */
  readonly vectors: Int8Array;
  readonly calibration: ScoreCalibration;
}

export interface ExemplarRow {
  vector: ArrayLike<number>;
  family: ExemplarFamily;
}

export interface ExemplarIndexInput {
  embedderId: string;
  dims: number;
  calibration: ScoreCalibration;
  rows: readonly ExemplarRow[];
}

/*
 * File format, version 1 (all numbers little-endian; no padding, the decoder copies into typed
 * arrays so alignment does not matter):
 *
 *   offset  size        field
 *   0       4           magic "RVGI" (Rampart Vector Guard Index)
 *   4       2   u16     version = 1
 *   6       2   u16     dims (1..4096)
 *   8       4   u32     count (0..2,000,000)
 *   12      1   u8      calibration.benignNeighbours (1..255)
 *   13      1   u8      embedder id length n (1..255)
 *   14      2   u16     reserved, 0
 *   16      16  f32 ×4  calibration: bias, attackWeight, benignWeight, nearAttackSimilarity
 *   32      n           embedder id, printable ASCII
 *   32+n    count u8    family code per row
 *   …       count f32   scale per row
 *   …       count·dims  i8 vector components, row-major
 *
 * Integrity against tampering is the model manifest's SHA-256 (DESIGN.md §3); this decoder only
 * makes sure that whatever bytes it is given cannot crash the extension or smuggle in NaN,
 * out-of-range codes or vectors of the wrong length.
 */
const MAGIC = [0x52, 0x56, 0x47, 0x49];
export const EXEMPLAR_INDEX_VERSION = 1;
const HEADER_BYTES = 32;
const MAX_DIMS = 4_096;
const MAX_COUNT = 2_000_000;
/** How far a row's dequantised length may be from 1 (float32 rounding of the scale is ~1e-7). */
const UNIT_TOLERANCE = 1e-3;
const PRINTABLE_ASCII = /^[\x21-\x7e]{1,255}$/;

function quantize(vector: Float32Array): { components: Int8Array; scale: number } {
  let maxAbs = 0;
  for (const value of vector) maxAbs = Math.max(maxAbs, Math.abs(value));
  const components = new Int8Array(vector.length);
  let squares = 0;
  for (let i = 0; i < vector.length; i += 1) {
    const q = Math.round((vector[i]! / maxAbs) * 127);
    components[i] = q;
    squares += q * q;
  }
  return { components, scale: 1 / Math.sqrt(squares) };
}

function checkCalibration(calibration: ScoreCalibration): string | undefined {
  const { bias, attackWeight, benignWeight, nearAttackSimilarity, benignNeighbours } = calibration;
  if (![bias, attackWeight, benignWeight, nearAttackSimilarity].every(Number.isFinite)) return 'calibration holds a non-finite number';
  if (Math.abs(nearAttackSimilarity) > 1) return 'nearAttackSimilarity must be a cosine (−1..1)';
  if (!Number.isInteger(benignNeighbours) || benignNeighbours < 1 || benignNeighbours > 255) {
    return 'benignNeighbours must be an integer in 1..255';
  }
  return undefined;
}

/**
 * Builds the bytes of an index (used by the training script). Rows are L2-normalised before
 * quantisation. Invalid input is a bug in the caller, so it throws.
 */
export function encodeExemplarIndex(input: ExemplarIndexInput): Uint8Array {
  const { embedderId, dims, calibration, rows } = input;
  if (!PRINTABLE_ASCII.test(embedderId)) throw new Error('embedderId must be 1..255 printable ASCII characters');
  if (!Number.isInteger(dims) || dims < 1 || dims > MAX_DIMS) throw new Error(`dims must be an integer in 1..${MAX_DIMS}`);
  if (rows.length > MAX_COUNT) throw new Error(`an index holds at most ${MAX_COUNT} rows`);
  const calibrationProblem = checkCalibration(calibration);
  if (calibrationProblem) throw new Error(calibrationProblem);

  const count = rows.length;
  const idBytes = new TextEncoder().encode(embedderId);
  const familiesAt = HEADER_BYTES + idBytes.length;
  const scalesAt = familiesAt + count;
  const vectorsAt = scalesAt + 4 * count;
  const bytes = new Uint8Array(vectorsAt + count * dims);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint16(4, EXEMPLAR_INDEX_VERSION, true);
  view.setUint16(6, dims, true);
  view.setUint32(8, count, true);
  view.setUint8(12, calibration.benignNeighbours);
  view.setUint8(13, idBytes.length);
  view.setFloat32(16, calibration.bias, true);
  view.setFloat32(20, calibration.attackWeight, true);
  view.setFloat32(24, calibration.benignWeight, true);
  view.setFloat32(28, calibration.nearAttackSimilarity, true);
  bytes.set(idBytes, HEADER_BYTES);

  rows.forEach((row, index) => {
    if (!isExemplarFamily(row.family)) throw new Error(`row ${index}: unknown family ${String(row.family)}`);
    if (row.vector.length !== dims) throw new Error(`row ${index}: vector has ${row.vector.length} dimensions, expected ${dims}`);
    const unit = l2Normalized(row.vector);
    if (!unit) throw new Error(`row ${index}: vector is zero or not finite`);
    const { components, scale } = quantize(unit);
    bytes[familiesAt + index] = familyCode(row.family);
    view.setFloat32(scalesAt + 4 * index, scale, true);
    bytes.set(new Uint8Array(components.buffer), vectorsAt + index * dims);
  });
  return bytes;
}

/**
 * Reads an index from untrusted bytes. Every field is checked before it is used, sizes are
 * checked before anything is allocated, and any problem is an `error` result with a message
 * that says what is wrong — never an exception, NaN or an out-of-bounds read.
 */
export function decodeExemplarIndex(input: Uint8Array | ArrayBuffer): Result<ExemplarIndex> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < HEADER_BYTES) return err(`exemplar index: ${bytes.length} bytes is shorter than the ${HEADER_BYTES}-byte header`);
  if (MAGIC.some((byte, i) => bytes[i] !== byte)) return err('exemplar index: bad magic (not a Rampart vector-guard index)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== EXEMPLAR_INDEX_VERSION) {
    return err(`exemplar index: format version ${version} is not supported (expected ${EXEMPLAR_INDEX_VERSION})`);
  }
  const dims = view.getUint16(6, true);
  const count = view.getUint32(8, true);
  const idLength = view.getUint8(13);
  if (dims < 1 || dims > MAX_DIMS) return err(`exemplar index: dims ${dims} outside 1..${MAX_DIMS}`);
  if (count > MAX_COUNT) return err(`exemplar index: ${count} rows is more than the ${MAX_COUNT} allowed`);
  if (idLength < 1) return err('exemplar index: empty embedder id');
  if (view.getUint16(14, true) !== 0) return err('exemplar index: reserved header bytes are not zero');

  const familiesAt = HEADER_BYTES + idLength;
  const scalesAt = familiesAt + count;
  const vectorsAt = scalesAt + 4 * count;
  const expected = vectorsAt + count * dims;
  if (bytes.length !== expected) {
    return err(`exemplar index: ${bytes.length} bytes, but a header of ${count} rows × ${dims} dims needs exactly ${expected}`);
  }

  const embedderId = String.fromCharCode(...bytes.subarray(HEADER_BYTES, familiesAt));
  if (!PRINTABLE_ASCII.test(embedderId)) return err('exemplar index: embedder id is not printable ASCII');
  const calibration: ScoreCalibration = {
    bias: view.getFloat32(16, true),
    attackWeight: view.getFloat32(20, true),
    benignWeight: view.getFloat32(24, true),
    nearAttackSimilarity: view.getFloat32(28, true),
    benignNeighbours: view.getUint8(12),
  };
  const calibrationProblem = checkCalibration(calibration);
  if (calibrationProblem) return err(`exemplar index: ${calibrationProblem}`);

  const families = bytes.slice(familiesAt, scalesAt);
  const badFamily = families.findIndex((code) => code >= EXEMPLAR_FAMILIES.length);
  if (badFamily >= 0) return err(`exemplar index: row ${badFamily} has unknown family code ${families[badFamily]}`);

  const scales = new Float32Array(count);
  for (let row = 0; row < count; row += 1) scales[row] = view.getFloat32(scalesAt + 4 * row, true);
  const vectors = new Int8Array(bytes.slice(vectorsAt, expected).buffer);
  for (let row = 0; row < count; row += 1) {
    let squares = 0;
    for (let i = row * dims; i < (row + 1) * dims; i += 1) squares += vectors[i]! * vectors[i]!;
    const length = scales[row]! * Math.sqrt(squares);
    if (!(Math.abs(length - 1) <= UNIT_TOLERANCE)) return err(`exemplar index: row ${row} is not a unit vector (scale ${scales[row]})`);
  }
  return ok({ embedderId, dims, count, families, scales, vectors, calibration });
}
