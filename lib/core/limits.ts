/**
 * The largest text the pipeline accepts at all. Past this a scan is refused with an explained
 * error (the extension keeps the user's text and says why) instead of spending seconds and
 * hundreds of megabytes on it. Profiles set a lower `maxScanChars` above which a text is scanned
 * but flagged as oversized.
 */
export const MAX_SCAN_CHARS = 2_000_000;

/** How much of ScanInput.conversationText detectors see: its last 20,000 characters. */
export const MAX_CONVERSATION_CHARS = 20_000;
