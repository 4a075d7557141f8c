import { createAuditForwarder, type AuditForwarder, type OtlpPost } from '../../audit/audit-forwarder.ts';
import { createAuditLog, retentionCap, type AuditLog } from '../../audit/audit-log.ts';
import { createAuditRecorder, type AuditRecorder } from '../../audit/audit-recorder.ts';
import { auditRoutes } from '../../audit/audit-routes.ts';
import type { MessageRoute } from '../../messaging/message-route.ts';
import type { ModelStatus } from '../../models/model-provider.ts';
import type { AuditSettings } from '../../settings/user-settings.ts';
import { createIdbAudit } from './audit-store-idb.ts';
import { fetchOtlpPost } from './otlp-transport.ts';

export interface AuditServiceDeps {
  /** The effective settings (only `audit` is read): scope, retention cap, collector. */
  settings: () => Promise<{ audit: AuditSettings }>;
  /** The policy in force (customizedProfile of the effective settings). */
  profile: () => Promise<{ id: string; version: number | string }>;
  models?: () => readonly ModelStatus[];
  extensionVersion: string;
  /** False when managed policy disables `auditExport`. */
  canExport?: () => Promise<boolean>;
  onError?: (error: unknown) => void;
  /** Tests: another database or transport. */
  storage?: ReturnType<typeof createIdbAudit>;
  post?: OtlpPost;
}

export interface AuditService {
  /** For the message handler's `onVerdict`. */
  onVerdict: AuditRecorder['onVerdict'];
  /** For settings/kids changes: `recordProtection('protection-paused', host)`, `('kids-disabled')`. */
  recorder: AuditRecorder;
  log: AuditLog;
  forwarder: AuditForwarder;
  routes: MessageRoute[];
}

/**
 * The audit log wired for the background: records and outbox in IndexedDB, the forwarder on
 * fetch and real timers, the routes. One call in start-background.ts; everything reads the
 * settings afresh, so a changed scope, cap or collector applies to the next record.
 */
export function createAuditService(deps: AuditServiceDeps): AuditService {
  const storage = deps.storage ?? createIdbAudit();
  const audit = async () => (await deps.settings()).audit;
  const log = createAuditLog({ store: storage.log, maxRecords: async () => retentionCap((await audit()).maxRecords) });
  const forwarder = createAuditForwarder({
    collector: async () => (await audit()).collector,
    post: deps.post ?? fetchOtlpPost(),
    clock: { now: () => Date.now(), setTimer: (run, ms) => setTimeout(run, ms), clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>), random: () => Math.random() },
    serviceVersion: deps.extensionVersion,
    storage: storage.outbox,
    ...(deps.onError ? { onError: deps.onError } : {}),
  });
  const recorder = createAuditRecorder({
    log,
    settings: deps.settings,
    profile: deps.profile,
    ...(deps.models ? { models: deps.models } : {}),
    extensionVersion: deps.extensionVersion,
    forwarder,
    now: () => Date.now(),
    ...(deps.onError ? { onError: deps.onError } : {}),
  });
  const routes = auditRoutes({ log, recorder, forwarder, now: () => Date.now(), ...(deps.canExport ? { canExport: deps.canExport } : {}) });
  return { onVerdict: (event) => recorder.onVerdict(event), recorder, log, forwarder, routes };
}
