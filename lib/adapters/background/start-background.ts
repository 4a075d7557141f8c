import { browser, type Browser } from 'wxt/browser';
import { createDecisionCache } from '../../cache/decision-cache.ts';
import { featureSketchEmbedding, sketchFeaturizer } from '../../cache/feature-sketch.ts';
import { feedbackState } from '../../cache/feedback-state.ts';
import { createPipeline } from '../../core/pipeline.ts';
import { ruleDetectors } from '../../detectors/rule-detectors.ts';
import { createModelDetectors } from '../../detectors/model-detectors.ts';
import { createMessageHandler } from '../../messaging/message-handler.ts';
import type { SenderInfo, SenderPolicy } from '../../messaging/sender-check.ts';
import { customizedProfile } from '../../policy/customized-profile.ts';
import { settingsRoutes } from '../../settings/settings-routes.ts';
import { isSupportedSite } from '../../sites/sites.ts';
import { FeedbackStore } from '../../vector/feedback-store.ts';
import { startExfilNetworkGuard } from './exfil-network-start.ts';
import { bundledManifest, extensionModelProvider, extensionRegistryProvider } from './extension-models.ts';
import { createIdbCacheStore } from './decision-cache-idb.ts';
import { createIdbFeedbackStorage } from './feedback-store-idb.ts';
import { browserSettingsStore } from './settings-store.ts';
import { broadcastSettingsChanged } from './settings-broadcast.ts';
import { createRecentVerdictsStore } from './recent-verdicts-store.ts';
import { startCustomSites } from './custom-sites-registry.ts';
import { createSiteHealthStore } from './site-health-store.ts';
import { ruleMessagesRoutes } from '../../popup/rule-messages-route.ts';
import { statsRoutes } from '../../stats/stats-routes.ts';
import { createStatsStore } from './stats-store.ts';
import { createKidsBackground } from './kids-store.ts';
import { err, ok } from '../../core/result.ts';
import { createAuditService } from './audit-service.ts';
import { feedbackRoutes } from '../../vector/feedback-routes.ts';
import { feedbackEmbedding } from '../../vector/feedback-embedding.ts';
import { storageFeedbackTrash } from '../../vector/feedback-trash.ts';
import { vectorGuardEmbedder } from '../../detectors/model-detectors.ts';
import type { VerdictEvent } from '../../messaging/message-handler.ts';

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
  // Before the message that woke the worker is handled: a send that wakes it then finds the gate
  // warm, and its latency budget is left for the models (Pipeline.warmUp).
  void pipeline.warmUp();
  const recent = createRecentVerdictsStore();
  // The user's settings with the admin's policy over them, kept current from storage.onChanged;
  // scans wait up to a second for the policy, then use safe settings (settings-store.ts).
  const settings = browserSettingsStore((problems) => console.warn(`Rampart: managed policy ${problems.join('; ')}; skipped.`));
  // Content scripts ask content:settings again (pause state, profile) when anything changed.
  settings.onChange(() => void broadcastSettingsChanged());
  // Decisions (salted digests, verdict metadata, embeddings; never text) in IndexedDB; the mode
  // comes from the settings on every scan. See lib/cache/README.md.
  const cache = createDecisionCache({
    pipeline,
    store: createIdbCacheStore(),
    mode: async () => (await settings.current()).settings.cacheMode,
    manifest: bundledModels,
    build: extensionVersion(),
    semantic: featureSketchEmbedding(sketchFeaturizer(bundledModels)),
    state: async () => feedbackState(await feedback.list()),
    onError: (error) => console.error('Rampart decision cache:', error instanceof Error ? error.name : typeof error),
  });
  // Reply images and other auto-loaded resources to foreign hosts wait for a check (exfil).
  const resources = startExfilNetworkGuard(
    (error) => console.error('Rampart network guard:', error instanceof Error ? error.name : typeof error),
    undefined,
    async () => (await settings.current()).settings.allowLists.imageHosts,
  );
  // Sites the user protects with the generic adapter: content script registered, senders accepted.
  const customSites = startCustomSites((error) => console.error('Rampart custom sites:', error instanceof Error ? error.name : typeof error));
  // Whether each tab's adapter finds the composer (the popup's "sends are not checked" line).
  const siteHealth = createSiteHealthStore();
  // Per-day counts for the options page's statistics (counts only; recordScan is fed by onVerdict).
  const stats = createStatsStore(browser.storage.local, { onError: (error) => console.error('Rampart statistics:', error instanceof Error ? error.name : typeof error) });
  // Kids mode: PIN, parent session, alerts and weekly counts (lib/kids/). Its settings are the
  // settings store's `kids` key; a managed (locked) key is the admin's to change, not the parent's.
  const kids = createKidsBackground({
    readKids: async () => (await settings.current()).settings.kids,
    updateKids: (next) =>
      settings.update((user, effective) => (effective.locked.includes('kids') ? err('Kids mode is set by your organization') : ok({ ...user, kids: next }))),
  });
  const reportError = (what: string) => (error: unknown) => console.error(`Rampart ${what}:`, error instanceof Error ? error.name : typeof error);
  const featureEnabled = (feature: 'feedback' | 'auditExport') => async () => !(await settings.current()).disabledFeatures.includes(feature);
  // Audit log (lib/audit/): hash-chained records of decisions and overrides, never text; OTLP
  // forwarding only when an admin or the user configured a collector.
  const audit = createAuditService({
    settings: async () => (await settings.current()).settings,
    profile: async () => customizedProfile((await settings.current()).settings),
    models: () => models.status(),
    extensionVersion: extensionVersion() ?? 'unknown',
    canExport: featureEnabled('auditExport'),
    onError: reportError('audit'),
  });
  // Kids mode switched off by any path (the parent's disable, a settings import, a policy change) is recorded.
  let kidsWasOn: boolean | undefined;
  const watchKidsMode = async () => {
    const on = (await settings.current()).settings.kids.enabled;
    if (kidsWasOn === true && !on) void audit.recorder.recordProtection('kids-disabled');
    kidsWasOn = on;
  };
  void watchKidsMode().catch(reportError('settings'));
  settings.onChange(() => void watchKidsMode().catch(reportError('settings')));
  const recordPauseForParent = async (host: string) => {
    if ((await settings.current()).settings.kids.enabled) await kids.alerts.record({ at: Date.now(), kind: 'protection-disabled', site: host, ruleIds: [] });
  };
  // vector-guard learns from "Not an attack" / "missed attack" reports: vectors only, never text.
  const embedder = vectorGuardEmbedder(models);
  const feedbackEmbed = embedder
    ? feedbackEmbedding(embedder.load, embedder.window)
    : async () => {
        throw new Error('no similarity model is bundled');
      };
  // Every verdict that counts feeds the audit log, the statistics and (in Kids mode) the parent view.
  const onVerdict = (event: VerdictEvent) => {
    audit.onVerdict(event);
    void stats.recordScan(event);
    void kids.recordKidsVerdict(event);
  };
  const handleMessage = createMessageHandler({
    onVerdict,
    pipeline,
    siteHealth,
    resources,
    cache,
    senderPolicy: senderPolicy((url) => customSites.has(url)),
    // The chosen profile (Kids mode: the age band's) with the category changes; same settings, same object.
    loadProfile: async () => customizedProfile((await settings.current()).settings),
    loadCustom: async () => {
      const { customRules, allowLists } = (await settings.current()).settings;
      return { customRules, allowLists };
    },
    isPaused: async (host) => (await settings.current()).settings.sites.paused.includes(host),
    // Admin-disabled overrides (Send anyway, Load anyway): the content script drops those buttons.
    disabledFeatures: async () => (await settings.current()).disabledFeatures,
    recent,
    modelStatus: () => models.status(),
    warm: () => {
      models.warmUp();
      void pipeline.warmUp();
    },
    now: () => Date.now(),
    onInternalError: (error) => console.error('Rampart background:', error instanceof Error ? error.name : typeof error),
    // Features' page:* / tab:* messages (lib/messaging/message-route.ts).
    routes: [
      ...ruleMessagesRoutes({ detectors: pipeline.detectors }),
      // Kids-mode changes through settings-set need the parent's session token (Kids mode's background checks it).
      ...settingsRoutes({
        store: settings,
        verifyKidsToken: kids.verifyKidsToken,
        onProtectionChange: ({ host, paused }) => {
          void audit.recorder.recordProtection(paused ? 'protection-paused' : 'protection-resumed', host);
          // In Kids mode a paused site is protection switched off: the parent view shows it.
          if (paused) void recordPauseForParent(host).catch(reportError('kids'));
        },
      }),
      ...audit.routes,
      ...feedbackRoutes({ store: feedback, embed: feedbackEmbed, trash: storageFeedbackTrash(browser.storage.session), enabled: featureEnabled('feedback') }),
      ...kids.routes,
      ...statsRoutes({ read: () => stats.read(), now: () => Date.now() }),
    ],
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
