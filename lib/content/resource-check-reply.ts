import { err, ok, type Result } from '../core/result.ts';
import { RESOURCE_OUTCOMES, type ResourceCheckResult, type ResourceOutcome } from '../exfil/resource-check.ts';
import { RESOURCE_REASONS, type ResourceReason } from '../exfil/resource-verdict.ts';

const isOutcome = (value: unknown): value is ResourceOutcome => RESOURCE_OUTCOMES.includes(value as ResourceOutcome);
const isReason = (value: unknown): value is ResourceReason => RESOURCE_REASONS.includes(value as ResourceReason);

/**
 * The background's answer to `content:resource-check`, validated: a `Result` of one result per
 * URL. Anything malformed is an error, which the guard treats as "could not check" (the resources
 * stay blocked).
 */
export function parseResourceCheckReply(raw: unknown): Result<ResourceCheckResult[]> {
  const reply = raw as { ok?: unknown; value?: unknown; error?: unknown } | null;
  if (!reply || typeof reply !== 'object') return err('no answer from Rampart');
  if (reply.ok === false) return err(typeof reply.error === 'string' ? reply.error : 'the check failed');
  if (reply.ok !== true || !Array.isArray(reply.value)) return err('malformed answer');
  const results: ResourceCheckResult[] = [];
  for (const item of reply.value as unknown[]) {
    const result = item as Partial<ResourceCheckResult> | null;
    if (!result || typeof result.url !== 'string' || typeof result.host !== 'string' || !isOutcome(result.outcome)) return err('malformed answer');
    if (!Array.isArray(result.reasons) || !result.reasons.every(isReason)) return err('malformed answer');
    results.push({ url: result.url, host: result.host, outcome: result.outcome, reasons: [...result.reasons] });
  }
  return ok(results);
}
