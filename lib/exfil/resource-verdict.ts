import { ConversationIndex } from './conversation-overlap.ts';
import { URL_SENSITIVE_SCAN } from './resource-sensitive-scan.ts';
import { resourceHost } from './resource-url.ts';
import { isAllowedHost } from './site-hosts.ts';
import { analyzeUrl, type SensitiveScan, type UrlSignal } from './url-signals.ts';

/** Why an auto-loaded resource is held back: what its URL carries, or that it is one of a series. */
export type ResourceReason = 'conversation' | 'secret' | 'pii' | 'encoded-blob' | 'long-text' | 'series';

export const RESOURCE_REASONS: readonly ResourceReason[] = ['conversation', 'secret', 'pii', 'encoded-blob', 'long-text', 'series'];

export interface ResourceVerdict {
  url: string;
  host: string;
  /** One of the chat site's own hosts: never blocked by the network rule, nothing to decide. */
  ownHost: boolean;
  flagged: boolean;
  reasons: ResourceReason[];
}

export interface ResourceCheckContext {
  /** Hosts the chat site loads its own content from (see siteResourceHosts in resource-hosts.ts). */
  ownHosts: readonly string[];
  /**
   * Hosts the user allow-listed for images (AllowLists.imageHosts, each covering its subdomains):
   * trusted like the site's own — never flagged, never part of a series — but, unlike those, held
   * by the network rule, so they still go through the allow step (outcome `allowed`).
   */
  trustedHosts?: readonly string[];
  /** The user's turns (exfil's conversation text): words of it in a URL are the conversation leaving. */
  conversationText?: string;
  /**
   * Inside an assistant reply (content the model wrote, maybe steered by an injection) rather
   * than the app's own chrome (avatars, thumbnails). See classifyResourceUrl for what changes.
   */
  inReply: boolean;
}

/** Auto-loaded resources to one foreign host in one reply: past this many, data is being spelled out. Same as the exfil detector's BEACON_SERIES. */
export const RESOURCE_SERIES = 5;

const STRONG: ReadonlySet<UrlSignal> = new Set(['conversation', 'secret', 'pii']);
const PAYLOAD: ReadonlySet<UrlSignal> = new Set(['conversation', 'secret', 'pii', 'encoded-blob', 'long-text']);

/**
 * One auto-loaded URL's verdict, by the exfil detector's image-beacon rule: a resource inside a
 * reply is fetched the moment it renders, so any data-shaped payload (conversation words in the
 * query or path, a secret, personal data, an encoded blob, a run of free text) is enough. Outside
 * replies the app itself put the resource there: its avatar and thumbnail URLs carry ids and
 * signatures that look like blobs as a matter of course, so only the strong signals count
 * (conversation text in the query, a secret, personal data) — the evidence bar the detector uses
 * for links.
 */
export function classifyResourceUrl(
  url: string,
  context: ResourceCheckContext,
  conversation: ConversationIndex = new ConversationIndex(context.conversationText ?? ''),
  sensitive: SensitiveScan = URL_SENSITIVE_SCAN,
): ResourceVerdict {
  const host = resourceHost(url);
  if (host && isAllowedHost(host, context.ownHosts)) return { url, host, ownHost: true, flagged: false, reasons: [] };
  if (host && context.trustedHosts && isAllowedHost(host, context.trustedHosts)) return { url, host, ownHost: false, flagged: false, reasons: [] };
  const analysis = analyzeUrl(url, conversation, sensitive);
  const counted = context.inReply ? PAYLOAD : STRONG;
  const reasons = new Set<ResourceReason>();
  for (const signal of analysis.signals) if (counted.has(signal)) reasons.add(signal as ResourceReason);
  if (context.inReply && analysis.pathConversation) reasons.add('conversation');
  return { url, host, ownHost: false, flagged: reasons.size > 0, reasons: RESOURCE_REASONS.filter((reason) => reasons.has(reason)) };
}

/**
 * A batch of URLs found together (one page update), with the conversation indexed once. Reply
 * resources to one foreign host that reach RESOURCE_SERIES distinct URLs are all flagged as a
 * series, even when each looks clean: `/a.png`, `/b.png`, … is data spelled out one request at a
 * time. Only within the batch: a series spread over several page updates is not seen here.
 */
export function classifyResourceUrls(urls: readonly string[], context: ResourceCheckContext, sensitive: SensitiveScan = URL_SENSITIVE_SCAN): ResourceVerdict[] {
  const unique = [...new Set(urls)];
  const conversation = new ConversationIndex(context.conversationText ?? '');
  const verdicts = unique.map((url) => classifyResourceUrl(url, context, conversation, sensitive));
  if (!context.inReply) return verdicts;
  const perHost = new Map<string, number>();
  const trusted = (host: string) => context.trustedHosts !== undefined && isAllowedHost(host, context.trustedHosts);
  for (const verdict of verdicts) if (!verdict.ownHost && !trusted(verdict.host)) perHost.set(verdict.host, (perHost.get(verdict.host) ?? 0) + 1);
  return verdicts.map((verdict) =>
    !verdict.ownHost && (perHost.get(verdict.host) ?? 0) >= RESOURCE_SERIES
      ? { ...verdict, flagged: true, reasons: [...verdict.reasons.filter((reason) => reason !== 'series'), 'series'] }
      : verdict,
  );
}
