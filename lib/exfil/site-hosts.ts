/**
 * Hosts each chat site loads reply images and files from, so that its own content is never
 * treated as exfiltration. A host matches itself and its subdomains. An admin adds more with the
 * detector's `allowedHosts` option (policy), e.g. a company wiki that replies link to.
 */
const SITE_HOSTS: Record<string, readonly string[]> = {
  'chatgpt.com': ['chatgpt.com', 'openai.com', 'oaiusercontent.com', 'oaistatic.com'],
  'chat.openai.com': ['chatgpt.com', 'openai.com', 'oaiusercontent.com', 'oaistatic.com'],
  'claude.ai': ['claude.ai', 'anthropic.com', 'claudeusercontent.com'],
  'gemini.google.com': ['google.com', 'googleusercontent.com', 'gstatic.com', 'ggpht.com'],
  'copilot.microsoft.com': ['microsoft.com', 'bing.com', 'bing.net', 'msn.com', 'live.com'],
  'www.perplexity.ai': ['perplexity.ai', 'pplx.ai'],
  'perplexity.ai': ['perplexity.ai', 'pplx.ai'],
  'chat.deepseek.com': ['deepseek.com'],
  'chat.mistral.ai': ['mistral.ai'],
  'grok.com': ['grok.com', 'x.ai', 'x.com', 'twimg.com'],
  'poe.com': ['poe.com', 'poecdn.net'],
  'huggingface.co': ['huggingface.co', 'hf.co'],
};

const normalizeHost = (host: string) => host.toLowerCase().replace(/\.$/, '');

export function allowedHostsFor(site: string, extra: readonly string[] = []): string[] {
  const own = SITE_HOSTS[normalizeHost(site)] ?? [];
  return [...own, ...extra.map(normalizeHost)];
}

/** True when `host` is one of `allowed` or a subdomain of one. */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  const candidate = normalizeHost(host);
  return allowed.some((entry) => candidate === entry || candidate.endsWith(`.${entry}`));
}
