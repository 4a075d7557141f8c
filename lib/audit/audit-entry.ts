import type { Direction } from '../core/direction.ts';
import type { ModelStatus } from '../models/model-provider.ts';
import type { VerdictSummary } from '../messaging/verdict-summary.ts';
import type { AuditEntry, AuditOverride } from './audit-record.ts';
import type { OverrideReport } from './override-report.ts';

/** What every record says about the software that decided, gathered once per record. */
export interface AuditProvenance {
  /** `<profile id>@<version>` (profileLabel). */
  profile: string;
  /** `<model id>@<version>` of the active models that were ready (modelLabels). */
  models: string[];
  extension: string;
}

/** `standard@2`; without a known version (a profile the settings no longer name) just the id. */
export const profileLabel = (id: string, version?: number | string): string => (version === undefined ? id : `${id}@${version}`);

/** The active models that could take part in a scan, as `<id>@<version>`, sorted (stable records). */
export function modelLabels(statuses: readonly ModelStatus[]): string[] {
  return statuses
    .filter((status) => status.role === 'active' && status.state === 'ready')
    .map((status) => `${status.id}@${status.version}`)
    .sort();
}

/**
 * A verdict as an audit entry: categories and rule ids from its reasons, nothing else of it.
 * The summary's spans, redactions and timings are deliberately not copied — spans locate text,
 * and the record must not help anyone find (or rebuild) what was written.
 */
export function verdictEntry(summary: VerdictSummary, site: string, provenance: AuditProvenance): AuditEntry {
  return {
    at: summary.at,
    site,
    direction: summary.direction,
    categories: [...new Set(summary.reasons.map((reason) => reason.category))],
    ruleIds: [...new Set(summary.reasons.flatMap((reason) => reason.ruleIds))],
    action: summary.action,
    ...provenance,
  };
}

/** Which way the text a tab override is about flows: a send or a paste is a prompt, the rest are replies. */
const OVERRIDE_DIRECTION: Record<OverrideReport['kind'], Direction> = {
  'send-anyway': 'inbound',
  'load-anyway': 'outbound',
  'paste-anyway': 'inbound',
  'reveal-reply': 'outbound',
};

/** A user's choice on a page (tab:override) as an audit entry, at the time the background heard of it. */
export function overrideEntry(report: OverrideReport, site: string, at: number, provenance: AuditProvenance): AuditEntry {
  return {
    at,
    site,
    direction: OVERRIDE_DIRECTION[report.kind],
    categories: report.categories,
    ruleIds: report.ruleIds,
    ...(report.action ? { action: report.action } : {}),
    override: report.kind,
    verdictAt: report.verdictAt,
    ...provenance,
  };
}

/** Protection itself switched off or on (a site paused, Kids mode disabled): no verdict involved. */
export function protectionEntry(override: Exclude<AuditOverride, OverrideReport['kind']>, site: string, at: number, provenance: AuditProvenance): AuditEntry {
  return { at, site, categories: [], ruleIds: [], override, ...provenance };
}
