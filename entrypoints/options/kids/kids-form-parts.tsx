import { useId } from 'preact/hooks';
import { AGE_BANDS, type AgeBand } from '../../../lib/settings/user-settings.ts';
import { t, type MessageId } from '../../../lib/ui/i18n.ts';

/** A labelled password field (a PIN or passphrase: never shown, never autofilled into a child's form). */
export function PinField(props: { label: string; value: string; onInput: (value: string) => void; autocomplete: 'new-password' | 'current-password'; testId: string; describedBy?: string }) {
  const id = useId();
  return (
    <p class="field">
      <label for={id}>{props.label}</label>{' '}
      <input
        id={id}
        type="password"
        required
        minLength={4}
        maxLength={128}
        autocomplete={props.autocomplete}
        value={props.value}
        data-testid={props.testId}
        aria-describedby={props.describedBy}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </p>
  );
}

export const ageBandLabel = (band: AgeBand): string => t(`kids.band.${band}` as MessageId);

export function AgeBandField(props: { value: AgeBand; onChange: (band: AgeBand) => void; testId: string }) {
  const id = useId();
  return (
    <p class="field">
      <label for={id}>{t('kids.ageBand')}</label>{' '}
      <select id={id} value={props.value} data-testid={props.testId} onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as AgeBand)}>
        {AGE_BANDS.map((band) => (
          <option key={band} value={band}>
            {ageBandLabel(band)}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * A form's outcome, always in the DOM so screen readers announce changes: errors assertively
 * (the action did not happen), confirmations politely.
 */
export function FormMessages({ error, done, testId }: { error?: string | undefined; done?: string | undefined; testId: string }) {
  return (
    <>
      <p class="error" aria-live="assertive" data-testid={`${testId}-error`}>
        {error ?? ''}
      </p>
      <p class="done" aria-live="polite" data-testid={`${testId}-done`}>
        {done ?? ''}
      </p>
    </>
  );
}
