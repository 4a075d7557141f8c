import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding, Severity, Span } from '../core/finding.ts';
import { ConversationIndex } from '../exfil/conversation-overlap.ts';
import { hiddenHtmlSpans } from '../exfil/hidden-html.ts';
import { PROMPT_LEAK_RULES } from '../exfil/prompt-leak.ts';
import { autoLoads, findResources, type ResourceRef } from '../exfil/reply-resources.ts';
import { allowedHostsFor, isAllowedHost } from '../exfil/site-hosts.ts';
import { analyzeUrl, type UrlAnalysis, type UrlSignal } from '../exfil/url-signals.ts';
import { URL_SENSITIVE_SCAN } from '../exfil/resource-sensitive-scan.ts';
import { imageHostsFrom } from '../rules/custom/image-host-allow-list.ts';

export interface ExfilOptions {
  /** Hosts (and their subdomains) replies may load from besides the chat site's own. */
  allowedHosts: string[];
}

/** Auto-loaded resources to one foreign host: past this many, a reply is spelling data out piece by piece. */
export const BEACON_SERIES = 5;

const STRONG: ReadonlySet<UrlSignal> = new Set(['conversation', 'secret', 'pii']);

export const meta: DetectorMeta<ExfilOptions> = {
  id: 'exfil',
  description:
    'Reply images, links and auto-loaded resources (markdown, HTML, CSS url()) that carry data — conversation text, secrets, personal data, encoded blobs — to a host the chat site does not load from; javascript:/data: links; hidden-styled HTML text; and replies that reveal their own system prompt or guarded secret.',
  version: '1.0.0',
  directions: ['outbound'],
  categories: ['exfiltration'],
  cost: 'cheap',
  expectedMs: 0.2,
  maxChars: 1_000_000,
  defaultOptions: { allowedHosts: [] },
  messages: {
    'image-beacon': 'An image or other auto-loaded resource in this reply sends data to an outside site as soon as it is shown.',
    'image-series': 'This reply loads many resources from one outside site: data can be spelled out through which ones load.',
    'link-data': 'A link in this reply carries data (conversation text, a secret, personal data or an encoded blob) to an outside site.',
    'dangerous-scheme': 'A link or resource in this reply runs script (javascript:, data:text/html) instead of opening a page.',
    'hidden-html-text': 'This reply contains text styled to be invisible.',
    ...Object.fromEntries(PROMPT_LEAK_RULES.map((rule) => [rule.id, rule.description])),
  },
};

function resourceFinding(ref: ResourceRef, analysis: UrlAnalysis): Finding | undefined {
  const span = [ref.span];
  const { signals } = analysis;
  if (signals.includes('dangerous-scheme') && ref.kind !== 'bare-url') {
    return { ruleId: 'exfil/dangerous-scheme', category: 'exfiltration', severity: 'high', score: 0.8, spans: span };
  }
  const strong = signals.some((signal) => STRONG.has(signal));
  if (autoLoads(ref.kind)) {
    // Fetched the moment the reply renders: any data-like payload is enough.
    if (!strong && !analysis.pathConversation && !signals.some((signal) => signal === 'encoded-blob' || signal === 'long-text')) return undefined;
    const critical = strong || analysis.pathConversation;
    const severity: Severity = critical ? 'critical' : 'high';
    return { ruleId: 'exfil/image-beacon', category: 'exfiltration', severity, score: critical ? 0.95 : 0.8, spans: span };
  }
  // A link needs a click (a bare URL is auto-linked): ids, tokens and long slugs in links are
  // everyday (signed downloads, commits), so only conversation text, secrets or personal data count.
  if (!strong) return undefined;
  return { ruleId: 'exfil/link-data', category: 'exfiltration', severity: 'high', score: 0.65, spans: span };
}

/** Auto-loaded resources from foreign hosts, by host: one host fetched BEACON_SERIES times or more is a series. */
function seriesFinding(byHost: ReadonlyMap<string, Span[]>): Finding | undefined {
  const spans = [...byHost.values()].find((list) => list.length >= BEACON_SERIES);
  return spans ? { ruleId: 'exfil/image-series', category: 'exfiltration', severity: 'high', score: 0.75, spans } : undefined;
}

export const exfil: Detector<ExfilOptions> = {
  meta,
  run({ text, site, conversationText, options, custom }) {
    const original = text.original;
    // The user's allow-listed image hosts are trusted like the site's own (AllowLists.imageHosts).
    const allowed = allowedHostsFor(site, [...options.allowedHosts, ...imageHostsFrom(custom?.allowLists.imageHosts ?? [])]);
    // Built on the first URL only: most replies have none, and streamed windows rescan often.
    let conversation: ConversationIndex | undefined;
    const found: Finding[] = [];
    const autoLoadedByHost = new Map<string, Span[]>();
    for (const ref of findResources(original)) {
      conversation ??= new ConversationIndex(conversationText);
      const analysis = analyzeUrl(ref.url, conversation, URL_SENSITIVE_SCAN);
      // Relative URLs and the site's own hosts load from the chat app itself.
      if (analysis.host && isAllowedHost(analysis.host, allowed)) continue;
      if (analysis.host && autoLoads(ref.kind)) autoLoadedByHost.set(analysis.host, [...(autoLoadedByHost.get(analysis.host) ?? []), ref.span]);
      const finding = resourceFinding(ref, analysis);
      if (finding) found.push(finding);
    }
    const series = seriesFinding(autoLoadedByHost);
    if (series) found.push(series);
    const hidden = hiddenHtmlSpans(original);
    if (hidden.length) found.push({ ruleId: 'exfil/hidden-html-text', category: 'exfiltration', severity: 'medium', score: 0.5, spans: hidden });
    const canonical = text.canonical;
    for (const rule of PROMPT_LEAK_RULES) {
      const match = rule.find(canonical.text);
      if (!match) continue;
      const span = canonical.toOriginal(match.start, match.end);
      found.push({ ruleId: `exfil/${rule.id}`, category: 'exfiltration', severity: 'high', score: rule.score, spans: [span] });
    }
    return findings(found);
  },
};
