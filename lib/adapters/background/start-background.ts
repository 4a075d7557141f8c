import { browser, type Browser } from 'wxt/browser';
import { createDecisionCache } from '../../cache/decision-cache.ts';
import { featureSketchEmbedding, sketchFeaturizer } from '../../cache/feature-sketch.ts';
import { feedbackState } from '../../cache/feedback-state.ts';
import { createPipeline } from '../../core/pipeline.ts';
import { ruleDetectors } from '../../detectors/rule-detectors.ts';
import { createModelDetectors } from '../../detectors/model-detectors.ts';
import { createMessageHandler } from '../../messaging/message-handler.ts';
import type { SenderInfo, SenderPolicy } from '../../messaging/sender-check.ts';
import { loadCacheMode } from '../../settings/cache-mode-setting.ts';
import { isSupportedSite } from '../../sites/sites.ts';
import { FeedbackStore } from '../../vector/feedback-store.ts';
import { startExfilNetworkGuard } from './exfil-network-start.ts';
import { bundledManifest, extensionModelProvider, extensionRegistryProvider } from './extension-models.ts';
import { createIdbCacheStore } from './decision-cache-idb.ts';
import { createIdbFeedbackStorage } from './feedback-store-idb.ts';
import { loadProfileId } from './profile-store.ts';
import { createRecentVerdictsStore } from './recent-verdicts-store.ts';
import { startCustomSites } from './custom-sites-registry.ts';
import { createSiteHealthStore } from './site-health-store.ts';

/** What the browser says about a sender, reduced to what the sender check looks at. */
export const senderInfo = (sender: Browser.runtime.MessageSender): SenderInfo => ({
  id: sender.id,
  url: sender.url,
  tabId: sender.tab?.id,
});

/** `isCustomSite`: the sites the user added (popup → "Protect this site"), accepted like built-in ones. */
export function senderPolicy(isCustomSite: (url: URL) => boolean = () => false): SenderPolicy {
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  return { extensionId: browser.runtime.id, extensionOrigin, isSupportedSite: (url) => isSupportedSite(url) || isCustomSite(url) };
}

/** The extension's version (an update may change what decides, so it is part of the cache stamp). */
function extensionVersion(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    // Test doubles of the browser API may not implement getManifest.
    return undefined;
  }
}

/**
 * The background's wiring: pipeline + message handler + per-tab history. Listeners are added
 * synchronously on every start, because an MV3 service worker woken by a message only delivers it
 * to listeners registered in its first turn.
 */
export function startBackground(): void {
  // Validated once: the models and the decision cache's stamp read the same manifest.
  const bundledModels = bundledManifest();
  const models = extensionModelProvider(bundledModels);
  // vector-guard's local exemplars (vectors only, never text) live in IndexedDB on this device.
  const feedback = new FeedbackStore(createIdbFeedbackStorage());
  const registry = extensionRegistryProvider();
  const pipeline = createPipeline({ detectors: [...ruleDetectors(registry), ...createModelDetectors(models, { feedback })] });
  const recent = createRecentVerdictsStore();
  // Decisions (salted digests, verdict metadata, embeddings; never text) in IndexedDB; the mode
  // is re-read from storage.local on every scan. See lib/cache/README.md.
  const cache = createDecisionCache({
    pipeline,
    store: createIdbCacheStore(),
    mode: () => loadCacheMode(browser.storage.local),
    manifest: bundledModels,
    build: extensionVersion(),
    semantic: featureSketchEmbedding(sketchFeaturizer(bundledModels)),
    state: async () => feedbackState(await feedback.list()),
    onError: (error) => console.error('Rampart decision cache:', error instanceof Error ? error.name : typeof error),
  });
  // Reply images and other auto-loaded resources to foreign hosts wait for a check (exfil).
  const resources = startExfilNetworkGuard((error) => console.error('Rampart network guard:', error instanceof Error ? error.name : typeof error));
  // Sites the user protects with the generic adapter: content script registered, senders accepted.
  const customSites = startCustomSites((error) => console.error('Rampart custom sites:', error instanceof Error ? error.name : typeof error));
  // Whether each tab's adapter finds the composer (the popup's "sends are not checked" line).
  const siteHealth = createSiteHealthStore();
  const handleMessage = createMessageHandler({
    pipeline,
    siteHealth,
    resources,
    cache,
    senderPolicy: senderPolicy((url) => customSites.has(url)),
    loadProfileId: () => loadProfileId(),
    recent,
    modelStatus: () => models.status(),
    warm: () => models.warmUp(),
    now: () => Date.now(),
    onInternalError: (error) => console.error('Rampart background:', error instanceof Error ? error.name : typeof error),
  });

  // Returning the Promise is the reply (Firefox; Chrome 144+, see minimum_chrome_version).
  // A worker woken by a message from a custom site first learns which sites those are.
  browser.runtime.onMessage.addListener(async (message: unknown, sender: Browser.runtime.MessageSender) => {
    await customSites.ready;
    return handleMessage(message, senderInfo(sender));
  });
  browser.tabs.onRemoved.addListener((tabId: number) => {
    void recent.clear(tabId);
    void siteHealth.clear(tabId);
  });
}
