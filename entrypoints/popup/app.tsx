import { useEffect, useState } from 'preact/hooks';
import { loadPopupState, type PopupState } from '../../lib/adapters/popup/load-popup-state.ts';
import { VerdictList } from './verdict-list.tsx';
import { SiteProtectionSection } from './site-protection.tsx';
import { loadSiteProtection, type SiteProtectionState } from '../../lib/adapters/popup/site-protection-actions.ts';
import { t } from '../../lib/ui/i18n.ts';

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

  return (
    <>
      <h1>Rampart</h1>
      {state === undefined ? (
        <p role="status">{t('popup.loading')}</p>
      ) : (
        <>
          {state.siteId || protection?.custom ? (
            <p class="site recognised" data-testid="site-status">
              {t('popup.checksSite', { host: state.host ?? '' })}
            </p>
          ) : (
            <p class="site unrecognised" data-testid="site-status">
              {state.host ? t('popup.notCheckedHost', { host: state.host }) : t('popup.notChecked')}
            </p>
          )}
          {state.tabId !== undefined && protection && <SiteProtectionSection tabId={state.tabId} state={protection} />}
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
          <VerdictList verdicts={state.verdicts} />
        </>
      )}
    </>
  );
}
