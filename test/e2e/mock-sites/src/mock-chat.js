/* global window */
// The page API every mock exposes in the page's main world as `window.__mockChat`, and the send
// logic the mocks share. Each site module supplies hooks that talk to ITS editor's state and ITS
// DOM, so what lands in `sent` is what the app itself would have sent.
import { createMarkdownStream, splitIntoChunks } from './markdown-stream.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {string} site the mock's id (MOCK_SITES in scripts/mock-sites.mjs)
 * @param {{
 *   readEditor(): string,               the composer text, from the editor's own state (never the DOM)
 *   clearEditor(): void,
 *   renderUserMessage(text: string): void,
 *   startReply(): { body: Element, finish(): void },  adds an assistant turn, streaming signal on;
 *                                                     finish() turns the signal off
 *   clearMessages(): void,
 * }} hooks
 */
export function createMockChat(site, hooks) {
  let streaming = false;
  const api = {
    site,
    ready: false,
    /** Every message the app sent, exactly as read from its editor state. */
    sent: [],
    /** performance.now() when each send handler started. */
    sentAt: [],
    get streaming() {
      return streaming;
    },
    /** The composer's text as the app's editor state holds it (not the DOM). */
    editorText: () => hooks.readEditor(),
    /** Streams an assistant reply; resolves when the streaming signal is off again. */
    async reply(markdown, { chunks = 8, intervalMs = 40 } = {}) {
      if (streaming) throw new Error('__mockChat.reply: a reply is already streaming');
      streaming = true;
      const turn = hooks.startReply();
      try {
        const stream = createMarkdownStream(turn.body);
        for (const chunk of splitIntoChunks(String(markdown), chunks)) {
          await sleep(intervalMs);
          stream.append(chunk);
        }
      } finally {
        streaming = false;
        turn.finish();
      }
    },
    /** Empties the conversation, the editor and the sent log. */
    clear() {
      api.sent.length = 0;
      api.sentAt.length = 0;
      hooks.clearMessages();
      hooks.clearEditor();
    },
  };
  window.__mockChat = api;

  return {
    /** The app's own send action; false when there is nothing to send or a reply is streaming. */
    send() {
      const at = performance.now();
      if (streaming) return false;
      const text = hooks.readEditor();
      if (text.trim() === '') return false;
      api.sent.push(text);
      api.sentAt.push(at);
      hooks.renderUserMessage(text);
      hooks.clearEditor();
      return true;
    },
    isStreaming: () => streaming,
    markReady() {
      api.ready = true;
    },
  };
}
