#!/usr/bin/env node
// Builds the offline registry snapshot that the package-check detector looks names up in
// (lib/packages/registry-snapshot.ts describes the format):
//   - npm: every name in the `all-the-package-names` devDependency (~4.5 M), plus the hand-curated
//     popular names (lib/packages/popular-npm-packages.ts) it lacks, as a binary fuse filter;
//   - PyPI: the most-downloaded projects of ../shared/datasets/registries/pypi-top-15000.csv,
//     PEP 503-normalised, in download order (only the top 15,000: a name missing from it is
//     "unverified", not "does not exist" — see that folder's README).
// Deterministic: the same inputs give the same bytes. Writes public/registry/package-names.bin,
// which WXT copies into the extension (fetched at /registry/package-names.bin) and the CLI reads
// from disk. Prints a JSON summary: counts, size, build time and the filter's measured
// false-positive rate on names known to be absent.
//
//   node scripts/build-registry-snapshot.mjs [--out FILE] [--npm-names FILE] [--pypi-csv FILE]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = (path) => import(pathToFileURL(resolve(root, path)).href);
const { buildRegistrySnapshot, encodeRegistrySnapshot } = await load('lib/packages/registry-snapshot.ts');
const { filterContains } = await load('lib/packages/binary-fuse-filter.ts');
const { POPULAR_NPM_PACKAGES } = await load('lib/packages/popular-npm-packages.ts');

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : fallback;
};
const out = option('--out', resolve(root, 'public/registry/package-names.bin'));
const npmNamesPath = option('--npm-names', resolve(root, 'node_modules/all-the-package-names/names.json'));
const npmPackagePath = resolve(dirname(npmNamesPath), 'package.json');
const pypiCsvPath = option('--pypi-csv', resolve(root, '../shared/datasets/registries/pypi-top-15000.csv'));
/** Absent names the filter is probed with to measure its false-positive rate. */
const PROBES = 1_000_000;

const started = performance.now();
const npmVersion = JSON.parse(readFileSync(npmPackagePath, 'utf8')).version;
const npmNames = JSON.parse(readFileSync(npmNamesPath, 'utf8'));
if (!Array.isArray(npmNames) || npmNames.length === 0) throw new Error(`${npmNamesPath}: expected a JSON array of names`);
const lowerNames = new Set(npmNames.map((name) => String(name).toLowerCase()));
const curatedMissing = POPULAR_NPM_PACKAGES.filter((name) => !lowerNames.has(name));

// download_count,project — project names cannot contain commas or quotes (PEP 508).
const pypiNames = readFileSync(pypiCsvPath, 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.slice(line.indexOf(',') + 1).replace(/^"|"$/g, ''));

const built = buildRegistrySnapshot({
  npmSource: `all-the-package-names@${npmVersion}`,
  npmNames: [...npmNames, ...curatedMissing],
  pypiSource: 'hugovk/top-pypi-packages@5501c5c934df26d6f01fb1ca810845db02111c7d (top 15,000, 30 days)',
  pypiNamesByDownloads: pypiNames,
  pypiCoverage: 'top',
});
if (!built.ok) throw new Error(built.error);
const snapshot = built.value;
const buildMs = performance.now() - started;

// Probes shaped like real names (a real name plus a suffix), kept only when truly absent.
let probes = 0;
let falsePositives = 0;
for (let i = 0; probes < PROBES; i += 1) {
  const probe = `${String(npmNames[(i * 7919) % npmNames.length]).toLowerCase()}-${i.toString(36)}`;
  if (lowerNames.has(probe)) continue;
  probes += 1;
  if (filterContains(snapshot.npm, probe)) falsePositives += 1;
}
snapshot.header.npm.falsePositiveRate = falsePositives / probes;
snapshot.header.npm.falsePositiveProbes = probes;

const bytes = encodeRegistrySnapshot(snapshot);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(
  JSON.stringify(
    {
      out,
      bytes: bytes.length,
      npm: { source: snapshot.header.npm.source, names: snapshot.header.npm.names, filterBytes: snapshot.npm.fingerprints.length },
      bitsPerNpmName: Number(((snapshot.npm.fingerprints.length * 8) / snapshot.header.npm.names).toFixed(2)),
      falsePositiveRate: snapshot.header.npm.falsePositiveRate,
      falsePositiveProbes: probes,
      curatedAddedBecauseMissing: curatedMissing,
      pypi: { names: snapshot.header.pypi.names, bytes: snapshot.header.pypi.bytes },
      buildMs: Math.round(buildMs),
    },
    null,
    2,
  ),
);
