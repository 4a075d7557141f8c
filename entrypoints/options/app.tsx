/**
 * The options page. Stable `data-testid`s for the browser tests:
 *
 * page          options-loading, options-error (settings could not be read), options-managed-banner,
 *               options-nav
 * profile       profile-section, profile-<id> (radio: standard|strict|kids|enterprise), profile-status
 * categories    categories-section, category-row-<category>, category-action-<category> (select:
 *               default|allow|warn|redact|block), category-sensitivity-<category> (select:
 *               lower|default|higher), categories-status
 * sites         sites-section, sites-supported, sites-custom / sites-custom-empty,
 *               custom-site-remove-<host>, sites-paused / sites-paused-empty,
 *               paused-site-resume-<host>, sites-status
 * custom rules  rules-section, rules-list / rules-empty, rule-<id>, rule-edit-<id>, rule-delete-<id>,
 *               rule-form, rule-kind-keyword, rule-kind-regex, rule-pattern, rule-case-sensitive,
 *               rule-description, rule-category, rule-action, rule-directions (both|inbound|outbound),
 *               rule-save, rule-cancel, rule-error (role=alert: invalid or ReDoS-prone), rules-status
 * allow-lists   allowlists-section, allowlist-imageHosts, allowlist-packages, allowlist-phrases
 *               (textareas, one entry per line), allowlist-<key>-problems, allowlists-save,
 *               allowlists-status
 * cache         cache-section, cache-mode-<exact|semantic|hybrid|off> (radio), cache-status
 * kids          kids-section (helper D's component, its own test ids inside)
 * feedback      feedback-section, feedback-list / feedback-empty, feedback-<id>, feedback-delete-<id>,
 *               feedback-undo, feedback-report-text, feedback-report-submit, feedback-status
 * statistics    stats-section, stats-range-<7|30|90> (radio), stats-totals, stats-total-scans,
 *               stats-total-warnings, stats-total-redactions, stats-total-blocks,
 *               stats-daily-chart, stats-category-chart / stats-category-empty (svg role=img)
 * models        models-section, model-status (one line), model-versions (table)
 * audit         audit-section, audit-export-jsonl, audit-export-csv, audit-verify,
 *               audit-verify-result, audit-forwarding, audit-list / audit-empty, audit-row-<seq>,
 *               audit-status
 * file          file-section, settings-export, settings-import (input type=file), file-status
 * managed       managed-<settingKey> ("Managed by your organization" next to a locked setting)
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { askBackground, type PageSend } from '../../lib/adapters/options/page-client.ts';
import { watchSettings } from '../../lib/adapters/options/settings-changes.ts';
import { err } from '../../lib/core/result.ts';
import { isFeatureOn, lockedKeys } from '../../lib/options/settings-access.ts';
import { readEffective, readSettingsView, type SettingsView } from '../../lib/options/settings-answer.ts';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../lib/settings/user-settings.ts';
import { t, type MessageId } from '../../lib/ui/i18n.ts';
import { AllowListsSection } from './allow-lists-section.tsx';
import { AuditSection } from './audit-section.tsx';
import { CacheModeSection } from './cache-mode-section.tsx';
import { CategoriesSection } from './categories-section.tsx';
import { CustomRulesSection } from './custom-rules-section.tsx';
import { FeedbackSection } from './feedback-section.tsx';
import { ImportExportSection } from './import-export-section.tsx';
import { KidsMount } from './kids-mount.tsx';
import { ModelsSection } from './models-section.tsx';
import { OptionsContext, type OptionsContextValue } from './options-context.ts';
import { ProfileSection } from './profile-section.tsx';
import { SitesSection } from './sites-section.tsx';
import { StatsSection } from './stats-section.tsx';

/** Shown when the settings cannot be read: everything read-only, the status sections still work. */
const UNREADABLE: SettingsView = {
  effective: { settings: DEFAULT_SETTINGS, locked: [...SETTING_KEYS], disabledFeatures: [], managed: false },
  defaults: DEFAULT_SETTINGS,
  profiles: [],
};

export function App({ send }: { send?: PageSend }) {
  const [view, setView] = useState<SettingsView | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const ask: OptionsContextValue['ask'] = (type, body = {}) => askBackground(type, body, send);

  const load = async () => {
    const answer = await ask('page:settings-get');
    const read = answer.ok ? readSettingsView(answer.value) : answer;
    if (read.ok) {
      setView(read.value);
      setLoadError(undefined);
    } else setLoadError(read.error);
  };
  useEffect(() => {
    void load();
    return watchSettings(() => void load());
  }, []);

  const shown = view ?? (loadError ? UNREADABLE : undefined);
  const applyEffective = (value: unknown) => {
    const effective = readEffective(value);
    if (effective.ok) setView((current) => ({ ...(current ?? UNREADABLE), effective: effective.value }));
    return effective;
  };
  const context = useMemo<OptionsContextValue | undefined>(() => {
    if (!shown) return undefined;
    const locked = lockedKeys(shown.effective);
    return {
      view: shown,
      isLocked: (key) => locked.has(key),
      featureOn: (feature) => isFeatureOn(shown.effective, feature),
      ask,
      async save(patch) {
        const answer = await ask('page:settings-set', { patch });
        return answer.ok ? applyEffective(answer.value) : err(answer.error);
      },
    };
  }, [shown, send]);

  if (!context) {
    return (
      <>
        <h1>{t('options.title')}</h1>
        <p role="status" data-testid="options-loading">
          {t('options.loading')}
        </p>
      </>
    );
  }
  const { effective } = context.view;
  const on = context.featureOn;
  const nav: Array<[string, MessageId, boolean]> = [
    ['profile-heading', 'options.profile.heading', true],
    ['categories-heading', 'options.categories.heading', true],
    ['sites-heading', 'options.sites.heading', true],
    ['rules-heading', 'options.rules.heading', on('customRules')],
    ['allow-heading', 'options.allow.heading', on('allowLists')],
    ['cache-heading', 'options.cache.heading', true],
    ['kids-title', 'options.kids.heading', true],
    ['feedback-heading', 'options.feedback.heading', on('feedback')],
    ['stats-heading', 'options.stats.heading', true],
    ['models-heading', 'options.models.heading', true],
    ['audit-heading', 'options.audit.heading', true],
    ['file-heading', 'options.file.heading', on('importExport')],
  ];

  return (
    <OptionsContext.Provider value={context}>
      <header>
        <h1>{t('options.title')}</h1>
        {loadError && (
          <p class="status error" role="alert" data-testid="options-error">
            {t('options.error.settings', { reason: loadError })}
          </p>
        )}
        {(effective.managed || effective.disabledFeatures.includes('options')) && (
          <p class="managed banner" data-testid="options-managed-banner">
            <span aria-hidden="true">🔒 </span>
            {t(effective.disabledFeatures.includes('options') ? 'options.managedAll' : 'options.managedSome')}
          </p>
        )}
        <nav aria-label={t('options.nav')} data-testid="options-nav">
          <ul>
            {nav
              .filter(([, , shownSection]) => shownSection)
              .map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(label)}</a>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <ProfileSection />
      <CategoriesSection />
      <SitesSection onEffective={applyEffective} />
      {on('customRules') && <CustomRulesSection />}
      {on('allowLists') && <AllowListsSection />}
      <CacheModeSection />
      <KidsMount />
      {on('feedback') && <FeedbackSection />}
      <StatsSection />
      <ModelsSection />
      <AuditSection />
      {on('importExport') && <ImportExportSection onEffective={applyEffective} />}
    </OptionsContext.Provider>
  );
}
