import { findings, type Detector, type DetectorContext, type DetectorMeta, type DetectorReport } from '../core/detector.ts';
import type { Finding, Span } from '../core/finding.ts';
import { findPackageMentions } from '../packages/find-package-mentions.ts';
import { PackageChecker, type PackageRule } from '../packages/package-checker.ts';
import type { PackageMention } from '../packages/package-mention.ts';
import { ruleScore, severityOf } from '../packages/package-scores.ts';
import type { RegistrySnapshot } from '../packages/registry-snapshot.ts';
import type { RegistrySnapshotProvider } from '../packages/registry-snapshot-provider.ts';
import { packageAllowList } from '../rules/custom/package-allow-list.ts';

/** Distinct package names looked up per reply; a reply naming more is checked up to here. */
export const MAX_NAMES_CHECKED = 1_000;
/**
 * Unknown names searched for near-misses of popular ones per reply (~0.1–0.3 ms each); past this
 * an unknown name is reported by its base rule (not found / unverified) without the typo search.
 */
export const MAX_NEAR_SEARCHES = 100;
/** Positions reported per name (a name repeated on every line of a paste is one finding). */
const MAX_SPANS_PER_NAME = 16;
/** The first scan that names a package reads and decodes the ~5 MB snapshot (tens of ms). */
const FIRST_LOAD_TIMEOUT_MS = 3_000;

const MESSAGES: Record<PackageRule, string> = {
  'npm-not-found': 'An install command or import names an npm package that does not exist on the registry (as of the snapshot): a hallucinated name anyone could register with malicious code ("slopsquatting").',
  'npm-typosquat': 'An npm package that does not exist and is a near-miss of a popular package (typo, separator change or added affix): the shape typosquatters register.',
  'pypi-typosquat': 'A PyPI name outside the most-downloaded projects that is a typo or separator change of a popular one: likely a hallucinated or typosquatted package.',
  'pypi-combosquat': 'A PyPI name outside the most-downloaded projects made of a popular project name plus an affix (could be a real plugin, or a combosquat).',
  'pypi-unverified': 'A PyPI name that is not among the most-downloaded projects in the offline snapshot: it may be real but rarely used, or hallucinated — check it exists and is what you expect before installing.',
  'python-import-typosquat': 'A Python import of a module that no popular PyPI project provides and that is a typo of a popular one.',
  'python-import-unverified': 'A Python import that is not the standard library nor provided by a popular PyPI project (it may be the project\'s own module, a rarely used package, or hallucinated).',
  'go-path-implausible': 'A go get / go install path that cannot be a module path (no host with a dot): the command will fail; there is no Go registry snapshot to check more.',
};

export const meta: DetectorMeta = {
  id: 'package-check',
  description:
    'Install commands (npm/yarn/pnpm/bun/npx, pip/pipx/uv/poetry/pdm, cargo, go, gem) and imports in replies, checked against an offline registry snapshot (every npm name in a binary fuse filter, the top PyPI projects exactly): packages that do not exist and near-typos of popular ones.',
  version: '1.0.0',
  directions: ['outbound'],
  categories: ['package-hallucination'],
  cost: 'cheap',
  expectedMs: 0.1,
  // Reading is bounded inside (the profile's maxScanChars, command and name caps).
  maxChars: Number.POSITIVE_INFINITY,
  timeoutMs: FIRST_LOAD_TIMEOUT_MS,
  defaultOptions: {},
  messages: MESSAGES,
};

/**
 * The package-check detector over one registry snapshot provider: the extension gives it one that
 * fetches the packaged file, the CLI one that reads it from disk, tests one with a tiny snapshot.
 * A reply that names no package never loads the snapshot; once loaded, scans are synchronous.
 */
export function createPackageCheck(registry: RegistrySnapshotProvider): Detector {
  const checkers = new WeakMap<RegistrySnapshot, PackageChecker>();
  const checkerFor = (snapshot: RegistrySnapshot): PackageChecker => {
    let checker = checkers.get(snapshot);
    if (!checker) {
      checker = new PackageChecker(snapshot);
      checkers.set(snapshot, checker);
    }
    return checker;
  };
  return {
    meta,
    run(context): DetectorReport | Promise<DetectorReport> {
      const view = context.text.canonical;
      const scanned = view.text.length > context.maxScanChars ? view.text.slice(0, Math.max(0, context.maxScanChars)) : view.text;
      // Names the user allow-listed (an internal package the public snapshot cannot know) are never flagged.
      const allowed = packageAllowList(context.custom?.allowLists.packages ?? []);
      const mentions = findPackageMentions(scanned).mentions.filter((mention) => !allowed(mention));
      if (mentions.length === 0) return findings([]);
      const loaded = registry.current();
      if (loaded) return findings(findingsFor(mentions, checkerFor(loaded), context));
      return registry.load().then((snapshot): DetectorReport => {
        if (!snapshot.ok) return { status: 'failed', code: 'model-unavailable' };
        return findings(findingsFor(mentions, checkerFor(snapshot.value), context));
      });
    },
  };
}

/** One finding per distinct package name, with every place it is named (up to a cap). */
function findingsFor(mentions: readonly PackageMention[], checker: PackageChecker, context: DetectorContext): Finding[] {
  const view = context.text.canonical;
  const byName = new Map<string, PackageMention[]>();
  for (const mention of mentions) {
    const key = `${mention.ecosystem}\u0000${mention.kind === 'import' ? 'import' : 'install'}\u0000${mention.lookup.toLowerCase()}`;
    const list = byName.get(key);
    if (list) list.push(mention);
    else if (byName.size < MAX_NAMES_CHECKED) byName.set(key, [mention]);
  }
  const out: Finding[] = [];
  let nearSearches = 0;
  for (const list of byName.values()) {
    const verdict = checker.check(list[0]!, nearSearches < MAX_NEAR_SEARCHES);
    if (!verdict) continue;
    nearSearches += 1;
    const score = ruleScore(verdict.rule);
    const spans: Span[] = list.slice(0, MAX_SPANS_PER_NAME).map((mention) => view.toOriginal(mention.start, mention.end));
    out.push({ ruleId: `${meta.id}/${verdict.rule}`, category: 'package-hallucination', severity: severityOf(score), score, spans });
  }
  return out;
}

/**
 * The registered detector before a snapshot is wired in (lib/detectors/index.ts): it says so
 * instead of pretending every package is fine. The background and the CLI replace it with
 * `createPackageCheck(provider)`.
 */
export const packageCheck: Detector = {
  meta,
  run(context) {
    const allowed = packageAllowList(context.custom?.allowLists.packages ?? []);
    const mentions = findPackageMentions(context.text.canonical.text.slice(0, Math.max(0, context.maxScanChars))).mentions.filter((mention) => !allowed(mention));
    return mentions.length === 0 ? findings([]) : { status: 'skipped', reason: 'registry-snapshot-not-configured' };
  },
};
