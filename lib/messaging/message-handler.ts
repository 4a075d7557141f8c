import { err, ok, type Result } from '../core/result.ts';
import type { Pipeline } from '../core/pipeline.ts';
import type { ModelStatus } from '../models/model-provider.ts';
import { parseMessage, type ContentScanMessage } from './messages.ts';
import { buildScanReply, type ScanReply } from './scan-reply.ts';
import { isAllowedSender, type SenderInfo, type SenderPolicy } from './sender-check.ts';
import { summarizeVerdict, type VerdictSummary } from './verdict-summary.ts';

/** Where a tab's recent verdicts live (storage.session in the extension, a Map in tests). */
export interface RecentVerdicts {
  append(tabId: number, summary: VerdictSummary): Promise<void>;
  list(tabId: number): Promise<VerdictSummary[]>;
}

export interface MessageHandlerDeps {
  pipeline: Pick<Pipeline, 'scan' | 'detectors'>;
  senderPolicy: SenderPolicy;
  /** The profile to scan with, already validated (see settings/profile-setting.ts). */
  loadProfileId: () => Promise<string>;
  recent: RecentVerdicts;
  now: () => number;
  /** Starts loading the models (a `content:warm` hint; fire and forget). */
  warm?: () => void;
  /** The bundled models' state (none when the background runs rules-only). */
  modelStatus?: () => ModelStatus[];
  /** Told (without any message content) when something unexpected happened. */
  onInternalError?: (error: unknown) => void;
}

export type MessageReply = Result<ScanReply> | Result<VerdictSummary[]> | Result<ModelStatus[]> | Result<null>;

/**
 * The background's single entry point for runtime messages, free of browser APIs so it can be
 * tested in Node. It validates the message, then the sender, then acts; every path resolves to a
 * `Result` — a malformed message, a hostile sender or a failing store must never surface as a
 * thrown error (the caller would see a generic "message port closed" and learn nothing).
 */
export function createMessageHandler(deps: MessageHandlerDeps): (raw: unknown, sender: SenderInfo) => Promise<MessageReply> {
  async function scan(message: ContentScanMessage, sender: SenderInfo): Promise<Result<ScanReply>> {
    const site = new URL(sender.url!).hostname;
    const profile = await deps.loadProfileId();
    const { text, direction, conversationText } = message;
    const result = await deps.pipeline.scan({ text, direction, site, profile, ...(conversationText === undefined ? {} : { conversationText }) });
    if (!result.ok) return result;
    const at = deps.now();
    try {
      // The popup's history is secondary: a failing store must not cost the user the verdict.
      await deps.recent.append(sender.tabId!, summarizeVerdict(result.value, at));
    } catch (error) {
      deps.onInternalError?.(error);
    }
    return ok(buildScanReply(result.value, deps.pipeline.detectors, at));
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
        case 'content:warm':
          deps.warm?.();
          return ok(null);
        case 'popup:recent':
          return ok(await deps.recent.list(message.tabId));
        case 'popup:models':
          return ok(deps.modelStatus?.() ?? []);
      }
    } catch (error) {
      // Only the error's kind is reported back: its message could quote the text being scanned.
      deps.onInternalError?.(error);
      return err(`internal error${error instanceof Error ? ` (${error.name})` : ''}`);
    }
  };
}
