import { useEffect, useState } from 'preact/hooks';
import type { ParentView as ParentViewData } from '../../../lib/kids/kids-routes.ts';
import { alertRow, kidsErrorText, weeklyRows } from '../../../lib/kids/parent-view-rows.ts';
import { currentLocale, t } from '../../../lib/ui/i18n.ts';
import type { KidsSend } from './kids-client.ts';

/**
 * Behind the PIN: the alerts (newest first) and the weekly counts by category. There is nothing
 * more to show — no transcripts are kept — and the page says so, so a parent knows what to expect.
 */
export function ParentView({ send, token, onError }: { send: KidsSend; token: string; onError: (error: string) => void }) {
  const [data, setData] = useState<ParentViewData | undefined>();
  const [failed, setFailed] = useState<string | undefined>();

  useEffect(() => {
    void send('page:parent-view', { token }).then((answer) => {
      if (answer.ok) setData(answer.value as ParentViewData);
      else {
        setFailed(kidsErrorText(answer.error));
        onError(answer.error);
      }
    });
  }, [send, token]);

  const time = (at: number) => new Date(at).toLocaleString(currentLocale());

  if (failed) return <p class="error" role="alert">{failed}</p>;
  if (!data) return <p role="status">{t('kids.loading')}</p>;
  const rows = weeklyRows(data.weekly);

  return (
    <section class="parent-view" aria-labelledby="kids-parent-title" data-testid="parent-view">
      <h3 id="kids-parent-title">{t('kids.parent.title')}</h3>
      <p class="hint">{t('kids.parent.privacy')}</p>
      <h4>{t('kids.parent.alerts')}</h4>
      {data.alerts.length === 0 ? (
        <p data-testid="parent-no-alerts">{t('kids.parent.noAlerts')}</p>
      ) : (
        <ul class="alerts" data-testid="parent-alerts">
          {data.alerts.map((alert) => {
            const row = alertRow(alert);
            return (
              <li key={`${alert.at}-${alert.kind}`} data-kind={alert.kind}>
                <time dateTime={new Date(alert.at).toISOString()}>{time(alert.at)}</time>: <strong>{row.kind}</strong>
                {row.detail ? ` (${row.detail})` : ''}
              </li>
            );
          })}
        </ul>
      )}
      <h4>{t('kids.parent.weekly')}</h4>
      {rows.length === 0 ? (
        <p data-testid="parent-no-weekly">{t('kids.parent.noWeekly')}</p>
      ) : (
        <table class="weekly" data-testid="parent-weekly">
          <caption>{t('kids.parent.weeklyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kids.parent.week')}</th>
              <th scope="col">{t('kids.parent.category')}</th>
              <th scope="col">{t('kids.parent.blocked')}</th>
              <th scope="col">{t('kids.parent.warned')}</th>
              <th scope="col">{t('kids.parent.redacted')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.week}-${row.category}`}>
                <th scope="row">{row.week}</th>
                <td>{row.category}</td>
                <td>{row.blocked}</td>
                <td>{row.warned}</td>
                <td>{row.redacted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
