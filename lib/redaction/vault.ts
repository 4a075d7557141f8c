import { err, ok, type Result } from '../core/result.ts';
import type { Redaction } from '../core/verdict.ts';

/**
 * Reversible redaction, in memory only. Before a prompt is sent, each redacted value is replaced
 * by a typed placeholder numbered per conversation (`[EMAIL_1]` stays `[EMAIL_1]` for the same
 * address in every turn; a new address becomes `[EMAIL_2]`), so the model can still refer to it.
 * When a reply mentions a placeholder, the extension shows the real value again — on this
 * machine only.
 *
 * Invariants (DESIGN.md §5):
 * - values live in this object's private fields and nowhere else: there is no method that
 *   returns them except `restore` (which puts them back into the reply they belong to), no
 *   serialisation (`toJSON` and inspection show counts only), nothing is persisted;
 * - conversations are isolated: a placeholder is only ever looked up in the conversation that
 *   produced it, so a placeholder typed in one chat cannot pull a value out of another;
 * - bounded: at most `maxConversations` conversations (least recently used dropped first) and
 *   `maxValuesPerConversation` values each (oldest dropped first; its number is never reused, so
 *   an old placeholder can never resolve to a newer value); `forget` drops one conversation.
 */

export interface VaultOptions {
  maxConversations?: number;
  maxValuesPerConversation?: number;
  /** Longer values are still replaced but not kept (so they cannot be restored). */
  maxValueLength?: number;
}

/** One replacement in a redacted text: where it was in the original, and what replaced it. */
export interface VaultRedaction {
  start: number;
  end: number;
  placeholder: string;
  /** False when the value was not kept (too long), so a reply cannot get it back. */
  restorable: boolean;
}

export interface RedactOutcome {
  text: string;
  redactions: VaultRedaction[];
}

export type SkipReason = 'unknown' | 'in-link';

export interface RestoreOutcome {
  text: string;
  /** Where values were put back, as spans of the restored text. */
  restored: Array<{ start: number; end: number; placeholder: string }>;
  /**
   * Placeholder-shaped tokens left as they are, as spans of the restored text: `unknown` (not
   * issued in this conversation, or dropped) or `in-link` (inside a URL or a link/image target,
   * where putting the value back would hand it to whatever host the URL names).
   */
  skipped: Array<{ start: number; end: number; placeholder: string; reason: SkipReason }>;
}

const DEFAULTS = { maxConversations: 64, maxValuesPerConversation: 512, maxValueLength: 4_096 };
const MAX_CONVERSATION_ID = 256;
const MAX_KIND = 32;

/** Placeholders this vault issues and recognises: `[KIND_N]`. */
const PLACEHOLDER = /\[([A-Z][A-Z0-9_]{0,31})_([1-9][0-9]{0,5})\]/g;

interface Conversation {
  /** `KIND\0value` → placeholder. */
  byValue: Map<string, string>;
  /** placeholder → value (insertion order = age, for eviction). */
  byPlaceholder: Map<string, string>;
  /** Highest number issued per kind (numbers are never reused). */
  lastNumber: Map<string, number>;
  /** Placeholder-shaped tokens the user typed themselves: never issued, never restored. */
  typed: Set<string>;
}

const newConversation = (): Conversation => ({ byValue: new Map(), byPlaceholder: new Map(), lastNumber: new Map(), typed: new Set() });

/** The kind of a pipeline placeholder (`[EMAIL_1]` → `EMAIL`), or the category in upper case. */
function kindOf(redaction: Redaction): string {
  const match = /^\[([A-Z][A-Z0-9_]*)_[0-9]+\]$/.exec(redaction.placeholder ?? '');
  const kind = match ? match[1]! : String(redaction.category ?? 'REDACTED').toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return /^[A-Z]/.test(kind) ? kind.slice(0, MAX_KIND) : 'REDACTED';
}

/**
 * Whether `index` is inside a URL or a link/image target: within a markdown `](…)` target, or in a
 * run of non-space characters that holds `://`, starts with `www.`, or is an `href=`/`src=`
 * attribute. Plain string scanning over the current line (bounded), no regular expression.
 */
function insideLink(text: string, index: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', index - 1) + 1, index - 2_048);
  const line = text.slice(lineStart, index);
  const target = line.lastIndexOf('](');
  if (target !== -1 && !line.includes(')', target + 2)) return true;
  let tokenStart = line.length;
  while (tokenStart > 0 && !/\s/.test(line[tokenStart - 1]!)) tokenStart -= 1;
  const token = line.slice(tokenStart).toLowerCase();
  if (token.includes('://') || token.startsWith('www.') || token.startsWith('<www.')) return true;
  return ['href=', 'src=', 'action=', 'srcset=', 'data='].some((attribute) => token.includes(attribute));
}

export class RedactionVault {
  readonly #conversations = new Map<string, Conversation>();
  readonly #limits: Required<VaultOptions>;

  constructor(options: VaultOptions = {}) {
    const positive = (value: number | undefined, fallback: number) =>
      Number.isInteger(value) && (value as number) > 0 ? (value as number) : fallback;
    this.#limits = {
      maxConversations: positive(options.maxConversations, DEFAULTS.maxConversations),
      maxValuesPerConversation: positive(options.maxValuesPerConversation, DEFAULTS.maxValuesPerConversation),
      maxValueLength: positive(options.maxValueLength, DEFAULTS.maxValueLength),
    };
  }

  /** Conversations currently held. */
  get size(): number {
    return this.#conversations.size;
  }

  /** How many values one conversation holds (never the values). */
  valueCount(conversationId: string): number {
    return this.#conversations.get(conversationId)?.byPlaceholder.size ?? 0;
  }

  /**
   * Replaces the spans of `redactions` (a verdict's, in offsets of `text`) with placeholders
   * numbered for this conversation, and remembers the values. Overlapping or out-of-range
   * redactions are ignored. The error case is only for an unusable conversation id.
   */
  redact(conversationId: string, text: string, redactions: readonly Redaction[]): Result<RedactOutcome> {
    if (typeof conversationId !== 'string' || conversationId.length === 0 || conversationId.length > MAX_CONVERSATION_ID) {
      return err('conversation id must be a non-empty string of at most 256 characters');
    }
    if (typeof text !== 'string') return err('text must be a string');
    const conversation = this.#touch(conversationId);
    const valid = [...(Array.isArray(redactions) ? redactions : [])]
      .filter((r) => Number.isInteger(r?.start) && Number.isInteger(r?.end) && r.start >= 0 && r.end > r.start && r.end <= text.length)
      .sort((a, b) => a.start - b.start || b.end - a.end);

    // Placeholder-shaped tokens the user typed are reserved first, so the vault never issues a
    // placeholder that already means something else in this conversation's text.
    let cursor = 0;
    const kept: Redaction[] = [];
    for (const redaction of valid) {
      if (redaction.start < cursor) continue;
      this.#reserveTyped(conversation, text.slice(cursor, redaction.start));
      kept.push(redaction);
      cursor = redaction.end;
    }
    this.#reserveTyped(conversation, text.slice(cursor));

    let out = '';
    cursor = 0;
    const applied: VaultRedaction[] = [];
    for (const redaction of kept) {
      const value = text.slice(redaction.start, redaction.end);
      const { placeholder, restorable } = this.#placeholderFor(conversation, kindOf(redaction), value);
      out += text.slice(cursor, redaction.start) + placeholder;
      applied.push({ start: redaction.start, end: redaction.end, placeholder, restorable });
      cursor = redaction.end;
    }
    return ok({ text: out + text.slice(cursor), redactions: applied });
  }

  /**
   * Puts this conversation's values back where a reply mentions their placeholders, in one pass
   * (a restored value is never read again as a placeholder). Placeholders inside URLs and link or
   * image targets stay as they are: a reply that builds `https://host/?q=[EMAIL_1]` must not
   * get the address.
   */
  restore(conversationId: string, reply: string): RestoreOutcome {
    const text = typeof reply === 'string' ? reply : '';
    const conversation = typeof conversationId === 'string' ? this.#conversations.get(conversationId) : undefined;
    if (conversation) this.#touch(conversationId);
    const restored: RestoreOutcome['restored'] = [];
    const skipped: RestoreOutcome['skipped'] = [];
    let out = '';
    let cursor = 0;
    PLACEHOLDER.lastIndex = 0;
    for (let match = PLACEHOLDER.exec(text); match !== null; match = PLACEHOLDER.exec(text)) {
      const placeholder = match[0];
      out += text.slice(cursor, match.index);
      cursor = match.index + placeholder.length;
      const value = conversation && !conversation.typed.has(placeholder) ? conversation.byPlaceholder.get(placeholder) : undefined;
      if (value === undefined || insideLink(text, match.index)) {
        skipped.push({ start: out.length, end: out.length + placeholder.length, placeholder, reason: value === undefined ? 'unknown' : 'in-link' });
        out += placeholder;
        continue;
      }
      restored.push({ start: out.length, end: out.length + value.length, placeholder });
      out += value;
    }
    PLACEHOLDER.lastIndex = 0;
    return { text: out + text.slice(cursor), restored, skipped };
  }

  /** Drops a conversation and every value it held. True when there was one. */
  forget(conversationId: string): boolean {
    return this.#conversations.delete(conversationId);
  }

  /** Drops everything (e.g. when the browser session ends or the user locks the extension). */
  clear(): void {
    this.#conversations.clear();
  }

  /** Serialisation never carries values: only how much is held. */
  toJSON(): { conversations: number } {
    return { conversations: this.#conversations.size };
  }

  toString(): string {
    return `RedactionVault(${this.#conversations.size} conversations)`;
  }

  /** Node's console.log / util.inspect: counts only, never values. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  #touch(conversationId: string): Conversation {
    let conversation = this.#conversations.get(conversationId);
    if (conversation) {
      this.#conversations.delete(conversationId);
    } else {
      conversation = newConversation();
    }
    this.#conversations.set(conversationId, conversation);
    while (this.#conversations.size > this.#limits.maxConversations) {
      const oldest = this.#conversations.keys().next().value;
      if (oldest === undefined) break;
      this.#conversations.delete(oldest);
    }
    return conversation;
  }

  #reserveTyped(conversation: Conversation, segment: string): void {
    PLACEHOLDER.lastIndex = 0;
    for (let match = PLACEHOLDER.exec(segment); match !== null; match = PLACEHOLDER.exec(segment)) {
      if (!conversation.byPlaceholder.has(match[0]) && conversation.typed.size < this.#limits.maxValuesPerConversation) {
        conversation.typed.add(match[0]);
      }
    }
    PLACEHOLDER.lastIndex = 0;
  }

  #placeholderFor(conversation: Conversation, kind: string, value: string): { placeholder: string; restorable: boolean } {
    const key = `${kind}\u0000${value}`;
    const known = conversation.byValue.get(key);
    if (known !== undefined) {
      // Refresh its age: a value still in use is not the one to evict.
      conversation.byPlaceholder.delete(known);
      conversation.byPlaceholder.set(known, value);
      return { placeholder: known, restorable: true };
    }
    let number = conversation.lastNumber.get(kind) ?? 0;
    let placeholder: string;
    do {
      number += 1;
      placeholder = `[${kind}_${number}]`;
    } while (conversation.typed.has(placeholder));
    conversation.lastNumber.set(kind, number);
    if (value.length > this.#limits.maxValueLength) return { placeholder, restorable: false };
    conversation.byValue.set(key, placeholder);
    conversation.byPlaceholder.set(placeholder, value);
    while (conversation.byPlaceholder.size > this.#limits.maxValuesPerConversation) {
      const [oldPlaceholder, oldValue] = conversation.byPlaceholder.entries().next().value as [string, string];
      conversation.byPlaceholder.delete(oldPlaceholder);
      conversation.byValue.delete(`${/^\[(.*)_[0-9]+\]$/.exec(oldPlaceholder)?.[1] ?? ''}\u0000${oldValue}`);
    }
    return { placeholder, restorable: true };
  }
}
