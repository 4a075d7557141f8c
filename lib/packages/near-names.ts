/**
 * Is an unknown package name a near-miss of a popular one — the names typosquatters register and
 * models hallucinate? Three shapes, checked in this order:
 *
 * - `separator`: the same letters with separators added, dropped or swapped (`scikitlearn`,
 *   `react_dom`);
 * - `typo`: within an edit distance that grows with the popular name's length, a swap of two
 *   neighbouring letters counting as one edit (optimal string alignment: `matplotlib` →
 *   `matlpotlib`, `numpy` → `mumpy`);
 * - `combosquat`: the popular name plus an affix, as a whole token (`requests-py`, `py-pandas`)
 *   or glued on (`pandaslite`, `quickrequests`).
 *
 * Only for names that are NOT known: `requests-toolbelt` is a combination of `requests` too, and
 * real. Typos are found through a deletion index (every popular name with up to `maxDistance`
 * letters deleted), so a lookup costs O(L²) map probes for a name of length L, not a pass over
 * every popular name.
 */
export type NearKind = 'separator' | 'typo' | 'combosquat';

export interface NearMatch {
  /** The popular name it is near (normalised, as given to the index). */
  target: string;
  kind: NearKind;
}

export interface NearNameOptions {
  /** Largest edit distance counted as a typo of a popular name of this length (0 = none). */
  maxDistance(targetLength: number): number;
  /** Popular names shorter than this are not looked for inside other names (`six`, `ws`). */
  minCombosquatLength: number;
}

/** Names longer than this are not compared (no popular name is that long; bounds the work). */
const MAX_NAME_CHARS = 100;
const SEPARATORS = /[-_.]+/g;

const skeletonOf = (name: string): string => name.replace(SEPARATORS, '');
const withoutTrailingDigits = (name: string): string => name.replace(/[-_.]?\d+$/, '');

export class NearNameIndex {
  private readonly targets: readonly string[];
  private readonly rankOf = new Map<string, number>();
  private readonly bySkeleton = new Map<string, number>();
  /** Deletion variant → the popular names (by rank) that produce it. */
  private readonly deletions = new Map<string, number[]>();
  private readonly maxDistanceOverall: number;
  private readonly longestTarget: number;

  /** `targets`: distinct normalised popular names, most popular first. */
  constructor(
    targets: readonly string[],
    private readonly options: NearNameOptions,
  ) {
    this.targets = targets;
    let maxDistanceOverall = 0;
    targets.forEach((target, rank) => {
      if (!this.rankOf.has(target)) this.rankOf.set(target, rank);
      const skeleton = skeletonOf(target);
      if (!this.bySkeleton.has(skeleton)) this.bySkeleton.set(skeleton, rank);
      const distance = options.maxDistance(target.length);
      maxDistanceOverall = Math.max(maxDistanceOverall, distance);
      for (const variant of deletionsOf(target, distance)) {
        const ranks = this.deletions.get(variant);
        if (!ranks) this.deletions.set(variant, [rank]);
        else if (ranks[ranks.length - 1] !== rank) ranks.push(rank);
      }
    });
    this.maxDistanceOverall = maxDistanceOverall;
    this.longestTarget = targets.reduce((longest, target) => Math.max(longest, target.length), 0);
  }

  /** The most popular near-miss of `name` (normalised), or undefined; never `name` itself. */
  nearest(name: string): NearMatch | undefined {
    if (name.length === 0 || name.length > MAX_NAME_CHARS || this.rankOf.has(name)) return undefined;
    const skeletonRank = this.bySkeleton.get(skeletonOf(name));
    if (skeletonRank !== undefined) return { target: this.targets[skeletonRank]!, kind: 'separator' };
    const typo = this.nearestTypo(name);
    if (typo !== undefined) return { target: this.targets[typo]!, kind: 'typo' };
    const combo = this.combosquatOf(name);
    return combo === undefined ? undefined : { target: this.targets[combo]!, kind: 'combosquat' };
  }

  private nearestTypo(name: string): number | undefined {
    // No popular name is within reach: skip the O(L²) deletion variants of a long name.
    if (name.length > this.longestTarget + this.maxDistanceOverall) return undefined;
    let best: { rank: number; distance: number } | undefined;
    const seen = new Set<number>();
    for (const variant of deletionsOf(name, this.maxDistanceOverall)) {
      for (const rank of this.deletions.get(variant) ?? []) {
        if (seen.has(rank)) continue;
        seen.add(rank);
        const target = this.targets[rank]!;
        // `thriftpy2`, `dnspython3`, `geohash2`: a version digit is how forks are named, not a typo.
        if (withoutTrailingDigits(name) === withoutTrailingDigits(target)) continue;
        const allowed = this.options.maxDistance(target.length);
        const distance = boundedOsaDistance(name, target, allowed);
        if (distance > allowed) continue;
        if (!best || distance < best.distance || (distance === best.distance && rank < best.rank)) best = { rank, distance };
      }
    }
    return best?.rank;
  }

  private combosquatOf(name: string): number | undefined {
    const min = this.options.minCombosquatLength;
    let best: number | undefined;
    const consider = (candidate: string) => {
      if (candidate.length < min || candidate === name) return;
      const rank = this.rankOf.get(candidate);
      if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    };
    // A popular name as whole tokens: `requests-py`, `py-pandas-helper`, `scikit-learn-utils`.
    const tokens = name.split(SEPARATORS).filter(Boolean);
    const separator = name.match(SEPARATORS)?.[0] ?? '-';
    for (let first = 0; first < tokens.length; first += 1) {
      for (let last = first; last < Math.min(tokens.length, first + 3); last += 1) {
        consider(tokens.slice(first, last + 1).join(separator));
      }
    }
    // Glued on: `pandaslite`, `quickrequests` — at least two extra letters.
    const glued = skeletonOf(name);
    for (let cut = min; cut <= glued.length - 2; cut += 1) {
      consider(glued.slice(0, cut));
      consider(glued.slice(glued.length - cut));
    }
    return best;
  }
}

/** Every string made by deleting up to `maxDeletions` characters from `word` (with `word` itself). */
export function deletionsOf(word: string, maxDeletions: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let round = 0; round < maxDeletions; round += 1) {
    const next: string[] = [];
    for (const current of frontier) {
      for (let i = 0; i < current.length; i += 1) {
        const variant = current.slice(0, i) + current.slice(i + 1);
        if (!out.has(variant)) {
          out.add(variant);
          next.push(variant);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), or `max + 1` as
 * soon as it is certain to exceed `max`.
 */
export function boundedOsaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let previous2 = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return Math.min(previous[b.length]!, max + 1);
}
