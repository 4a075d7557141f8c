import { isCategory } from './category.ts';
import type { DetectorMeta } from './detector.ts';
import { SEVERITIES, type Finding } from './finding.ts';

/**
 * A detector's output is checked before it can influence a verdict: a bug that reports a score of
 * NaN, a span past the end of the text or a category it never declared is a failure of that
 * detector (`invalid-output`), not a silently wrong verdict.
 */
export function invalidFindingReason(
  finding: unknown,
  meta: Pick<DetectorMeta, 'id' | 'categories'>,
  textLength: number,
): string | undefined {
  if (typeof finding !== 'object' || finding === null) return 'finding is not an object';
  const f = finding as Partial<Finding>;
  if (typeof f.ruleId !== 'string' || !f.ruleId.startsWith(`${meta.id}/`)) {
    return `rule id must start with "${meta.id}/"`;
  }
  if (!isCategory(f.category) || !meta.categories.includes(f.category)) {
    return `category ${String(f.category)} not declared in meta`;
  }
  if (!SEVERITIES.includes(f.severity as Finding['severity'])) return 'bad severity';
  if (typeof f.score !== 'number' || !(f.score >= 0 && f.score <= 1)) return 'score outside 0..1';
  if (!Array.isArray(f.spans)) return 'spans missing';
  for (const span of f.spans) {
    if (
      !Number.isInteger(span?.start) ||
      !Number.isInteger(span?.end) ||
      span.start < 0 ||
      span.end < span.start ||
      span.end > textLength
    ) {
      return 'span outside the text';
    }
  }
  if ('matchedText' in f || 'text' in f) return 'findings must not carry text';
  if (f.action !== undefined && f.action !== 'warn' && f.action !== 'redact' && f.action !== 'block') return 'bad action';
  return undefined;
}
