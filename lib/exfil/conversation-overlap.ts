/** Lower-case words of letters/digits (any script), as the overlap check compares them. */
export function wordsOf(text: string, limit = 5_000): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push(match[0]);
    if (words.length >= limit) break;
  }
  return words;
}

/** How many consecutive conversation words count as "the conversation is in this URL". */
export const OVERLAP_WORDS = 3;
/** A single conversation word this long, found in a URL, counts on its own (a name, a code, a key). */
export const DISTINCTIVE_WORD_CHARS = 10;

/**
 * An index of the conversation's word trigrams and long words. Built once per scan, then each
 * URL is checked in time linear in its own length.
 */
export class ConversationIndex {
  private readonly trigrams = new Set<string>();
  private readonly distinctive = new Set<string>();

  constructor(conversationText: string) {
    const words = wordsOf(conversationText);
    for (let i = 0; i + OVERLAP_WORDS <= words.length; i++) {
      this.trigrams.add(words.slice(i, i + OVERLAP_WORDS).join(' '));
    }
    for (const word of words) if (word.length >= DISTINCTIVE_WORD_CHARS && !/^\d+$/.test(word)) this.distinctive.add(word);
  }

  get empty(): boolean {
    return this.trigrams.size === 0 && this.distinctive.size === 0;
  }

  /** True when `text` (a decoded URL part) carries three consecutive conversation words. */
  hasPhrase(text: string): boolean {
    if (this.trigrams.size === 0) return false;
    const words = wordsOf(text, 1_000);
    for (let i = 0; i + OVERLAP_WORDS <= words.length; i++) {
      if (this.trigrams.has(words.slice(i, i + OVERLAP_WORDS).join(' '))) return true;
    }
    return false;
  }

  /**
   * True when `text` carries one of the conversation's long words. Only meaningful for query
   * values: a documentation path that names the topic (`/docs/kubernetes/…`) is ordinary.
   */
  hasDistinctiveWord(text: string): boolean {
    if (this.distinctive.size === 0) return false;
    return wordsOf(text, 1_000).some((word) => this.distinctive.has(word));
  }
}
