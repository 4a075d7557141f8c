import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familyCode } from '../../../lib/vector/exemplar-family.ts';
import { decodeExemplarIndex, encodeExemplarIndex, type ExemplarIndex, type ExemplarIndexInput } from '../../../lib/vector/exemplar-index.ts';
import { rowSimilarity } from '../../../lib/vector/nearest-exemplars.ts';
import { dot, l2Normalized } from '../../../lib/vector/vector-math.ts';
import { CALIBRATION, randomRows } from './exemplar-index-fixtures.ts';

const input = (rows = randomRows(40, 16), overrides: Partial<ExemplarIndexInput> = {}): ExemplarIndexInput => ({
  embedderId: 'test-model@1.0.0',
  dims: 16,
  calibration: CALIBRATION,
  rows,
  ...overrides,
});

function decoded(bytes: Uint8Array): ExemplarIndex {
  const result = decodeExemplarIndex(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('exemplar index: encode → decode', () => {
  it('keeps the header, the families and the directions of the vectors', () => {
    const rows = randomRows(40, 16);
    const index = decoded(encodeExemplarIndex(input(rows)));
    expect(index.embedderId).toBe('test-model@1.0.0');
    expect(index.dims).toBe(16);
    expect(index.count).toBe(40);
    expect(index.calibration.benignNeighbours).toBe(3);
    expect(index.calibration.bias).toBeCloseTo(-4, 6);
    expect(index.calibration.nearAttackSimilarity).toBeCloseTo(0.8, 6);
    expect([...index.families]).toEqual(rows.map((row) => familyCode(row.family)));
    rows.forEach((row, i) => {
      // A row compared with its own original vector: int8 quantisation costs < 0.001 of cosine.
      expect(rowSimilarity(index, i, l2Normalized(row.vector)!)).toBeGreaterThan(0.999);
    });
  });

  it('preserves cosine between any query and any row to within quantisation error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 96 }), (seed, dims) => {
        const rows = randomRows(5, dims, seed);
        const index = decoded(encodeExemplarIndex(input(rows, { dims })));
        const query = l2Normalized(randomRows(1, dims, seed + 7)[0]!.vector)!;
        rows.forEach((row, i) => {
          const exact = dot(l2Normalized(row.vector)!, query);
          expect(Math.abs(rowSimilarity(index, i, query) - exact)).toBeLessThan(0.02);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('holds an empty index', () => {
    const index = decoded(encodeExemplarIndex(input([])));
    expect(index.count).toBe(0);
  });

  it('does not alias the bytes it was given', () => {
    const bytes = encodeExemplarIndex(input());
    const index = decoded(bytes);
    const before = index.vectors[0];
    bytes.fill(0, bytes.length - 16 * 40);
    expect(index.vectors[0]).toBe(before);
  });

  it('reads from an ArrayBuffer and from a Uint8Array at an offset', () => {
    const bytes = encodeExemplarIndex(input());
    expect(decodeExemplarIndex(bytes.slice().buffer).ok).toBe(true);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    expect(decodeExemplarIndex(padded.subarray(3)).ok).toBe(true);
  });

  it('refuses to encode what it could not decode', () => {
    expect(() => encodeExemplarIndex(input(undefined, { embedderId: '' }))).toThrow(/embedderId/);
    expect(() => encodeExemplarIndex(input(undefined, { embedderId: 'with space' }))).toThrow(/embedderId/);
    expect(() => encodeExemplarIndex(input(undefined, { dims: 0 }))).toThrow(/dims/);
    expect(() => encodeExemplarIndex(input(randomRows(2, 8)))).toThrow(/8 dimensions/);
    expect(() => encodeExemplarIndex(input([{ vector: new Float32Array(16), family: 'benign' }]))).toThrow(/zero/);
    expect(() => encodeExemplarIndex(input([{ vector: new Float32Array(16).fill(1), family: 'pii' as never }]))).toThrow(/family/);
    expect(() => encodeExemplarIndex(input(undefined, { calibration: { ...CALIBRATION, bias: Number.NaN } }))).toThrow(/non-finite/);
    expect(() => encodeExemplarIndex(input(undefined, { calibration: { ...CALIBRATION, benignNeighbours: 0 } }))).toThrow(/benignNeighbours/);
    expect(() => encodeExemplarIndex(input(undefined, { calibration: { ...CALIBRATION, nearAttackSimilarity: 2 } }))).toThrow(/cosine/);
  });
});

describe('exemplar index: untrusted bytes', () => {
  const valid = encodeExemplarIndex(input(randomRows(6, 16)));
  const expectError = (bytes: Uint8Array, pattern: RegExp) => {
    const result = decodeExemplarIndex(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(pattern);
  };
  const patched = (write: (view: DataView) => void) => {
    const copy = valid.slice();
    write(new DataView(copy.buffer));
    return copy;
  };

  it('says what is wrong with a malformed file', () => {
    expectError(new Uint8Array(0), /shorter than the 32-byte header/);
    expectError(new TextEncoder().encode('{"not":"an index at all, just some json"}'), /bad magic/);
    expectError(patched((v) => v.setUint16(4, 2, true)), /version 2 is not supported/);
    expectError(patched((v) => v.setUint16(6, 0, true)), /dims 0/);
    expectError(patched((v) => v.setUint32(8, 0xffffffff, true)), /more than/);
    expectError(patched((v) => v.setUint32(8, 7, true)), /needs exactly/);
    expectError(valid.subarray(0, valid.length - 1), /needs exactly/);
    expectError(new Uint8Array([...valid, 0]), /needs exactly/);
    expectError(patched((v) => v.setUint8(13, 0)), /empty embedder id/);
    expectError(patched((v) => v.setUint16(14, 1, true)), /reserved/);
    expectError(patched((v) => v.setFloat32(16, Number.NaN, true)), /non-finite/);
    expectError(patched((v) => v.setUint8(12, 0)), /benignNeighbours/);
    expectError(patched((v) => v.setUint8(32, 0x0a)), /printable ASCII/);
  });

  it('refuses unknown family codes and rows that are not unit vectors', () => {
    const familiesAt = 32 + 'test-model@1.0.0'.length;
    expectError(patched((v) => v.setUint8(familiesAt + 2, 200)), /row 2 has unknown family code 200/);
    const scalesAt = familiesAt + 6;
    expectError(patched((v) => v.setFloat32(scalesAt + 4, 1e30, true)), /row 1 is not a unit vector/);
    expectError(patched((v) => v.setFloat32(scalesAt, Number.NaN, true)), /row 0 is not a unit vector/);
    expectError(patched((v) => v.setFloat32(scalesAt, -v.getFloat32(scalesAt, true), true)), /row 0 is not a unit vector/);
  });

  it('never throws on random bytes, truncations or corruptions of a valid file', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 512 }),
          fc.integer({ min: 0, max: valid.length }).map((end) => valid.slice(0, end)),
          fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
            const copy = valid.slice();
            for (const [at, byte] of edits) copy[at] = byte;
            return copy;
          }),
        ),
        (bytes) => {
          const result = decodeExemplarIndex(bytes);
          if (!result.ok) {
            expect(typeof result.error).toBe('string');
            return;
          }
          const { value } = result;
          expect(value.vectors.length).toBe(value.count * value.dims);
          for (let row = 0; row < value.count; row += 1) expect(Number.isFinite(value.scales[row])).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
