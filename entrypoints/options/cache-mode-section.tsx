import { useState } from 'preact/hooks';
import { CACHE_MODES } from '../../lib/settings/cache-mode-setting.ts';
import { t } from '../../lib/ui/i18n.ts';
import { ManagedMarker } from './managed-marker.tsx';
import { useOptions } from './options-context.ts';
import { StatusLine, type Status } from './status-line.tsx';

/** How earlier decisions are reused (lib/cache/README.md), one line each on what it trades. */
export function CacheModeSection() {
  const { view, isLocked, save } = useOptions();
  const [status, setStatus] = useState<Status>(undefined);
  const choose = async (cacheMode: (typeof CACHE_MODES)[number]) => {
    const saved = await save({ cacheMode });
    setStatus(saved.ok ? { kind: 'ok', text: t('options.saved') } : { kind: 'error', text: t('options.notSaved', { reason: saved.error }) });
  };
  return (
    <section aria-labelledby="cache-heading" data-testid="cache-section">
      <h2 id="cache-heading">{t('options.cache.heading')}</h2>
      <ManagedMarker settingKey="cacheMode" />
      <fieldset disabled={isLocked('cacheMode')}>
        <legend>{t('options.cache.legend')}</legend>
        {(['exact', 'semantic', 'hybrid', 'off'] as const).filter((mode) => CACHE_MODES.includes(mode)).map((mode) => (
          <label class="choice" key={mode}>
            <input type="radio" name="cache-mode" value={mode} checked={view.effective.settings.cacheMode === mode} data-testid={`cache-mode-${mode}`} onChange={() => void choose(mode)} />
            <span>
              <strong>{t(`options.cache.${mode}`)}</strong>
              <span class="hint">{t(`options.cache.${mode}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <StatusLine status={status} testId="cache-status" />
    </section>
  );
}
