// The primary selectors each mock reproduces (extension-notes.md §2a, plus the invented ones the
// README lists). verify.mjs proves the mocks match them; end-to-end tests may use them to drive a
// page (find the composer to click), while Rampart itself must use its own adapters (lib/sites).
//
// sendIsLast: several elements match `send` (DeepSeek's mode toggles are div[role=button] too);
// the send control is the last one, as on the real site.
// streamingDone: an element present once a reply has finished (only Claude has one).
export const MOCK_SELECTORS = Object.freeze({
  chatgpt: {
    composer: 'form[data-chatgpt-composer] div[data-composer-markdown][contenteditable="true"].ProseMirror[role="textbox"][aria-label="Ask ChatGPT"]',
    send: 'button[data-testid="send-button"]',
    streaming: 'button[data-testid="stop-button"]',
    reply: '[data-message-author-role="assistant"] .markdown.prose',
    userMessage: '[data-message-author-role="user"]',
  },
  claude: {
    composer: 'div.ProseMirror[contenteditable="true"]',
    send: 'button[aria-label="Send message"]',
    streaming: 'div[data-is-streaming="true"]',
    streamingDone: 'div[data-is-streaming="false"]',
    reply: 'div[data-is-streaming] div.font-claude-response',
    userMessage: '[data-testid="user-message"]',
  },
  gemini: {
    composer: 'rich-textarea .ql-editor[contenteditable="true"]',
    send: 'button.send-button[aria-label="Send message"]',
    streaming: 'button[aria-label="Stop response"]',
    reply: 'model-response message-content .markdown',
    userMessage: 'user-query',
  },
  copilot: {
    composer: 'textarea#userInput[placeholder="Message Copilot"]',
    send: 'button[data-testid="submit-button"]',
    streaming: 'button[aria-label="Stop responding"]',
    reply: '[data-content="ai-message"]',
    userMessage: '[data-content="user-message"]',
  },
  perplexity: {
    composer: 'div#ask-input[contenteditable="true"][data-lexical-editor="true"][role="textbox"]',
    send: 'button[data-testid="submit-button"][aria-label="Submit"]',
    streaming: 'button[aria-label="Stop"]',
    reply: '[data-testid="answer"] div.prose',
    userMessage: '[data-testid="user-query"]',
  },
  deepseek: {
    composer: 'textarea#chat-input',
    send: 'div[role="button"][aria-disabled="false"]',
    sendIsLast: true,
    streaming: 'div[role="button"][aria-label="Stop"]',
    reply: '.ds-markdown',
    userMessage: '[data-role="user"]',
  },
  mistral: {
    composer: 'div.ProseMirror[contenteditable="true"][data-placeholder="Ask Le Chat anything"]',
    send: 'form button[type="submit"]',
    streaming: 'button[aria-label="Stop generation"]',
    reply: '[data-message-author-role="assistant"] .prose',
    userMessage: '[data-message-author-role="user"]',
  },
  grok: {
    composer: 'textarea[aria-label="Ask Grok anything"]',
    send: 'button[type="submit"][aria-label="Submit"]',
    streaming: 'button[aria-label="Stop model response"]',
    reply: '.response-content-markdown',
    userMessage: '.message-bubble.user',
  },
  poe: {
    composer: 'textarea[class^="GrowingTextArea_textArea"]',
    send: 'button[aria-label="Send message"]',
    streaming: 'button[aria-label="Stop message"]',
    reply: '[class^="Message_botMessageBubble"] [class^="Markdown_markdownContainer"]',
    userMessage: '[class^="Message_humanMessageBubble"]',
  },
});
