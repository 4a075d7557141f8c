import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding, Span } from '../core/finding.ts';
import type { TextView } from '../core/normalized-text.ts';
import { RULE_IDS, RULES, type RuleId } from '../toolguard/rule-catalogue.ts';
import { scanReply } from '../toolguard/scan-reply.ts';

/** Views read per reply: the canonical text, its look-alike skeleton and the decoded layers. */
const MAX_VIEWS = 8;
/** Spans kept per finding: enough to highlight, bounded for hostile input. */
const MAX_SPANS = 8;

export const meta: DetectorMeta = {
  id: 'tool-guard',
  description:
    'Dangerous commands and tool calls in replies — in code blocks, inline code, bare command replies and JSON tool-call arguments: root/home and disk wipes, fork bombs, curl|sh and its PowerShell forms, reverse and bind shells, credential reads and their exfiltration, persistence, privilege escalation, disabling security tools and logs, encoded commands, destructive SQL without WHERE. Shell is parsed with a real parser (mvdan-sh) with a tokenizer fallback; PowerShell, Windows, Python, JavaScript and SQL by bounded rules.',
  version: '1.0.0',
  directions: ['outbound'],
  categories: ['dangerous-command'],
  cost: 'cheap',
  expectedMs: 5,
  maxChars: 200_000,
  defaultOptions: {},
  messages: Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].message])),
};

/**
 * Canonical first; then the skeleton (look-alike letters folded) when it differs — for plain text
 * it is the same string, and reading it again doubled the cost of long replies — and every decoded
 * layer (base64, hex, tags…).
 */
function viewsToRead(views: readonly TextView[]): TextView[] {
  const canonical = views[0]?.text;
  return views
    .filter((view, index) => index === 0 || (view.name === 'skeleton' && view.text !== canonical) || view.depth >= 1)
    .slice(0, MAX_VIEWS);
}

export const toolGuard: Detector = {
  meta,
  run({ text, maxScanChars }) {
    const byRule = new Map<RuleId, { score: number; spans: Span[] }>();
    const limit = Math.max(0, maxScanChars);
    for (const view of viewsToRead(text.views)) {
      const readable = view.text.length > limit ? view.text.slice(0, limit) : view.text;
      for (const hit of scanReply(readable)) {
        const span = view.toOriginal(hit.start, hit.end);
        const score = Math.min(1, Math.max(0, hit.score ?? RULES[hit.rule].score));
        const entry = byRule.get(hit.rule) ?? { score: 0, spans: [] };
        entry.score = Math.max(entry.score, score);
        if (entry.spans.length < MAX_SPANS && !entry.spans.some((known) => known.start === span.start && known.end === span.end)) entry.spans.push(span);
        byRule.set(hit.rule, entry);
      }
    }
    return findings(
      [...byRule].map(
        ([rule, { score, spans }]): Finding => ({
          ruleId: `${meta.id}/${rule}`,
          category: 'dangerous-command',
          severity: RULES[rule].severity,
          score,
          spans: spans.sort((a, b) => a.start - b.start),
        }),
      ),
    );
  },
};
