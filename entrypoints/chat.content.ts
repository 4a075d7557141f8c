import { defineContentScript } from '#imports';
import { startReplyGuard } from '../lib/adapters/content/reply-guard.ts';
import { startResourceGuard } from '../lib/adapters/content/resource-guard.ts';
import { startSendGuard } from '../lib/adapters/content/send-guard.ts';
import { startStatusBadge } from '../lib/adapters/content/status-badge.ts';
import { queryFirst } from '../lib/adapters/content/composer.ts';
import { setLocale, t } from '../lib/ui/i18n.ts';
import { createPageVault } from '../lib/content/vault-session.ts';
import { RedactionVault } from '../lib/redaction/vault.ts';
import { matchPatternsFor } from '../lib/sites/match-patterns.ts';
import { adapterForHost, SITES } from '../lib/sites/sites.ts';
import { GENERIC_SITE } from '../lib/sites/generic-site.ts';
import { browserManagedPolicy, browserSelectorCheck, createAdapterSource, liveAdapter } from '../lib/adapters/content/adapter-overrides.ts';
import { sendHealthReport, startAdapterHealth } from '../lib/adapters/content/adapter-health.ts';
import { startPasteGuard } from '../lib/adapters/content/paste-guard.ts';
import { createVerdictPanel } from '../lib/adapters/content/verdict-panel.ts';

export default defineContentScript({
  // Derived from the site adapters, like the background's sender check.
  matches: matchPatternsFor(SITES),
  // document_start: the capture listeners must be registered before the page registers its own.
  runAt: 'document_start',
  main() {
    // The manifest runs this script on the built-in sites only; anywhere else it runs because the
    // user added the site (popup → "Protect this site", registered by the background): generic adapter.
    const builtIn = adapterForHost(location.hostname) ?? GENERIC_SITE;
    // Admin selector overrides (managed policy) go first once read; until then the built-in lists.
    const source = createAdapterSource(builtIn, {
      ...browserManagedPolicy(),
      isValidSelector: browserSelectorCheck(document),
      warn: (message) => console.warn(message),
    });
    const adapter = liveAdapter(source);
    // One panel for sends and pastes, so two never stack.
    const panel = createVerdictPanel(document);
    // The in-page UI speaks the user's preferred language (English when there is no catalog for it).
    setLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
    // One vault per page, in this content script's memory only: redacted sends get their
    // placeholders from it, and replies show the values again (never sent anywhere).
    const vault = createPageVault(new RedactionVault(), () => location.pathname, () => crypto.randomUUID());
    // Deliberately not stopped when the extension context is invalidated (update, disable): an
    // orphaned guard holds sends with "reload the page" instead of silently letting them through.
    startSendGuard(window, source, { redactor: vault, panel });
    // Pasted or dropped text is checked before it is in the composer at all.
    startPasteGuard(window, source, { redactor: vault, panel });
    // The "Rampart on / degraded / paused" pill next to the composer (setState: adapter health, policy).
    const badge = startStatusBadge(document, () => queryFirst(document, adapter.composer), {
      findSendControl: () => queryFirst(document, adapter.send),
    });
    // No composer found (the site changed its markup): the popup and the badge say sends are not checked.
    startAdapterHealth(window, source, {
      report: (health) => {
        sendHealthReport(health);
        badge.setState(health.state === 'ok' ? { state: 'on' } : { state: 'degraded', detail: t('badge.info.notFound', { parts: health.missing.join(', ') }) });
      },
    });
    startReplyGuard(window, adapter, { vault });
    // Images/media the network rule held back (foreign hosts): checked for exfiltration, then
    // reloaded, or replaced by a placeholder with "Load anyway".
    startResourceGuard(window, adapter);
  },
});
