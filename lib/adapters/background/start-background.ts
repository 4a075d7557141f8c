import { browser, type Browser } from 'wxt/browser';
import { createPipeline } from '../../core/pipeline.ts';
import { ruleDetectors } from '../../detectors/rule-detectors.ts';
import { createModelDetectors } from '../../detectors/model-detectors.ts';
import { createMessageHandler } from '../../messaging/message-handler.ts';
import type { SenderInfo, SenderPolicy } from '../../messaging/sender-check.ts';
import { isSupportedSite } from '../../sites/sites.ts';
import { FeedbackStore } from '../../vector/feedback-store.ts';
import { extensionModelProvider, extensionRegistryProvider } from './extension-models.ts';
import { createIdbFeedbackStorage } from './feedback-store-idb.ts';
import { loadProfileId } from './profile-store.ts';
import { createRecentVerdictsStore } from './recent-verdicts-store.ts';

/** What the browser says about a sender, reduced to what the sender check looks at. */
export const senderInfo = (sender: Browser.runtime.MessageSender): SenderInfo => ({
  id: sender.id,
  url: sender.url,
  tabId: sender.tab?.id,
});

export function senderPolicy(): SenderPolicy {
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  return { extensionId: browser.runtime.id, extensionOrigin, isSupportedSite };
}

/**
 * The background's wiring: pipeline + message handler + per-tab history. Listeners are added
 * synchronously on every start, because an MV3 service worker woken by a message only delivers it
 * to listeners registered in its first turn.
 */
export function startBackground(): void {
  const models = extensionModelProvider();
  // vector-guard's local exemplars (vectors only, never text) live in IndexedDB on this device.
  const feedback = new FeedbackStore(createIdbFeedbackStorage());
  const registry = extensionRegistryProvider();
  const pipeline = createPipeline({ detectors: [...ruleDetectors(registry), ...createModelDetectors(models, { feedback })] });
  const recent = createRecentVerdictsStore();
  const handleMessage = createMessageHandler({
    pipeline,
    senderPolicy: senderPolicy(),
    loadProfileId: () => loadProfileId(),
    recent,
    modelStatus: () => models.status(),
    warm: () => models.warmUp(),
    now: () => Date.now(),
    onInternalError: (error) => console.error('Rampart background:', error instanceof Error ? error.name : typeof error),
  });

  // Returning the Promise is the reply (Firefox; Chrome 144+, see minimum_chrome_version).
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) =>
    handleMessage(message, senderInfo(sender)),
  );
  browser.tabs.onRemoved.addListener((tabId: number) => {
    void recent.clear(tabId);
  });
}
