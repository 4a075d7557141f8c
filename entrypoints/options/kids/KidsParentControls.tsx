import { useState } from 'preact/hooks';
import type { KidsStatus } from '../../../lib/kids/kids-routes.ts';
import { kidsErrorText, newPinProblem } from '../../../lib/kids/parent-view-rows.ts';
import type { AgeBand } from '../../../lib/settings/user-settings.ts';
import { t } from '../../../lib/ui/i18n.ts';
import { AgeBandField, FormMessages, PinField } from './kids-form-parts.tsx';
import type { KidsSend } from './kids-client.ts';
import { ParentView } from './ParentView.tsx';

export interface KidsParentControlsProps {
  send: KidsSend;
  token: string;
  status: KidsStatus;
  /** After a change the background accepted: the section re-reads the status and restarts its idle timer. */
  onChanged: () => void;
  /** Any answer; the section drops the session when it says "not unlocked". */
  onError: (error: string) => void;
  onLocked: () => void;
  onDisabled: () => void;
}

/** What the parent can do once unlocked: age band, PIN, turning Kids mode off, the parent view, lock. */
export function KidsParentControls(props: KidsParentControlsProps) {
  const { send, token, status } = props;
  const [ageBand, setAgeBand] = useState<AgeBand>(status.ageBand);
  const [newPin, setNewPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [bandMessage, setBandMessage] = useState<{ error?: string; done?: string }>({});
  const [pinMessage, setPinMessage] = useState<{ error?: string; done?: string }>({});
  const [disableMessage, setDisableMessage] = useState<string | undefined>();
  const [confirmingDisable, setConfirmingDisable] = useState(false);
  const [showParentView, setShowParentView] = useState(false);

  const failed = (error: string, show: (text: string) => void) => {
    show(kidsErrorText(error));
    props.onError(error);
  };

  const saveBand = async (event: Event) => {
    event.preventDefault();
    const answer = await send('page:kids-change', { token, ageBand });
    if (!answer.ok) return failed(answer.error, (error) => setBandMessage({ error }));
    setBandMessage({ done: t('kids.done.saved') });
    props.onChanged();
  };

  const changePin = async (event: Event) => {
    event.preventDefault();
    const problem = newPinProblem(newPin, repeat);
    if (problem) return setPinMessage({ error: problem });
    const answer = await send('page:kids-change-pin', { token, newPin });
    setNewPin('');
    setRepeat('');
    if (!answer.ok) return failed(answer.error, (error) => setPinMessage({ error }));
    setPinMessage({ done: t('kids.done.pinChanged') });
    props.onChanged();
  };

  const disable = async () => {
    const answer = await send('page:kids-disable', { token });
    setConfirmingDisable(false);
    if (!answer.ok) return failed(answer.error, setDisableMessage);
    props.onDisabled();
  };

  const lock = async () => {
    await send('page:kids-lock', { token });
    props.onLocked();
  };

  return (
    <div class="kids-parent" data-testid="kids-parent">
      <form onSubmit={(event) => void saveBand(event)} data-testid="kids-band-form">
        <AgeBandField value={ageBand} onChange={setAgeBand} testId="kids-band" />
        <p>
          <button type="submit" data-testid="kids-band-save">
            {t('kids.changeBand.submit')}
          </button>
        </p>
        <FormMessages error={bandMessage.error} done={bandMessage.done} testId="kids-band" />
      </form>

      <form onSubmit={(event) => void changePin(event)} data-testid="kids-pin-form">
        <PinField label={t('kids.newPin')} value={newPin} onInput={setNewPin} autocomplete="new-password" testId="kids-new-pin" />
        <PinField label={t('kids.newPinRepeat')} value={repeat} onInput={setRepeat} autocomplete="new-password" testId="kids-new-pin-repeat" />
        <p>
          <button type="submit" data-testid="kids-pin-save">
            {t('kids.changePin.submit')}
          </button>
        </p>
        <FormMessages error={pinMessage.error} done={pinMessage.done} testId="kids-pin" />
      </form>

      <p class="kids-actions">
        <button type="button" aria-expanded={showParentView} data-testid="kids-parent-view-toggle" onClick={() => setShowParentView((shown) => !shown)}>
          {showParentView ? t('kids.parent.hide') : t('kids.parentView')}
        </button>{' '}
        {confirmingDisable ? (
          <span role="group" aria-label={t('kids.disable')}>
            <span>{t('kids.disableConfirm')}</span>{' '}
            <button type="button" data-testid="kids-disable-yes" onClick={() => void disable()}>
              {t('kids.disableYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmingDisable(false)}>
              {t('kids.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" data-testid="kids-disable" onClick={() => setConfirmingDisable(true)}>
            {t('kids.disable')}
          </button>
        )}{' '}
        <button type="button" data-testid="kids-lock" onClick={() => void lock()}>
          {t('kids.lock')}
        </button>
      </p>
      <p class="error" aria-live="assertive">
        {disableMessage ?? ''}
      </p>
      {showParentView && <ParentView send={send} token={token} onError={props.onError} />}
    </div>
  );
}
