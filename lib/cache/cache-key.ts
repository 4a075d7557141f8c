import { MAX_CONVERSATION_CHARS } from '../core/limits.ts';
import type { ScanInput } from '../core/scan-input.ts';
import type { PolicyProfile } from '../policy/profile.ts';
import { DEFAULT_PROFILE_ID, PROFILES } from '../policy/profiles.ts';
import { stableJson } from './stable-json.ts';

/** A keyed digest (digest.ts `saltedDigester`): text in, 64 hex digits out. */
export type Digest = (text: string) => string;

/** The profile a scan input runs under, as the pipeline resolves it; undefined for an unknown id. */
export function resolveProfile(profile: ScanInput['profile']): PolicyProfile | undefined {
  if (profile === undefined) return PROFILES[DEFAULT_PROFILE_ID];
  if (typeof profile !== 'string') return profile;
  return Object.prototype.hasOwnProperty.call(PROFILES, profile) ? PROFILES[profile] : undefined;
}

const profileJson = new WeakMap<PolicyProfile, string>();

/**
 * The whole profile, not only `id@version`: thresholds, conditions, shadow and disabled lists.
 * A profile edited without a version bump (or an admin policy that reuses an id) still gets keys
 * of its own.
 */
function policyOf(profile: PolicyProfile): string {
  let json = profileJson.get(profile);
  if (json === undefined) {
    json = stableJson(profile);
    profileJson.set(profile, json);
  }
  return json;
}

/**
 * The scope of a decision: everything a verdict depends on except the text itself. Semantic lookups
 * only compare entries of one scope.
 * - `stamp`: detector, model and build versions (cache-stamp.ts);
 * - direction, site (policy conditions and allow-lists are per site), tier, the full policy;
 * - `conversationText`, as the pipeline bounds it: the exfil detector looks for it in reply URLs,
 *   so the same reply to another prompt is another question;
 * - `state`: device state a detector reads (vector-guard's local feedback exemplars).
 */
export function scopeDigest(
  input: Pick<ScanInput, 'direction' | 'site' | 'tier' | 'conversationText'>,
  profile: PolicyProfile,
  stamp: string,
  state: string,
  digest: Digest,
): string {
  const conversation = input.conversationText === undefined ? null : input.conversationText.slice(-MAX_CONVERSATION_CHARS);
  return digest(
    stableJson({
      stamp,
      direction: input.direction,
      site: input.site ?? 'unknown',
      tier: input.tier ?? 'standard',
      policy: policyOf(profile),
      conversation,
      state,
    }),
  );
}

/**
 * The exact key: the scope and the text exactly as scanned. Deliberately not a normalized form:
 * the pipeline's canonical view (lib/core/normalize.ts) removes exactly what the invisible-text and
 * encoding detectors report (zero-width characters, tag characters, styled letters), so keying on
 * it would let a smuggled variant hit the "allow" of its clean twin; and a verdict's spans and
 * redactions are offsets into the original, which any normalization that drops characters shifts.
 * Near-duplicates are what the semantic mode is for, under its risk-aware rules.
 */
export const entryKey = (scope: string, text: string, digest: Digest): string => digest(`${scope}\u0000${text}`);
