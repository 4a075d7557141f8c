import { useState } from 'preact/hooks';
import { setSitePaused } from '../../lib/adapters/popup/popup-settings-actions.ts';
import type { PopupSettings } from '../../lib/popup/popup-settings.ts';
import { t } from '../../lib/ui/i18n.ts';

/**
 * Pause/resume on the tab's site. Only rendered when policy allows it (PopupSettings.canPause);
 * the background checks the locks again. `entry` is the paused-list entry that covers the host
 * (resume removes that one), undefined when the site runs.
 */
export function SitePause({ host, entry, onChange }: { host: string; entry: string | undefined; onChange: (settings: PopupSettings) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const paused = entry !== undefined;
  const toggle = () => {
    setBusy(true);
    void setSitePaused(paused ? entry : host, !paused).then((result) => {
      setBusy(false);
      if ('error' in result) setError(t('popup.pauseFailed', { reason: result.error }));
      else {
        setError(undefined);
        onChange(result.settings);
      }
    });
  };
  return (
    <p class="pause">
      <button type="button" data-testid="pause-site" data-paused={String(paused)} disabled={busy} onClick={toggle}>
        {t(paused ? 'popup.resume' : 'popup.pause')}
      </button>
      {error && (
        <span class="error" role="alert" data-testid="pause-error">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
