import { useState } from 'preact/hooks';
import type { KidsSessionGrant } from '../../../lib/kids/kids-session.ts';
import { kidsErrorText, newPinProblem } from '../../../lib/kids/parent-view-rows.ts';
import type { AgeBand } from '../../../lib/settings/user-settings.ts';
import { t } from '../../../lib/ui/i18n.ts';
import { AgeBandField, FormMessages, PinField } from './kids-form-parts.tsx';
import type { KidsSend } from './kids-client.ts';

/** First-time setup: the parent's PIN (typed twice) and the child's age band; turns Kids mode on. */
export function KidsSetup({ send, initialBand, onDone }: { send: KidsSend; initialBand: AgeBand; onDone: (grant: KidsSessionGrant) => void }) {
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [ageBand, setAgeBand] = useState<AgeBand>(initialBand);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = newPinProblem(pin, repeat);
    if (problem) return setError(problem);
    setBusy(true);
    const answer = await send('page:kids-setup', { pin, ageBand });
    setBusy(false);
    if (!answer.ok) return setError(kidsErrorText(answer.error));
    // The PIN leaves the page's state as soon as it has done its job.
    setPin('');
    setRepeat('');
    setError(undefined);
    onDone(answer.value as KidsSessionGrant);
  };

  return (
    <form class="kids-setup" data-testid="kids-setup" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <h3>{t('kids.setup.title')}</h3>
      <PinField label={t('kids.pin')} value={pin} onInput={setPin} autocomplete="new-password" testId="kids-setup-pin" />
      <PinField label={t('kids.pinRepeat')} value={repeat} onInput={setRepeat} autocomplete="new-password" testId="kids-setup-repeat" />
      <AgeBandField value={ageBand} onChange={setAgeBand} testId="kids-setup-band" />
      <p>
        <button type="submit" disabled={busy} data-testid="kids-setup-submit">
          {t('kids.setup.submit')}
        </button>
      </p>
      <FormMessages error={error} testId="kids-setup" />
    </form>
  );
}
