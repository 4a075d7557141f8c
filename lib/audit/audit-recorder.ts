import type { VerdictEvent } from '../messaging/message-handler.ts';
import type { ModelStatus } from '../models/model-provider.ts';
import type { AuditSettings } from '../settings/user-settings.ts';
import { modelLabels, overrideEntry, profileLabel, protectionEntry, verdictEntry, type AuditProvenance } from './audit-entry.ts';
import type { AuditForwarder } from './audit-forwarder.ts';
import type { AuditLog } from './audit-log.ts';
import type { AuditEntry, AuditOverride, AuditRecord } from './audit-record.ts';
import type { OverrideReport } from './override-report.ts';

export interface AuditRecorderDeps {
  log: Pick<AuditLog, 'append'>;
  /** The current settings (only `audit` is read): scope decides which verdicts are recorded. */
  settings: () => Promise<{ audit: AuditSettings }>;
  /** The policy in force (customizedProfile of the effective settings): its id and version. */
  profile: () => Promise<{ id: string; version: number | string }>;
  /** The bundled models' state (none when the background runs rules-only). */
  models?: () => readonly ModelStatus[];
  extensionVersion: string;
  /** The admin's collector, when one is configured (it ignores records otherwise). */
  forwarder?: Pick<AuditForwarder, 'enqueue'>;
  now: () => number;
  /** Told (without any record content) when recording failed: the scan was answered anyway. */
  onError?: (error: unknown) => void;
}

export type ProtectionChange = Exclude<AuditOverride, OverrideReport['kind']>;

export interface AuditRecorder {
  /** The message handler's onVerdict: records by scope, in the background; never throws. */
  onVerdict(event: VerdictEvent): void;
  /** A user's choice on a page (tab:override); always recorded, whatever the scope. */
  recordOverride(report: OverrideReport, site: string): Promise<AuditRecord>;
  /** Protection switched off or on (site paused/resumed, Kids mode disabled); always recorded. */
  recordProtection(change: ProtectionChange, site?: string): Promise<AuditRecord>;
  /** Resolves once every record started so far is written (or failed). */
  idle(): Promise<void>;
}

/** Whether a verdict belongs in the log: `decisions` keeps what was not allowed, `all` every full scan. */
export const inAuditScope = (scope: AuditSettings['scope'], action: VerdictEvent['summary']['action']): boolean => scope === 'all' || action !== 'allow';

/**
 * Turns verdicts and user choices into audit records: it decides what is recorded (the scope),
 * adds what decided (policy and model versions, the extension's version), appends to the chain
 * and hands the record to the forwarder. Runs beside the scan, never in its way: a failure here
 * is reported and the user's verdict stands.
 */
export function createAuditRecorder(deps: AuditRecorderDeps): AuditRecorder {
  const running = new Set<Promise<unknown>>();

  async function provenance(verdictProfileId?: string): Promise<AuditProvenance> {
    const profile = await deps.profile();
    // The verdict names the profile it was made with; if the settings changed since, its version is not known here.
    const label = verdictProfileId === undefined || verdictProfileId === profile.id ? profileLabel(profile.id, profile.version) : profileLabel(verdictProfileId);
    return { profile: label, models: modelLabels(deps.models?.() ?? []), extension: deps.extensionVersion };
  }

  async function append(entry: AuditEntry): Promise<AuditRecord> {
    const record = await deps.log.append(entry);
    if (deps.forwarder) void deps.forwarder.enqueue(record);
    return record;
  }

  function track<T>(work: Promise<T>): Promise<T> {
    running.add(work);
    void work.finally(() => running.delete(work)).catch(() => undefined);
    return work;
  }

  async function recordVerdict(event: VerdictEvent): Promise<void> {
    const { audit } = await deps.settings();
    if (!inAuditScope(audit.scope, event.summary.action)) return;
    await append(verdictEntry(event.summary, event.site, await provenance(event.summary.profileId)));
  }

  return {
    onVerdict(event) {
      try {
        track(recordVerdict(event)).catch((error: unknown) => deps.onError?.(error));
      } catch (error) {
        deps.onError?.(error);
      }
    },
    recordOverride: (report, site) => track((async () => append(overrideEntry(report, site, deps.now(), await provenance())))()),
    recordProtection: (change, site = '') => track((async () => append(protectionEntry(change, site, deps.now(), await provenance())))()),
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
