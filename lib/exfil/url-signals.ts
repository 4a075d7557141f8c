import { shannonEntropy } from '../secrets/entropy.ts';
import type { ConversationIndex } from './conversation-overlap.ts';

/** Why a URL looks like it carries data out. */
export type UrlSignal =
  | 'conversation'
  | 'secret'
  | 'pii'
  | 'encoded-blob'
  | 'long-text'
  | 'dangerous-scheme';

export interface UrlAnalysis {
  /** Lower-case host, or '' for URLs without one (javascript:, data:, relative). */
  host: string;
  /**
   * Conversation words in the path. Evidence only for auto-loaded resources: a documentation
   * link's path names the topic of the conversation as a matter of course.
   */
  pathConversation: boolean;
  signals: UrlSignal[];
}

const FETCHED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'ws', 'wss']);

/** A query value or path segment at least this long that is not a readable slug is data. */
export const LONG_SEGMENT_CHARS = 48;
/** Base64/hex-looking runs this long with this much entropy (bits per character) are encoded data. */
export const BLOB_MIN_CHARS = 24;
export const BLOB_MIN_ENTROPY = 3.6;
/** Free text of this many words in a query value is text, not a parameter. */
export const TEXT_MIN_WORDS = 6;

const DANGEROUS_SCHEMES = /^\s*(?:javascript|vbscript|livescript):|^\s*data:(?:text\/html|application\/(?:x-)?javascript|image\/svg\+xml)/i;

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** A readable slug: words joined by - _ . or /, mostly letters (`how-to-install-node-20`). */
const isSlug = (segment: string) => /^[A-Za-z]{2,}(?:[-_.][A-Za-z0-9]{1,})*$/.test(segment) && (segment.match(/[-_.]/g)?.length ?? 0) >= 2;

function isEncodedBlob(value: string): boolean {
  const runs = value.match(/[A-Za-z0-9+/=_-]{24,}/g) ?? [];
  return runs.some((run) => {
    if (run.length < BLOB_MIN_CHARS || isSlug(run)) return false;
    const classes = Number(/[a-z]/.test(run)) + Number(/[A-Z]/.test(run)) + Number(/\d/.test(run));
    // Hex (one letter case + digits) has lower entropy per character than base64.
    const hex = /^[0-9a-fA-F]+$/.test(run) && run.length >= 32;
    return hex || (classes >= 2 && shannonEntropy(run) >= BLOB_MIN_ENTROPY);
  });
}

export interface UrlParts {
  scheme: string;
  host: string;
  /** Decoded path segments. */
  pathSegments: string[];
  /** Decoded query values and the fragment. */
  values: string[];
}

/** Splits a URL without throwing (WHATWG URL first; a lenient split for what it rejects). */
export function urlParts(raw: string): UrlParts {
  const trimmed = raw.trim();
  try {
    const url = new URL(trimmed);
    const values = [...url.searchParams.values()];
    if (url.hash.length > 1) values.push(safeDecode(url.hash.slice(1)));
    return {
      scheme: url.protocol.replace(/:$/, '').toLowerCase(),
      host: url.hostname.toLowerCase(),
      pathSegments: url.pathname.split('/').filter(Boolean).map(safeDecode),
      values,
    };
  } catch {
    const [beforeQuery = '', query = ''] = trimmed.split(/[?#]/, 2);
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase() ?? '';
    const withoutScheme = beforeQuery.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const [host = '', ...path] = withoutScheme.split('/');
    return {
      scheme,
      host: scheme ? host.toLowerCase() : '',
      pathSegments: path.filter(Boolean).map(safeDecode),
      values: query.split('&').map((pair) => safeDecode(pair.split('=').slice(1).join('='))).filter(Boolean),
    };
  }
}

export interface SensitiveScan {
  secret(text: string): boolean;
  pii(text: string): boolean;
}

/**
 * What a URL carries: conversation text, a secret or personal data, an encoded blob, a long run of
 * free text, or a scheme that runs code. Linear in the URL's length (bounded by the reference
 * scanner at 8 KiB).
 */
export function analyzeUrl(raw: string, conversation: ConversationIndex, sensitive: SensitiveScan): UrlAnalysis {
  const signals = new Set<UrlSignal>();
  if (DANGEROUS_SCHEMES.test(raw)) signals.add('dangerous-scheme');
  const parts = urlParts(raw);
  // mailto:, tel: and the like go nowhere by themselves; only fetchable URLs carry data.
  if (!FETCHED_SCHEMES.has(parts.scheme) && parts.scheme !== '') return { host: parts.host, pathConversation: false, signals: [...signals] };
  const carried = [...parts.values, ...parts.pathSegments];
  const pathConversation = conversation.hasPhrase(parts.pathSegments.join(' '));
  if (conversation.hasPhrase(parts.values.join(' ')) || parts.values.some((value) => conversation.hasDistinctiveWord(value))) {
    signals.add('conversation');
  }
  if (carried.some((part) => sensitive.secret(part))) signals.add('secret');
  if (parts.values.some((value) => sensitive.pii(value)) || parts.pathSegments.some((segment) => segment.includes('@') && sensitive.pii(segment))) {
    signals.add('pii');
  }
  if (carried.some(isEncodedBlob)) signals.add('encoded-blob');
  if (
    parts.values.some((value) => value.split(/\s+/).filter(Boolean).length >= TEXT_MIN_WORDS) ||
    carried.some((part) => part.length >= LONG_SEGMENT_CHARS && !isSlug(part) && !/^[\w.-]+\.[a-z0-9]{2,5}$/i.test(part))
  ) {
    signals.add('long-text');
  }
  return { host: parts.host, pathConversation, signals: [...signals] };
}
