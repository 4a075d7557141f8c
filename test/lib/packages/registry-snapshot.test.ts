import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterContains } from '../../../lib/packages/binary-fuse-filter.ts';
import { buildRegistrySnapshot, decodeRegistrySnapshot, encodeRegistrySnapshot } from '../../../lib/packages/registry-snapshot.ts';
import { tinySnapshot, tinySnapshotBytes, TINY_NPM_NAMES } from './fixtures/tiny-snapshot.ts';

const root = new URL('../../../', import.meta.url);
const REAL_SNAPSHOT = new URL('public/registry/package-names.bin', root);

describe('registry snapshot', () => {
  it('normalises and de-duplicates: npm lower-cased, PyPI per PEP 503 in download order', () => {
    const snapshot = tinySnapshot();
    expect(snapshot.header.npm.names).toBe(TINY_NPM_NAMES.length);
    for (const name of TINY_NPM_NAMES) expect(filterContains(snapshot.npm, name.toLowerCase())).toBe(true);
    expect(snapshot.pypiByRank.slice(0, 3)).toEqual(['requests', 'numpy', 'pandas']);
    expect(snapshot.pypiRank.get('pyyaml')).toBe(5);
    const duplicated = buildRegistrySnapshot({
      npmSource: 's',
      npmNames: ['A', 'a'],
      pypiSource: 's',
      pypiNamesByDownloads: ['Foo_Bar', 'foo-bar', 'baz'],
      pypiCoverage: 'top',
    });
    expect(duplicated.ok && [duplicated.value.header.npm.names, duplicated.value.pypiByRank]).toEqual([1, ['foo-bar', 'baz']]);
  });

  it('round-trips through bytes, deterministically', () => {
    const bytes = tinySnapshotBytes();
    expect(Buffer.from(tinySnapshotBytes()).equals(Buffer.from(bytes))).toBe(true);
    const decoded = decodeRegistrySnapshot(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.header).toEqual(tinySnapshot().header);
    expect(decoded.value.pypiByRank).toEqual(tinySnapshot().pypiByRank);
    expect(Buffer.from(decoded.value.npm.fingerprints).equals(Buffer.from(tinySnapshot().npm.fingerprints))).toBe(true);
    expect(encodeRegistrySnapshot(decoded.value)).toEqual(bytes);
  });

  it('refuses malformed files with a reason instead of throwing', () => {
    const bytes = tinySnapshotBytes();
    const corrupt = (edit: (copy: Uint8Array) => Uint8Array) => decodeRegistrySnapshot(edit(bytes.slice()));
    expect(corrupt(() => new Uint8Array(0)).ok).toBe(false);
    expect(corrupt((copy) => ((copy[0] = 0), copy)).ok).toBe(false);
    expect(corrupt((copy) => ((copy[4] = 9), copy)).ok).toBe(false);
    expect(corrupt((copy) => copy.subarray(0, copy.length - 1)).ok).toBe(false);
    expect(corrupt((copy) => ((copy[13] = 0x7b), copy)).ok).toBe(false);
    expect(corrupt((copy) => ((copy[8] = 0xff), (copy[9] = 0xff), copy)).ok).toBe(false);
    for (let i = 0; i < 200; i += 1) {
      const copy = bytes.slice();
      const at = (i * 7919) % copy.length;
      copy[at] = copy[at]! ^ 0xa5;
      expect(() => decodeRegistrySnapshot(copy)).not.toThrow();
    }
  });
});

describe('the built snapshot (public/registry/package-names.bin)', () => {
  it('exists — run `node scripts/build-registry-snapshot.mjs` if not — and has the expected sources and counts', () => {
    expect(existsSync(REAL_SNAPSHOT), 'public/registry/package-names.bin is missing: node scripts/build-registry-snapshot.mjs').toBe(true);
    const bytes = new Uint8Array(readFileSync(REAL_SNAPSHOT));
    const decoded = decodeRegistrySnapshot(bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    const { header } = decoded.value;
    const installed = JSON.parse(readFileSync(new URL('node_modules/all-the-package-names/package.json', root), 'utf8')) as { version: string };
    expect(header.npm.source, 'snapshot is stale: rebuild it after updating all-the-package-names').toBe(`all-the-package-names@${installed.version}`);
    expect(header.npm.names).toBeGreaterThan(4_000_000);
    expect(header.npm.falsePositiveRate).toBeLessThan(0.005);
    expect(header.pypi.names).toBe(15_000);
    expect(header.pypi.coverage).toBe('top');
    expect(bytes.length).toBeLessThan(6_000_000);
    expect(decoded.value.pypiByRank[0]).toBe('boto3');
    for (const name of ['react', '@types/node', 'left-pad', 'jsonstream']) expect(filterContains(decoded.value.npm, name)).toBe(true);
  });
});
