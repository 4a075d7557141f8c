/**
 * Which vault conversation a page belongs to. Placeholders are numbered per conversation and a
 * reply may only restore values from its own conversation, so the id must follow the chat, not
 * the tab: the page path (`/c/6f1e…`) when it names a conversation, and a per-tab draft id on a
 * page that has none yet (`/`, `/new`, `/app`).
 *
 * The draft case matters: most chat apps start a conversation at a bare path and move to
 * `/c/<id>` only after the first send, so the reply that answers a redacted first message
 * arrives under a path the send never saw. A draft that was used for a send is therefore bound
 * to the first conversation path seen within `bindWindowMs` of that send.
 */

export interface ConversationIdOptions {
  /** A fresh random id (the content script passes crypto.randomUUID). */
  newDraftId: () => string;
  now: () => number;
  bindWindowMs?: number;
  /** Paths remembered as aliases of a draft (oldest forgotten first). */
  maxAliases?: number;
}

export interface ConversationIds {
  /** The id for the page at `pathname` (call on every send and every reply). */
  idFor(pathname: string): string;
  /** Call when a send issued placeholders under the current id (arms the draft binding). */
  markUsed(pathname: string): void;
}

export const DEFAULT_BIND_WINDOW_MS = 120_000;
const DEFAULT_MAX_ALIASES = 64;
/** The vault refuses longer ids; a path this long is still unique enough at its start. */
const MAX_PATH_CHARS = 240;

/**
 * A path names a conversation when one of its segments looks like an id: at least 8 characters
 * of letters, digits, `-` or `_`, with at least one digit (`/c/6f1e…`, `/chat/a1b2c3d4`,
 * `/app/0f3a9c…`), as opposed to `/`, `/new`, `/chat` or `/app`.
 */
export function isConversationPath(pathname: string): boolean {
  return pathname.split('/').some((segment) => /^[A-Za-z0-9_-]{8,}$/.test(segment) && /[0-9]/.test(segment));
}

export function createConversationIds(options: ConversationIdOptions): ConversationIds {
  const bindWindowMs = options.bindWindowMs ?? DEFAULT_BIND_WINDOW_MS;
  const maxAliases = options.maxAliases ?? DEFAULT_MAX_ALIASES;
  const aliases = new Map<string, string>();
  let draft = { id: `draft:${options.newDraftId()}`, usedAt: Number.NEGATIVE_INFINITY };

  const pathId = (pathname: string) => `path:${pathname.slice(0, MAX_PATH_CHARS)}`;

  function idFor(pathname: string): string {
    if (!isConversationPath(pathname)) return draft.id;
    const known = aliases.get(pathname);
    if (known !== undefined) return known;
    if (options.now() - draft.usedAt > bindWindowMs) return pathId(pathname);
    // The conversation the app just created for the draft's first send: it inherits the draft.
    aliases.set(pathname, draft.id);
    while (aliases.size > maxAliases) aliases.delete(aliases.keys().next().value as string);
    const bound = draft.id;
    draft = { id: `draft:${options.newDraftId()}`, usedAt: Number.NEGATIVE_INFINITY };
    return bound;
  }

  return {
    idFor,
    markUsed(pathname) {
      if (!isConversationPath(pathname)) draft.usedAt = options.now();
    },
  };
}
