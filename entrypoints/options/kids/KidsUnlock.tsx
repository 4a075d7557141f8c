import { useState } from 'preact/hooks';
import type { KidsSessionGrant } from '../../../lib/kids/kids-session.ts';
import { kidsErrorText } from '../../../lib/kids/parent-view-rows.ts';
import { t } from '../../../lib/ui/i18n.ts';
import { FormMessages, PinField } from './kids-form-parts.tsx';
import type { KidsSend } from './kids-client.ts';

/** The PIN prompt in front of every Kids setting; wrong PINs are counted and locked by the background. */
export function KidsUnlock(props: { send: KidsSend; notice?: string | undefined; initialError?: string | undefined; onUnlocked: (grant: KidsSessionGrant) => void }) {
  const { send, notice, onUnlocked } = props;
  const [pin, setPin] = useState('');
  // A lock-out still running when the page opens is said at once, not after a wasted try.
  const [error, setError] = useState<string | undefined>(props.initialError);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const answer = await send('page:kids-unlock', { pin });
    setBusy(false);
    setPin('');
    if (!answer.ok) return setError(kidsErrorText(answer.error));
    setError(undefined);
    onUnlocked(answer.value as KidsSessionGrant);
  };

  return (
    <form class="kids-unlock" data-testid="kids-unlock" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <h3>{t('kids.unlock.title')}</h3>
      <PinField label={t('kids.unlock.pin')} value={pin} onInput={setPin} autocomplete="current-password" testId="kids-unlock-pin" />
      <p>
        <button type="submit" disabled={busy} data-testid="kids-unlock-submit">
          {t('kids.unlock.submit')}
        </button>
      </p>
      <FormMessages error={error} done={notice} testId="kids-unlock" />
    </form>
  );
}
