import { useEffect, useState } from 'preact/hooks';
import { saveTextFile } from '../../lib/adapters/options/save-file.ts';
import { readAuditRows, readChainCheck, readExportFile, readForwardingStatus, type AuditRow, type ForwardingStatus } from '../../lib/options/audit-rows.ts';
import { currentLocale, t } from '../../lib/ui/i18n.ts';
import { categoryLabel } from '../../lib/ui/labels.ts';
import { useOptions } from './options-context.ts';
import { StatusLine, type Status } from './status-line.tsx';

const LIST_LIMIT = 50;

/** The tamper-evident record of decisions: the latest entries, export, chain check and forwarding state. */
export function AuditSection() {
  const { ask, featureOn } = useOptions();
  const [rows, setRows] = useState<AuditRow[] | undefined>(undefined);
  const [forwarding, setForwarding] = useState<ForwardingStatus | undefined>(undefined);
  const [verify, setVerify] = useState<Status>(undefined);
  const [status, setStatus] = useState<Status>(undefined);
  useEffect(() => {
    void ask('page:audit-list', { limit: LIST_LIMIT }).then((answer) => {
      setRows(answer.ok ? readAuditRows(answer.value) : []);
      if (!answer.ok) setStatus({ kind: 'error', text: t('options.audit.unavailable', { reason: answer.error }) });
    });
    void ask('page:audit-forwarding').then((answer) => setForwarding(answer.ok ? readForwardingStatus(answer.value) : undefined));
  }, []);

  const exportAs = async (format: 'jsonl' | 'csv') => {
    const answer = await ask('page:audit-export', { format });
    const file = answer.ok ? readExportFile(answer.value) : undefined;
    if (!file) return setStatus({ kind: 'error', text: t('options.audit.exportFailed', { reason: answer.ok ? t('options.error.noAnswer') : answer.error }) });
    saveTextFile(file.text, file.filename, format === 'csv' ? 'text/csv' : 'application/x-ndjson');
    setStatus({ kind: 'ok', text: t('options.audit.exported', { filename: file.filename }) });
  };
  const verifyChain = async () => {
    setVerify({ kind: 'ok', text: t('options.audit.verifying') });
    const answer = await ask('page:audit-verify');
    const check = answer.ok ? readChainCheck(answer.value) : undefined;
    if (!check) return setVerify({ kind: 'error', text: t('options.audit.verifyFailed', { reason: answer.ok ? t('options.error.noAnswer') : answer.error }) });
    setVerify(
      check.ok
        ? { kind: 'ok', text: t('options.audit.chainIntact', { checked: check.checked }) }
        : { kind: 'error', text: t('options.audit.chainBroken', { checked: check.checked, seq: check.brokenAt ?? '?' }) },
    );
  };
  const timeFormat = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'short', timeStyle: 'medium' });

  return (
    <section aria-labelledby="audit-heading" data-testid="audit-section">
      <h2 id="audit-heading">{t('options.audit.heading')}</h2>
      <p class="hint">{t('options.audit.intro')}</p>
      <div class="row-actions">
        {featureOn('auditExport') && (
          <>
            <button type="button" data-testid="audit-export-jsonl" onClick={() => void exportAs('jsonl')}>
              {t('options.audit.exportJsonl')}
            </button>
            <button type="button" data-testid="audit-export-csv" onClick={() => void exportAs('csv')}>
              {t('options.audit.exportCsv')}
            </button>
          </>
        )}
        <button type="button" data-testid="audit-verify" onClick={() => void verifyChain()}>
          {t('options.audit.verify')}
        </button>
      </div>
      <StatusLine status={verify} testId="audit-verify-result" />
      <p data-testid="audit-forwarding">
        {forwarding === undefined
          ? t('options.audit.forwardingUnknown')
          : forwarding.configured
            ? t('options.audit.forwardingOn', { sent: forwarding.sent, pending: forwarding.pending, dropped: forwarding.dropped })
            : t('options.audit.forwardingOff')}
        {forwarding?.lastError ? ` ${t('options.audit.forwardingError', { error: forwarding.lastError })}` : ''}
      </p>
      <h3>{t('options.audit.recent', { count: LIST_LIMIT })}</h3>
      {rows === undefined ? (
        <p>{t('options.loading')}</p>
      ) : rows.length === 0 ? (
        <p data-testid="audit-empty">{t('options.audit.none')}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="audit-list">
            <caption class="visually-hidden">{t('options.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('options.audit.time')}</th>
                <th scope="col">{t('options.audit.site')}</th>
                <th scope="col">{t('options.audit.direction')}</th>
                <th scope="col">{t('options.audit.action')}</th>
                <th scope="col">{t('options.audit.categories')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.seq} data-testid={`audit-row-${row.seq}`}>
                  <td>{row.seq}</td>
                  <td>
                    <time dateTime={new Date(row.at).toISOString()}>{timeFormat.format(row.at)}</time>
                  </td>
                  <td>{row.site}</td>
                  <td>{row.direction ? t(`options.audit.direction.${row.direction}`) : ''}</td>
                  <td>
                    {row.action ? t(`options.action.${row.action}`) : ''}
                    {row.override ? ` (${row.override})` : ''}
                  </td>
                  <td>{row.categories.map(categoryLabel).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StatusLine status={status} testId="audit-status" />
    </section>
  );
}
