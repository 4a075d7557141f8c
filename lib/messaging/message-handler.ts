import { err, ok, type Result } from '../core/result.ts';
import type { Pipeline } from '../core/pipeline.ts';
import type { ScanCustom, ScanInput } from '../core/scan-input.ts';
import type { PolicyProfile } from '../policy/profile.ts';
import { gatePipeline } from '../core/reply-stream.ts';
import { contentSettingsFor, overridesFor, type ContentSettings } from '../content/reply-settings.ts';
import type { DecisionCache } from '../cache/decision-cache.ts';
import type { ResourceCheckResult, ResourceService } from '../exfil/resource-check.ts';
import type { ModelStatus } from '../models/model-provider.ts';
import { parseMessage, type ContentScanMessage } from './messages.ts';
import { routeTable, type MessageRoute } from './message-route.ts';
import { buildScanReply, ruleMessagesFor, type ScanReply } from './scan-reply.ts';
import { customRuleMessages } from '../detectors/custom-rules.ts';
import { isAllowedSender, type SenderInfo, type SenderPolicy } from './sender-check.ts';
import { summarizeVerdict, type VerdictSummary } from './verdict-summary.ts';
import type { SiteHealthRecord } from '../sites/site-health.ts';

/** Where a tab's recent verdicts live (storage.session in the extension, a Map in tests). */
export interface RecentVerdicts {
  append(tabId: number, summary: VerdictSummary): Promise<void>;
  list(tabId: number): Promise<VerdictSummary[]>;
}

/** Where each tab's adapter health lives (storage.session in the extension, a Map in tests). */
export interface SiteHealthRecords {
  set(tabId: number, record: SiteHealthRecord): Promise<void>;
  get(tabId: number): Promise<SiteHealthRecord | undefined>;
}

/**
 * A full scan's verdict as it left the background (text-free): for the audit log (lib/audit/).
 * Pre-scans (the composer checked while the user pauses) and streamed-reply windows are not
 * verdicts that count, so they are never reported.
 */
export interface VerdictEvent {
  summary: VerdictSummary;
  /** The host name of the page the text was on. */
  site: string;
  direction: VerdictSummary['direction'];
  tabId: number;
}

export interface MessageHandlerDeps {
  pipeline: Pick<Pipeline, 'scan' | 'detectors'>;
  /** What scans `scope: 'window'` slices of streamed replies (default: the pipeline's cheap detectors). */
  windowPipeline?: Pick<Pipeline, 'scan'>;
  senderPolicy: SenderPolicy;
  /** The profile to scan with, already validated: a built-in id or a full (customized) profile (policy/customized-profile.ts). */
  loadProfile: () => Promise<string | PolicyProfile>;
  /** The user's (or admin's) custom rules and allow-lists for scans (settings); none when absent. */
  loadCustom?: () => Promise<ScanCustom | undefined>;
  /** Whether Rampart is paused on a site (settings `sites.paused`), for `content:settings`; never when absent. */
  isPaused?: (host: string) => Promise<boolean>;
  /**
   * Managed `disabledFeatures`, for `content:settings`: its `sendAnyway` / `loadAnyway` tokens take
   * those overrides out of the in-page panels. None disabled when absent.
   */
  disabledFeatures?: () => Promise<readonly string[]>;
  recent: RecentVerdicts;
  now: () => number;
  /** Starts loading the models (a `content:warm` hint; fire and forget). */
  warm?: () => void;
  /** The bundled models' state (none when the background runs rules-only). */
  modelStatus?: () => ModelStatus[];
  /** Told (without any message content) when something unexpected happened. */
  onInternalError?: (error: unknown) => void;
  /**
   * The decision cache in front of the pipeline (lib/cache/): full scans go through it. It falls
   * through to the pipeline on its own failures; should it throw anyway, the pipeline answers.
   */
  cache?: Pick<DecisionCache, 'scan'>;
  /** Exfil blocking in the network layer: checks blocked resources, lets clean ones through (lib/exfil/resource-check.ts). */
  resources?: ResourceService;
  /** Per-tab adapter health (content:health in, popup:health out). */
  siteHealth?: SiteHealthRecords;
  /** Features' own `page:*` / `tab:*` messages (lib/messaging/message-route.ts). */
  routes?: readonly MessageRoute[];
  /**
   * Told after every full scan that is not a pre-scan, from the pipeline and from the cache alike
   * (the audit log). It must not throw or take long; should it throw anyway, the scan's answer is
   * unaffected.
   */
  onVerdict?: (event: VerdictEvent) => void;
}

export type MessageReply =
  | Result<ScanReply>
  | Result<VerdictSummary[]>
  | Result<ModelStatus[]>
  | Result<ContentSettings>
  | Result<ResourceCheckResult[]>
  | Result<SiteHealthRecord | null>
  | Result<null>
  | Result<unknown>;

/**
 * The background's single entry point for runtime messages, free of browser APIs so it can be
 * tested in Node. It validates the message, then the sender, then acts; every path resolves to a
 * `Result` — a malformed message, a hostile sender or a failing store must never surface as a
 * thrown error (the caller would see a generic "message port closed" and learn nothing).
 */
export function createMessageHandler(deps: MessageHandlerDeps): (raw: unknown, sender: SenderInfo) => Promise<MessageReply> {
  let windowPipeline = deps.windowPipeline;
  const routes = routeTable(deps.routes ?? []);
  async function scan(message: ContentScanMessage, sender: SenderInfo): Promise<Result<ScanReply>> {
    const site = new URL(sender.url!).hostname;
    const [profile, custom] = await Promise.all([deps.loadProfile(), deps.loadCustom?.()]);
    const { text, direction, conversationText } = message;
    const input: ScanInput = { text, direction, site, profile, ...(conversationText === undefined ? {} : { conversationText }), ...(custom ? { custom } : {}) };
    // A custom rule's finding is explained by the rule's own description.
    const ruleMessages = custom ? customRuleMessages(custom.customRules) : undefined;
    if (message.scope === 'window') {
      // A reply still being written: the gate's rules only, and not a verdict for the popup's
      // history (the full scan at settle is the one that counts and is recorded).
      windowPipeline ??= gatePipeline(deps.pipeline.detectors);
      const partial = await windowPipeline.scan(input);
      return partial.ok ? ok(buildScanReply(partial.value, deps.pipeline.detectors, deps.now(), ruleMessages)) : partial;
    }
    const cached = deps.cache ? await scanThroughCache(deps.cache, input) : undefined;
    if (cached) {
      if (!cached.ok) return cached;
      // A pre-scan is not a send: the tab's history records sends only.
      if (message.purpose !== 'prescan') await recordVerdict(sender, cached.value);
      const ruleIds = cached.value.reasons.flatMap((reason) => reason.ruleIds);
      return ok({ verdict: cached.value, ruleMessages: ruleMessagesFor(ruleIds, deps.pipeline.detectors, ruleMessages) });
    }
    const result = await deps.pipeline.scan(input);
    if (!result.ok) return result;
    const at = deps.now();
    if (message.purpose !== 'prescan') await recordVerdict(sender, summarizeVerdict(result.value, at));
    return ok(buildScanReply(result.value, deps.pipeline.detectors, at, ruleMessages));
  }

  /** A verdict that counts: the tab's history, and whoever listens for verdicts (the audit log). */
  async function recordVerdict(sender: SenderInfo, summary: VerdictSummary): Promise<void> {
    await appendRecent(sender, summary);
    try {
      deps.onVerdict?.({ summary, site: new URL(sender.url!).hostname, direction: summary.direction, tabId: sender.tabId! });
    } catch (error) {
      deps.onInternalError?.(error);
    }
  }

  async function appendRecent(sender: SenderInfo, summary: VerdictSummary): Promise<void> {
    try {
      // The popup's history is secondary: a failing store must not cost the user the verdict.
      await deps.recent.append(sender.tabId!, summary);
    } catch (error) {
      deps.onInternalError?.(error);
    }
  }

  /** The cache's answer, or undefined when the cache itself broke (the pipeline then answers). */
  async function scanThroughCache(cache: Pick<DecisionCache, 'scan'>, input: ScanInput): Promise<Result<VerdictSummary> | undefined> {
    try {
      const result = await cache.scan(input);
      if (!result.ok) return result;
      const { summary, source } = result.value;
      return ok(source === 'pipeline' ? summary : { ...summary, cache: source });
    } catch (error) {
      deps.onInternalError?.(error);
      return undefined;
    }
  }

  return async function handleMessage(raw, sender) {
    try {
      const parsed = parseMessage(raw);
      if (!parsed.ok) return parsed;
      const message = parsed.value;
      if (!isAllowedSender(message.type, sender, deps.senderPolicy)) {
        return err(`${message.type} is not accepted from this sender`);
      }
      switch (message.type) {
        case 'content:scan':
          return await scan(message, sender);
        case 'content:resource-check':
          return deps.resources ? await deps.resources.check(message, sender.tabId!, sender.url!) : err('resource checks are not available');
        case 'content:resource-allow':
          return deps.resources ? await deps.resources.allow(message, sender.tabId!) : err('resource checks are not available');
        case 'content:warm':
          deps.warm?.();
          return ok(null);
        case 'content:settings': {
          // The base profile's id (a customized profile keeps it): the content script covers replies by it.
          const profile = await deps.loadProfile();
          const paused = (await deps.isPaused?.(new URL(sender.url!).hostname)) ?? false;
          const disabled = (await deps.disabledFeatures?.()) ?? [];
          return ok(contentSettingsFor(typeof profile === 'string' ? profile : profile.id, paused, overridesFor(disabled)));
        }
        case 'popup:recent':
          return ok(await deps.recent.list(message.tabId));
        case 'popup:models':
          return ok(deps.modelStatus?.() ?? []);
        case 'content:health':
          await deps.siteHealth?.set(sender.tabId!, { state: message.state, missing: message.missing, host: new URL(sender.url!).hostname, at: deps.now() });
          return ok(null);
        case 'popup:health':
          return ok((await deps.siteHealth?.get(message.tabId)) ?? null);
        default: {
          const route = routes.get(message.type);
          return route ? await route.handle(message.body, sender) : err('unknown message type');
        }
      }
    } catch (error) {
      // Only the error's kind is reported back: its message could quote the text being scanned.
      deps.onInternalError?.(error);
      return err(`internal error${error instanceof Error ? ` (${error.name})` : ''}`);
    }
  };
}
