import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { kidsErrorKind } from '../../../lib/kids/kids-route-errors.ts';
import type { KidsStatus } from '../../../lib/kids/kids-routes.ts';
import { IDLE_MS, type KidsSessionGrant } from '../../../lib/kids/kids-session.ts';
import { kidsErrorText } from '../../../lib/kids/parent-view-rows.ts';
import { t } from '../../../lib/ui/i18n.ts';
import { sendKidsMessage, type KidsSend } from './kids-client.ts';
import { ageBandLabel } from './kids-form-parts.tsx';
import { KidsParentControls } from './KidsParentControls.tsx';
import { KidsSetup } from './KidsSetup.tsx';
import { KidsUnlock } from './KidsUnlock.tsx';

/**
 * The options page's Kids mode section (mounted by the options page). Three states: not set up
 * (setup form), on and locked (the PIN prompt: a child sees "Kids mode is on" and nothing to
 * change), and unlocked (the parent's controls). The token lives only in this component's state:
 * closing the page or 10 idle minutes (the background's limit, mirrored here) locks again.
 */
export function KidsSection({ send = sendKidsMessage }: { send?: KidsSend }) {
  const [status, setStatus] = useState<KidsStatus | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [grant, setGrant] = useState<KidsSessionGrant | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async () => {
    const answer = await send('page:kids-status');
    if (answer.ok) {
      setStatus(answer.value as KidsStatus);
      setLoadError(undefined);
    } else setLoadError(answer.error);
  }, [send]);

  useEffect(() => {
    void refresh();
    return () => clearTimeout(idleTimer.current);
  }, [refresh]);

  const endSession = (message: string | undefined) => {
    clearTimeout(idleTimer.current);
    setGrant(undefined);
    setNotice(message);
  };

  /** Each accepted change extends the background's idle limit; the page follows it. */
  const touch = () => {
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => endSession(t('kids.error.notUnlocked')), IDLE_MS);
  };

  const unlocked = (next: KidsSessionGrant) => {
    setGrant(next);
    setNotice(undefined);
    touch();
    void refresh();
  };

  const onError = (error: string) => {
    if (kidsErrorKind(error).kind === 'notUnlocked') endSession(t('kids.error.notUnlocked'));
  };

  if (loadError) {
    return (
      <section class="kids" aria-labelledby="kids-title" data-testid="kids-section">
        <h2 id="kids-title">{t('kids.title')}</h2>
        <p class="error" role="alert">
          {t('kids.unavailable')} {kidsErrorText(loadError)}
        </p>
      </section>
    );
  }

  return (
    <section class="kids" aria-labelledby="kids-title" data-testid="kids-section">
      <h2 id="kids-title">{t('kids.title')}</h2>
      <p class="hint">{t('kids.about')}</p>
      {!status ? (
        <p role="status">{t('kids.loading')}</p>
      ) : (
        <>
          <p class={status.enabled ? 'kids-state on' : 'kids-state off'} data-testid="kids-state">
            {status.enabled ? t('kids.on', { band: ageBandLabel(status.ageBand) }) : t('kids.off')}
          </p>
          {!status.pinSet ? (
            <>
              <p aria-live="polite">{notice ?? ''}</p>
              <KidsSetup send={send} initialBand={status.ageBand} onDone={unlocked} />
            </>
          ) : grant ? (
            <KidsParentControls
              send={send}
              token={grant.token}
              status={status}
              onChanged={() => {
                touch();
                void refresh();
              }}
              onError={onError}
              onLocked={() => endSession(t('kids.done.locked'))}
              onDisabled={() => {
                endSession(t('kids.done.disabled'));
                void refresh();
              }}
            />
          ) : (
            <KidsUnlock
              send={send}
              notice={notice}
              initialError={status.lockedUntil ? t('kids.error.locked', { seconds: Math.ceil((status.lockedUntil - Date.now()) / 1000) }) : undefined}
              onUnlocked={unlocked}
            />
          )}
        </>
      )}
    </section>
  );
}
