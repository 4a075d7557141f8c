import { useEffect, useState } from 'preact/hooks';
import { loadCustomSites, removeCustomSite } from '../../lib/adapters/options/custom-sites-client.ts';
import { readEffective } from '../../lib/options/settings-answer.ts';
import { SITES } from '../../lib/sites/sites.ts';
import { t } from '../../lib/ui/i18n.ts';
import { ManagedMarker } from './managed-marker.tsx';
import { useOptions } from './options-context.ts';
import { StatusLine, type Status } from './status-line.tsx';

/** Where Rampart checks: the built-in chat sites, the ones the user added, and the ones paused. */
export function SitesSection({ onEffective }: { onEffective: (value: unknown) => void }) {
  const { view, isLocked, featureOn, ask } = useOptions();
  const [custom, setCustom] = useState<string[] | undefined>(undefined);
  const [status, setStatus] = useState<Status>(undefined);
  useEffect(() => void loadCustomSites().then(setCustom), []);
  const paused = view.effective.settings.sites.paused;
  const canResume = featureOn('pause') && !isLocked('sites');

  const resume = async (host: string) => {
    const answer = await ask('page:site-pause', { host, paused: false });
    if (answer.ok && readEffective(answer.value).ok) {
      onEffective(answer.value);
      setStatus({ kind: 'ok', text: t('options.sites.resumed', { host }) });
    } else {
      setStatus({ kind: 'error', text: t('options.notSaved', { reason: answer.ok ? t('options.error.noAnswer') : answer.error }) });
    }
  };
  const remove = async (origin: string) => {
    const removed = await removeCustomSite(origin);
    if (removed) setCustom((current) => current?.filter((entry) => entry !== origin));
    setStatus(removed ? { kind: 'ok', text: t('options.sites.removed', { host: new URL(origin).hostname }) } : { kind: 'error', text: t('options.sites.removeFailed') });
  };

  return (
    <section aria-labelledby="sites-heading" data-testid="sites-section">
      <h2 id="sites-heading">{t('options.sites.heading')}</h2>
      <h3>{t('options.sites.supported')}</h3>
      <ul class="sites" data-testid="sites-supported">
        {SITES.map((site) => (
          <li key={site.id}>
            <strong>{site.name}</strong> <span class="hint">{site.hosts.join(', ')}</span>
          </li>
        ))}
      </ul>
      <h3>{t('options.sites.custom')}</h3>
      {custom === undefined ? (
        <p>{t('options.loading')}</p>
      ) : custom.length === 0 ? (
        <p data-testid="sites-custom-empty">{t('options.sites.customNone')}</p>
      ) : (
        <ul class="sites" data-testid="sites-custom">
          {custom.map((origin) => {
            const host = new URL(origin).hostname;
            return (
              <li key={origin}>
                <span>{host}</span>{' '}
                <button type="button" data-testid={`custom-site-remove-${host}`} onClick={() => void remove(origin)}>
                  {t('options.sites.remove')}
                  <span class="visually-hidden"> {host}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('options.sites.paused')}</h3>
      <ManagedMarker settingKey="sites" />
      {paused.length === 0 ? (
        <p data-testid="sites-paused-empty">{t('options.sites.pausedNone')}</p>
      ) : (
        <ul class="sites" data-testid="sites-paused">
          {paused.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              {canResume && (
                <button type="button" data-testid={`paused-site-resume-${host}`} onClick={() => void resume(host)}>
                  {t('options.sites.resume')}
                  <span class="visually-hidden"> {host}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <StatusLine status={status} testId="sites-status" />
    </section>
  );
}
