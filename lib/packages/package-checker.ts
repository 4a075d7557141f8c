import { filterContains } from './binary-fuse-filter.ts';
import { NearNameIndex, type NearMatch, type NearNameOptions } from './near-names.ts';
import { NODE_BUILTIN_MODULES } from './node-builtin-modules.ts';
import { normaliseNpmName } from './npm-name.ts';
import { isPlausibleGoPath } from './package-specifier.ts';
import type { PackageMention } from './package-mention.ts';
import { isPlaceholderName } from './placeholder-names.ts';
import { POPULAR_NPM_PACKAGES } from './popular-npm-packages.ts';
import { normalisePypiName } from './pypi-name.ts';
import { distributionCandidates, IMPORT_TO_DISTRIBUTION, isCommonLocalModuleName } from './python-import-names.ts';
import { PYTHON_STDLIB_MODULES } from './python-stdlib-modules.ts';
import type { RegistrySnapshot } from './registry-snapshot.ts';

/**
 * What package-check concludes about one mention, as a rule:
 * - `npm-not-found` / `npm-typosquat`: not on npm (the snapshot lists every public name), and for
 *   the second also a near-miss of a popular package;
 * - `pypi-typosquat` / `pypi-combosquat` / `pypi-unverified`: not among the most-downloaded PyPI
 *   projects — which is all the snapshot has, so "unverified" is all it can say on its own — and
 *   near a popular project (a typo or separator change, or the popular name plus an affix);
 * - `python-import-typosquat` / `python-import-unverified`: the same for a Python import, whose
 *   module may also be part of the user's own project;
 * - `go-path-implausible`: a Go path that cannot be a module path (no Go snapshot exists).
 */
export type PackageRule =
  | 'npm-not-found'
  | 'npm-typosquat'
  | 'pypi-typosquat'
  | 'pypi-combosquat'
  | 'pypi-unverified'
  | 'python-import-typosquat'
  | 'python-import-unverified'
  | 'go-path-implausible';

export interface PackageCheck {
  rule: PackageRule;
  near?: NearMatch;
}

export interface PackageCheckerOptions {
  /** How many of the most-downloaded PyPI projects count as popular (typo targets). */
  pypiPopularCount: number;
  near: NearNameOptions;
}

/**
 * Chosen on the TRAIN split of outbound_packages.jsonl (see lib/detectors/package-check.md): the
 * setting with the most typo hits on invented names whose precision still makes the typo rule a
 * "high" finding — popular = the 1,000 most-downloaded PyPI projects (at 2,000 the typo rule's
 * precision falls from 0.92 to 0.83, at 5,000 to 0.78), typos of popular names of 4+ letters at
 * distance 1 and of 8+ letters at distance 2, combosquats of popular names of 5+ letters.
 */
export const DEFAULT_CHECKER_OPTIONS: PackageCheckerOptions = {
  pypiPopularCount: 1_000,
  near: {
    maxDistance: (length) => (length >= 8 ? 2 : length >= 4 ? 1 : 0),
    minCombosquatLength: 5,
  },
};

/** `python-dateutil` → `dateutil`, `pyyaml` stays (too short a stem to strip safely). */
const moduleNameOf = (project: string): string => project.replace(/^python-|-python$/, '');

/** Checks mentions against one snapshot; builds its typo indexes once. */
export class PackageChecker {
  private readonly curatedNpm = new Set(POPULAR_NPM_PACKAGES);
  private readonly npmNear: NearNameIndex;
  private readonly pypiNear: NearNameIndex;
  private readonly importNear: NearNameIndex;

  constructor(
    private readonly snapshot: RegistrySnapshot,
    options: PackageCheckerOptions = DEFAULT_CHECKER_OPTIONS,
  ) {
    this.npmNear = new NearNameIndex(POPULAR_NPM_PACKAGES, options.near);
    const popularPypi = snapshot.pypiByRank.slice(0, options.pypiPopularCount);
    // People type the module name too (`pip install sklearn`, `dateutil`): the curated module
    // names and the popular projects' names without their python- / py- affix are targets as well.
    const popularModules = [...Object.keys(IMPORT_TO_DISTRIBUTION).map(normalisePypiName), ...popularPypi.map(moduleNameOf)];
    const targets = [...new Set([...popularPypi, ...popularModules])];
    this.pypiNear = new NearNameIndex(targets, options.near);
    this.importNear = this.pypiNear;
  }

  /**
   * The rule a mention breaks, or undefined when it is known, local, built in or unchecked.
   * `lookForNear: false` skips the typo search (a caller's per-reply budget): an unknown name is
   * then reported by its base rule (not found / unverified).
   */
  check(mention: PackageMention, lookForNear = true): PackageCheck | undefined {
    if (isPlaceholderName(mention.lookup)) return undefined;
    switch (mention.ecosystem) {
      case 'npm':
        return this.checkNpm(mention, lookForNear);
      case 'pypi':
        return mention.kind === 'import' ? this.checkPythonImport(mention.lookup, lookForNear) : this.checkPypi(mention.lookup, lookForNear);
      case 'go':
        return isPlausibleGoPath(mention.lookup) ? undefined : { rule: 'go-path-implausible' };
      default:
        // crates.io and RubyGems: no snapshot to check against.
        return undefined;
    }
  }

  /** Is the npm name in the snapshot (or the curated popular list)? */
  npmKnown(name: string): boolean {
    const normalised = normaliseNpmName(name);
    return this.curatedNpm.has(normalised) || filterContains(this.snapshot.npm, normalised);
  }

  private checkNpm(mention: PackageMention, lookForNear: boolean): PackageCheck | undefined {
    if (mention.kind === 'import' && NODE_BUILTIN_MODULES.has(mention.lookup)) return undefined;
    if (this.npmKnown(mention.lookup)) return undefined;
    const near = lookForNear ? this.npmNear.nearest(normaliseNpmName(mention.lookup)) : undefined;
    return near ? { rule: 'npm-typosquat', near } : { rule: 'npm-not-found' };
  }

  private checkPypi(name: string, lookForNear: boolean): PackageCheck | undefined {
    const normalised = normalisePypiName(name);
    if (this.snapshot.pypiRank.has(normalised)) return undefined;
    const near = lookForNear ? this.pypiNear.nearest(normalised) : undefined;
    if (!near) return { rule: 'pypi-unverified' };
    return { rule: near.kind === 'combosquat' ? 'pypi-combosquat' : 'pypi-typosquat', near };
  }

  private checkPythonImport(modulePath: string, lookForNear: boolean): PackageCheck | undefined {
    const top = modulePath.split('.')[0]!;
    if (PYTHON_STDLIB_MODULES.has(top)) return undefined;
    if (distributionCandidates(modulePath).some((candidate) => this.snapshot.pypiRank.has(candidate))) return undefined;
    if (isCommonLocalModuleName(top)) return undefined;
    const near = lookForNear ? this.importNear.nearest(normalisePypiName(top)) : undefined;
    // A module name plus an affix is as likely the project's own module (`pandas_helpers`).
    if (near && near.kind !== 'combosquat') return { rule: 'python-import-typosquat', near };
    return { rule: 'python-import-unverified' };
  }
}
