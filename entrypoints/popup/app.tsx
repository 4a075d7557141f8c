import { useEffect, useState } from 'preact/hooks';
import { loadPopupState, type PopupState } from '../../lib/adapters/popup/load-popup-state.ts';
import { loadPopupSettings, openOptions } from '../../lib/adapters/popup/popup-settings-actions.ts';
import { VerdictList } from './verdict-list.tsx';
import { SitePause } from './site-pause.tsx';
import { SiteProtectionSection } from './site-protection.tsx';
import { loadSiteProtection, type SiteProtectionState } from '../../lib/adapters/popup/site-protection-actions.ts';
import type { PopupSettings } from '../../lib/popup/popup-settings.ts';
import { pausedEntryFor, protectionState, type ProtectionState } from '../../lib/popup/protection-state.ts';
import { t, type MessageId } from '../../lib/ui/i18n.ts';

const STATE_LABEL: Record<ProtectionState, MessageId> = {
  checked: 'popup.state.checked',
  paused: 'popup.state.paused',
  'not-checked': 'popup.state.notChecked',
  degraded: 'popup.state.degraded',
};

/** The popup: is this site checked, and what did Rampart decide here lately. */
export function App({ search }: { search: string }) {
  const [state, setState] = useState<PopupState | undefined>(undefined);
  useEffect(() => {
    void loadPopupState(search).then(setState);
  }, [search]);
  // Adapter health and the "Protect this site" opt-in (a site the user added is checked too).
  const [protection, setProtection] = useState<SiteProtectionState | undefined>(undefined);
  const tabId = state?.tabId;
  useEffect(() => {
    if (tabId !== undefined) void loadSiteProtection(tabId).then(setProtection);
  }, [tabId]);
  // Kids mode, managed policy, paused sites; undefined while loading or when unreadable (no pause control then).
  const [settings, setSettings] = useState<PopupSettings | undefined>(undefined);
  useEffect(() => {
    void loadPopupSettings().then(setSettings);
  }, []);

  const recognised = Boolean(state?.siteId || protection?.custom);
  const pausedEntry = pausedEntryFor(settings?.pausedHosts ?? [], state?.host);
  const siteState = protectionState({ recognised, paused: pausedEntry !== undefined, degraded: Boolean(protection?.degraded) });

  return (
    <>
      <header class="top">
        <h1>Rampart</h1>
        {(settings?.canOpenOptions ?? true) && (
          <button type="button" class="link" data-testid="open-options" onClick={() => void openOptions()}>
            {t('popup.openOptions')}
          </button>
        )}
      </header>
      {settings?.kidsMode && (
        <p class="banner kids" data-testid="kids-banner">
          {t('popup.kidsOn')}
        </p>
      )}
      {settings?.managed && (
        <p class="banner managed" data-testid="managed-banner">
          {t('popup.managed')}
        </p>
      )}
      {state === undefined ? (
        <p role="status">{t('popup.loading')}</p>
      ) : (
        <>
          <p class="site-line">
            <span class={`state state-${siteState}`} data-testid="protection-state" data-state={siteState}>
              {t(STATE_LABEL[siteState])}
            </span>{' '}
            {siteState === 'paused' ? (
              <span class="site" data-testid="site-status">
                {t('popup.pausedSite', { host: state.host ?? '' })}
              </span>
            ) : recognised ? (
              <span class="site" data-testid="site-status">
                {t('popup.checksSite', { host: state.host ?? '' })}
              </span>
            ) : (
              <span class="site" data-testid="site-status">
                {state.host ? t('popup.notCheckedHost', { host: state.host }) : t('popup.notChecked')}
              </span>
            )}
          </p>
          {state.tabId !== undefined && protection && <SiteProtectionSection tabId={state.tabId} state={protection} />}
          {recognised && state.host && settings?.canPause && <SitePause host={state.host} entry={pausedEntry} onChange={setSettings} />}
          {state.error && (
            <p class="error" role="alert">
              {state.error}
            </p>
          )}
          {state.models && (
            <p class="models" data-testid="model-status">
              {state.models}
            </p>
          )}
          <h2>{t('popup.recentVerdicts')}</h2>
          <VerdictList verdicts={state.verdicts} {...(state.ruleMessages ? { ruleMessages: state.ruleMessages } : {})} />
        </>
      )}
    </>
  );
}
