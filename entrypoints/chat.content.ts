import { defineContentScript } from '#imports';
import { startSendGuard } from '../lib/adapters/content/send-guard.ts';
import { matchPatternsFor } from '../lib/sites/match-patterns.ts';
import { adapterForHost, SITES } from '../lib/sites/sites.ts';

export default defineContentScript({
  // Derived from the site adapters, like the background's sender check.
  matches: matchPatternsFor(SITES),
  // document_start: the capture listeners must be registered before the page registers its own.
  runAt: 'document_start',
  main() {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    // Deliberately not stopped when the extension context is invalidated (update, disable): an
    // orphaned guard holds sends with "reload the page" instead of silently letting them through.
    startSendGuard(window, adapter);
  },
});
