// What the chat-site end-to-end suites (Chromium and Firefox) send and serve.

/** A host no chat site loads from: what an exfiltration image would call. */
export const ATTACKER_HOST = 'collect.attacker-metrics.example';
/** A harmless image host that is not one of the site's own. */
export const IMAGE_HOST = 'images.picture-host.example';
/** Real-looking GitHub token (checksum-valid format); redacted by the standard profile. */
export const TOKEN = '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';
/** A 1×1 PNG for the image routes. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
