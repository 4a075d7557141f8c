import { err, ok, type Result } from '../core/result.ts';
import { buildBinaryFuseFilter, type BinaryFuseFilter } from './binary-fuse-filter.ts';
import { normaliseNpmName } from './npm-name.ts';
import { normalisePypiName } from './pypi-name.ts';

/**
 * The offline registry snapshot package-check looks names up in: every public npm name (as a
 * binary fuse filter: complete, ~0.4 % false "exists") and the most-downloaded PyPI projects
 * (exact, PEP 503-normalised, in download order — the order is the popularity used for typo checks).
 * One binary file, built at build time (scripts/build-registry-snapshot.mjs), read as-is by the
 * service worker (fetched from the extension's own URL) and by the CLI (read from disk).
 *
 * Layout (little-endian): "RPKS" · u32 format · u32 header length · header JSON (UTF-8) · zero
 * padding to a multiple of 4 · npm fingerprints · PyPI names joined by "\n" (UTF-8).
 */
export const SNAPSHOT_FORMAT = 1;
const MAGIC = [0x52, 0x50, 0x4b, 0x53]; // "RPKS"
const PREFIX_BYTES = 12;
/** A header longer than this is not ours (ours is a few hundred bytes). */
const MAX_HEADER_BYTES = 64 * 1024;

export interface RegistrySnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  npm: {
    /** Where the names came from, e.g. `all-the-package-names@2.0.2578`. */
    source: string;
    names: number;
    filter: { seed: number; segmentLength: number; segmentCount: number; bytes: number };
    /** Measured on names known to be absent when the snapshot was built (see the build script). */
    falsePositiveRate?: number;
    falsePositiveProbes?: number;
  };
  pypi: {
    source: string;
    names: number;
    bytes: number;
    /** `complete` when every project is listed; `top` when only the most downloaded are. */
    coverage: 'complete' | 'top';
  };
}

export interface RegistrySnapshot {
  header: RegistrySnapshotHeader;
  npm: BinaryFuseFilter;
  /** PEP 503-normalised PyPI names, most downloaded first. */
  pypiByRank: readonly string[];
  /** Normalised PyPI name → its index in `pypiByRank`. */
  pypiRank: ReadonlyMap<string, number>;
}

export interface RegistrySnapshotInput {
  npmSource: string;
  /** Every npm name; lower-cased and de-duplicated here. */
  npmNames: Iterable<string>;
  pypiSource: string;
  /** PyPI names most downloaded first; normalised and de-duplicated here (first rank wins). */
  pypiNamesByDownloads: Iterable<string>;
  pypiCoverage: 'complete' | 'top';
  /** Filled in by the build script after measuring the filter. */
  falsePositive?: { rate: number; probes: number };
}

/** The distinct normalised names, in first-seen order. */
function distinct(names: Iterable<string>, normalise: (name: string) => string): string[] {
  const seen = new Set<string>();
  for (const name of names) seen.add(normalise(name));
  return [...seen];
}

const pypiTextBytes = (names: readonly string[]): Uint8Array => new TextEncoder().encode(names.join('\n'));

/** Builds the snapshot's parts from name lists (pure: the build script and the tests feed it). */
export function buildRegistrySnapshot(input: RegistrySnapshotInput): Result<RegistrySnapshot> {
  const npmNames = distinct(input.npmNames, normaliseNpmName);
  const filter = buildBinaryFuseFilter(npmNames);
  if (!filter.ok) return filter;
  const pypiByRank = distinct(input.pypiNamesByDownloads, normalisePypiName);
  const header: RegistrySnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    npm: {
      source: input.npmSource,
      names: npmNames.length,
      filter: {
        seed: filter.value.seed,
        segmentLength: filter.value.segmentLength,
        segmentCount: filter.value.segmentCount,
        bytes: filter.value.fingerprints.length,
      },
      ...(input.falsePositive ? { falsePositiveRate: input.falsePositive.rate, falsePositiveProbes: input.falsePositive.probes } : {}),
    },
    pypi: { source: input.pypiSource, names: pypiByRank.length, bytes: pypiTextBytes(pypiByRank).length, coverage: input.pypiCoverage },
  };
  return ok({ header, npm: filter.value, pypiByRank, pypiRank: new Map(pypiByRank.map((name, rank) => [name, rank])) });
}

/** The snapshot as bytes (deterministic: same input, same bytes). */
export function encodeRegistrySnapshot(snapshot: RegistrySnapshot): Uint8Array {
  const pypiBytes = pypiTextBytes(snapshot.pypiByRank);
  const header: RegistrySnapshotHeader = { ...snapshot.header, pypi: { ...snapshot.header.pypi, bytes: pypiBytes.length } };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const fingerprintsAt = align4(PREFIX_BYTES + headerBytes.length);
  const out = new Uint8Array(fingerprintsAt + snapshot.npm.fingerprints.length + pypiBytes.length);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, SNAPSHOT_FORMAT, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, PREFIX_BYTES);
  out.set(snapshot.npm.fingerprints, fingerprintsAt);
  out.set(pypiBytes, fingerprintsAt + snapshot.npm.fingerprints.length);
  return out;
}

const align4 = (offset: number): number => (offset + 3) & ~3;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks a parsed header's shape (the file may be truncated, stale or not ours). */
function validHeader(value: unknown): value is RegistrySnapshotHeader {
  if (typeof value !== 'object' || value === null) return false;
  const header = value as Partial<RegistrySnapshotHeader>;
  const npm = header.npm;
  const pypi = header.pypi;
  if (header.format !== SNAPSHOT_FORMAT || !npm || !pypi) return false;
  const filter = npm.filter;
  return (
    typeof npm.source === 'string' &&
    isCount(npm.names) &&
    !!filter &&
    isCount(filter.seed) &&
    isCount(filter.segmentLength) &&
    filter.segmentLength > 0 &&
    (filter.segmentLength & (filter.segmentLength - 1)) === 0 &&
    isCount(filter.segmentCount) &&
    isCount(filter.bytes) &&
    (filter.bytes === 0 || filter.bytes === (filter.segmentCount + 2) * filter.segmentLength) &&
    typeof pypi.source === 'string' &&
    isCount(pypi.names) &&
    isCount(pypi.bytes) &&
    (pypi.coverage === 'complete' || pypi.coverage === 'top')
  );
}

/** Reads a snapshot file; a malformed one is an error value, never a throw. */
export function decodeRegistrySnapshot(bytes: Uint8Array): Result<RegistrySnapshot> {
  if (bytes.length < PREFIX_BYTES || MAGIC.some((byte, i) => bytes[i] !== byte)) return err('not a registry snapshot');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(4, true);
  if (format !== SNAPSHOT_FORMAT) return err(`registry snapshot format ${format}, expected ${SNAPSHOT_FORMAT}`);
  const headerLength = view.getUint32(8, true);
  if (headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength > bytes.length) return err('registry snapshot header is truncated');
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)));
  } catch {
    return err('registry snapshot header is not valid JSON');
  }
  if (!validHeader(header)) return err('registry snapshot header is malformed');
  const fingerprintsAt = align4(PREFIX_BYTES + headerLength);
  const pypiAt = fingerprintsAt + header.npm.filter.bytes;
  if (pypiAt + header.pypi.bytes !== bytes.length) return err('registry snapshot length does not match its header');
  let pypiText: string;
  try {
    pypiText = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(pypiAt, pypiAt + header.pypi.bytes));
  } catch {
    return err('registry snapshot PyPI names are not valid UTF-8');
  }
  const pypiByRank = pypiText.length === 0 ? [] : pypiText.split('\n');
  if (pypiByRank.length !== header.pypi.names) return err('registry snapshot PyPI name count does not match its header');
  const { seed, segmentLength, segmentCount } = header.npm.filter;
  return ok({
    header,
    // A view into the file's bytes, not a copy: 5 MB stays 5 MB in the service worker.
    npm: { seed, segmentLength, segmentCount, fingerprints: bytes.subarray(fingerprintsAt, pypiAt) },
    pypiByRank,
    pypiRank: new Map(pypiByRank.map((name, rank) => [name, rank])),
  });
}
