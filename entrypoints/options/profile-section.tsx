import { useState } from 'preact/hooks';
import { PROFILE_IDS } from '../../lib/policy/profiles.ts';
import { t, type MessageId } from '../../lib/ui/i18n.ts';
import { ManagedMarker } from './managed-marker.tsx';
import { useOptions } from './options-context.ts';
import { StatusLine, type Status } from './status-line.tsx';

const KNOWN_DESCRIPTIONS: Record<string, MessageId> = {
  standard: 'options.profile.standard',
  strict: 'options.profile.strict',
  kids: 'options.profile.kids',
  enterprise: 'options.profile.enterprise',
};
const KNOWN_NAMES: Record<string, MessageId> = {
  standard: 'options.profile.standard.name',
  strict: 'options.profile.strict.name',
  kids: 'options.profile.kids.name',
  enterprise: 'options.profile.enterprise.name',
};

/** The built-in profile the per-category changes start from. */
export function ProfileSection() {
  const { view, isLocked, save } = useOptions();
  const [status, setStatus] = useState<Status>(undefined);
  const locked = isLocked('profile');
  const profiles = view.profiles.length > 0 ? view.profiles : PROFILE_IDS.map((id) => ({ id, description: '' }));
  const choose = async (profile: string) => {
    const saved = await save({ profile });
    setStatus(saved.ok ? { kind: 'ok', text: t('options.saved') } : { kind: 'error', text: t('options.notSaved', { reason: saved.error }) });
  };
  return (
    <section aria-labelledby="profile-heading" data-testid="profile-section">
      <h2 id="profile-heading">{t('options.profile.heading')}</h2>
      <ManagedMarker settingKey="profile" />
      {/* Kids mode scans with the age band's profile whatever is chosen here: say so, rather than show a choice that does nothing. */}
      {view.effective.settings.kids.enabled && (
        <p class="hint" data-testid="profile-kids-note">
          {t('options.profile.kidsOverrides')}
        </p>
      )}
      <fieldset disabled={locked}>
        <legend>{t('options.profile.legend')}</legend>
        {profiles.map(({ id, description }) => (
          <label class="choice" key={id}>
            <input type="radio" name="profile" value={id} checked={view.effective.settings.profile === id} data-testid={`profile-${id}`} onChange={() => void choose(id)} />
            <span>
              <strong>{KNOWN_NAMES[id] ? t(KNOWN_NAMES[id]) : id}</strong>
              <span class="hint">{KNOWN_DESCRIPTIONS[id] ? t(KNOWN_DESCRIPTIONS[id]) : description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <StatusLine status={status} testId="profile-status" />
    </section>
  );
}
