import { useState } from 'preact/hooks';
import { protectSite, unprotectSite, type SiteProtectionState } from '../../lib/adapters/popup/site-protection-actions.ts';
import { t } from '../../lib/ui/i18n.ts';

/**
 * The tab's site beyond "checked or not": a warning when the adapter cannot find the composer
 * (sends are not checked — never a silent failure), and the opt-in for sites Rampart has no
 * adapter for ("Protect this site": the generic adapter, after the browser asks for the permission).
 */
export function SiteProtectionSection({ tabId, state }: { tabId: number; state: SiteProtectionState }) {
  const [note, setNote] = useState<string | undefined>(undefined);

  const protect = (origin: string) => {
    // Called straight from the click: the permission prompt needs the user's gesture.
    protectSite(origin, tabId).then(
      (granted) => setNote(t(granted ? 'popup.protected' : 'popup.protectDeclined')),
      () => setNote(t('popup.protectFailed')),
    );
  };
  const unprotect = (origin: string) => {
    unprotectSite(origin, tabId).then(
      (removed) => setNote(t(removed ? 'popup.unprotected' : 'popup.unprotectFailed')),
      () => setNote(t('popup.unprotectFailed')),
    );
  };

  return (
    <>
      {state.degraded && (
        <p class="degraded" role="alert" data-testid="site-degraded">
          {state.degraded}
        </p>
      )}
      {state.canProtect && state.origin && (
        <p class="protect">
          <button type="button" data-testid="protect-site" onClick={() => protect(state.origin!)}>
            {t('popup.protect')}
          </button>{' '}
          <span class="hint">{t('popup.protectHint', { host: new URL(state.origin).hostname })}</span>
        </p>
      )}
      {state.custom && state.origin && (
        <p class="protect">
          <span>{t('popup.customSite')}</span>{' '}
          <button type="button" data-testid="unprotect-site" onClick={() => unprotect(state.origin!)}>
            {t('popup.unprotect')}
          </button>
        </p>
      )}
      {note && <p role="status">{note}</p>}
    </>
  );
}
