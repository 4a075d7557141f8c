import { defineContentScript } from '#imports';
import { startReplyGuard } from '../lib/adapters/content/reply-guard.ts';
import { startResourceGuard } from '../lib/adapters/content/resource-guard.ts';
import { startSendGuard } from '../lib/adapters/content/send-guard.ts';
import { startStatusBadge } from '../lib/adapters/content/status-badge.ts';
import { queryFirst } from '../lib/adapters/content/composer.ts';
import { browser } from 'wxt/browser';
import { installI18nBackend, t } from '../lib/ui/i18n.ts';
import { createPageVault } from '../lib/content/vault-session.ts';
import { RedactionVault } from '../lib/redaction/vault.ts';
import { matchPatternsFor } from '../lib/sites/match-patterns.ts';
import { adapterForHost, SITES } from '../lib/sites/sites.ts';
import { GENERIC_SITE } from '../lib/sites/generic-site.ts';
import { browserManagedPolicy, browserSelectorCheck, createAdapterSource, liveAdapter } from '../lib/adapters/content/adapter-overrides.ts';
import { sendHealthReport, startAdapterHealth } from '../lib/adapters/content/adapter-health.ts';
import { startPasteGuard } from '../lib/adapters/content/paste-guard.ts';
import { createVerdictPanel } from '../lib/adapters/content/verdict-panel.ts';
import { requestContentSettings } from '../lib/adapters/content/scan-client.ts';
import { createPauseState, followPauseSettings, isSettingsChangedMessage } from '../lib/content/pause-state.ts';
import { createOverrideState } from '../lib/content/override-state.ts';

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
    // The in-page UI speaks the browser's language through browser.i18n (English when there is no catalog for it).
    installI18nBackend(browser.i18n);
    // One vault per page, in this content script's memory only: redacted sends get their
    // placeholders from it, and replies show the values again (never sent anywhere).
    const vault = createPageVault(new RedactionVault(), () => location.pathname, () => crypto.randomUUID());
    // Deliberately not stopped when the extension context is invalidated (update, disable): an
    // orphaned guard holds sends with "reload the page" instead of silently letting them through.
    // Paused on this site (popup, options or the admin's policy): the background says so in its
    // content:settings answer, asked now and again whenever it announces a settings change.
    // Checked as usual until it has answered.
    const pause = createPauseState();
    // The reply guard re-reads its settings (profile, Kids covers) when the background says they changed.
    const settingsListeners = new Set<() => void>();
    // The admin's managed disabledFeatures `sendAnyway` / `loadAnyway` come in the same answer.
    const overrides = createOverrideState();
    const refreshPause = followPauseSettings(pause, () => requestContentSettings(), (settings) => overrides.set(settings.overrides));
    void refreshPause();
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isSettingsChangedMessage(message)) return;
      void refreshPause();
      for (const listener of settingsListeners) listener();
    });
    startSendGuard(window, source, { redactor: vault, panel, isPaused: pause.isPaused, canSendAnyway: overrides.canSendAnyway });
    // Pasted or dropped text is checked before it is in the composer at all.
    startPasteGuard(window, source, { redactor: vault, panel, isPaused: pause.isPaused, canSendAnyway: overrides.canSendAnyway });
    // The "Rampart on / degraded / paused" pill next to the composer (setState: adapter health, policy).
    const badge = startStatusBadge(document, () => queryFirst(document, adapter.composer), {
      findSendControl: () => queryFirst(document, adapter.send),
    });
    // No composer found (the site changed its markup): the popup and the badge say sends are not checked.
    // Paused shows over either.
    let healthBadge: Parameters<typeof badge.setState>[0] = { state: 'on' };
    const showBadge = () => badge.setState(pause.isPaused() ? { state: 'paused' } : healthBadge);
    pause.subscribe(showBadge);
    startAdapterHealth(window, source, {
      report: (health) => {
        sendHealthReport(health);
        healthBadge = health.state === 'ok' ? { state: 'on' } : { state: 'degraded', detail: t('badge.info.notFound', { parts: health.missing.join(', ') }) };
        showBadge();
      },
    });
    startReplyGuard(window, adapter, {
      vault,
      pause,
      onSettingsChanged: (listener) => {
        settingsListeners.add(listener);
        return () => settingsListeners.delete(listener);
      },
    });
    // Images/media the network rule held back (foreign hosts): checked for exfiltration, then
    // reloaded, or replaced by a placeholder with "Load anyway".
    startResourceGuard(window, adapter, { canLoadAnyway: overrides.canLoadAnyway });
  },
});
