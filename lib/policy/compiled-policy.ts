import { err, ok, type Result } from '../core/result.ts';
import { compileExpression, type CompiledExpression } from './expression.ts';
import { CONDITION_NAMES, type PolicyCondition, type PolicyProfile } from './profile.ts';

export interface CompiledCondition extends PolicyCondition {
  expression: CompiledExpression;
}

/** A profile whose conditions have been parsed and checked once, ready for every scan. */
export interface CompiledPolicy {
  profile: PolicyProfile;
  conditions: CompiledCondition[];
  /** `<id>@<version>`. */
  version: string;
  shadow: ReadonlySet<string>;
  disabled: ReadonlySet<string>;
}

/**
 * Whether a detector runs for the record only: the profile names it, or it runs a candidate model
 * version beside the active one (candidates never change a verdict until promoted in the manifest).
 */
export const runsInShadow = (meta: { id: string; candidate?: boolean }, policy: CompiledPolicy): boolean =>
  meta.candidate === true || policy.shadow.has(meta.id);

const cache = new WeakMap<PolicyProfile, CompiledPolicy>();

/** Compiles (and memoizes per profile object) a profile; a bad condition is an error, not a throw. */
export function compilePolicy(profile: PolicyProfile): Result<CompiledPolicy> {
  const cached = cache.get(profile);
  if (cached) return ok(cached);
  const conditions: CompiledCondition[] = [];
  for (const condition of profile.conditions) {
    const expression = compileExpression(condition.when, CONDITION_NAMES);
    if (!expression.ok) return err(`policy condition "${condition.id}": ${expression.error}`);
    conditions.push({ ...condition, expression: expression.value });
  }
  const compiled: CompiledPolicy = {
    profile,
    conditions,
    version: `${profile.id}@${profile.version}`,
    shadow: new Set(profile.shadow),
    disabled: new Set(profile.disabled),
  };
  cache.set(profile, compiled);
  return ok(compiled);
}
