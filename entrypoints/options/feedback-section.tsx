import { useEffect, useState } from 'preact/hooks';
import { readFeedbackRows, type FeedbackRow } from '../../lib/options/feedback-rows.ts';
import { currentLocale, t } from '../../lib/ui/i18n.ts';
import { useOptions } from './options-context.ts';
import { StatusLine, type Status } from './status-line.tsx';

/** The longest "missed attack" report accepted here (the background enforces its own limit too). */
const MAX_REPORT_CHARS = 4_000;

/**
 * The vector guard's local exemplars from the user's reports: list, delete (with undo), and a box
 * to report an attack Rampart missed. Exemplars are vectors only; the report's text goes to the
 * background once, to be embedded, and is not kept.
 */
export function FeedbackSection() {
  const { ask } = useOptions();
  const [rows, setRows] = useState<FeedbackRow[] | undefined>(undefined);
  const [canUndo, setCanUndo] = useState(false);
  const [report, setReport] = useState('');
  const [status, setStatus] = useState<Status>(undefined);
  const refresh = async () => {
    const answer = await ask('page:feedback-list');
    setRows(answer.ok ? readFeedbackRows(answer.value) : []);
    if (!answer.ok) setStatus({ kind: 'error', text: t('options.feedback.unavailable', { reason: answer.error }) });
  };
  useEffect(() => void refresh(), []);

  const remove = async (id: string) => {
    const answer = await ask('page:feedback-delete', { id });
    if (!answer.ok) return setStatus({ kind: 'error', text: t('options.feedback.failed', { reason: answer.error }) });
    setCanUndo(true);
    setStatus({ kind: 'ok', text: t('options.feedback.deleted') });
    await refresh();
  };
  const undo = async () => {
    const answer = await ask('page:feedback-undo');
    setCanUndo(false);
    setStatus(answer.ok ? { kind: 'ok', text: t('options.feedback.restored') } : { kind: 'error', text: t('options.feedback.failed', { reason: answer.error }) });
    await refresh();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const text = report.trim();
    if (text === '') return setStatus({ kind: 'error', text: t('options.feedback.reportEmpty') });
    const answer = await ask('page:feedback-report', { text, label: 'attack' });
    if (answer.ok) setReport('');
    setStatus(answer.ok ? { kind: 'ok', text: t('options.feedback.reported') } : { kind: 'error', text: t('options.feedback.failed', { reason: answer.error }) });
    if (answer.ok) await refresh();
  };
  const dateFormat = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="feedback-heading" data-testid="feedback-section">
      <h2 id="feedback-heading">{t('options.feedback.heading')}</h2>
      <p class="hint">{t('options.feedback.intro')}</p>
      {rows === undefined ? (
        <p>{t('options.loading')}</p>
      ) : rows.length === 0 ? (
        <p data-testid="feedback-empty">{t('options.feedback.none')}</p>
      ) : (
        <ul class="feedback" data-testid="feedback-list">
          {rows.map((row) => (
            <li key={row.id} data-testid={`feedback-${row.id}`}>
              <span>{t(row.label === 'attack' ? 'options.feedback.attack' : 'options.feedback.fine')}</span> <time dateTime={new Date(row.createdAt).toISOString()}>{dateFormat.format(row.createdAt)}</time>{' '}
              <span class="hint">{row.embedderId}</span>{' '}
              <button type="button" data-testid={`feedback-delete-${row.id}`} onClick={() => void remove(row.id)}>
                {t('options.feedback.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {canUndo && (
        <button type="button" data-testid="feedback-undo" onClick={() => void undo()}>
          {t('options.feedback.undo')}
        </button>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <label for="feedback-report">{t('options.feedback.reportLabel')}</label>
        <span class="hint block" id="feedback-report-hint">
          {t('options.feedback.reportHint')}
        </span>
        <textarea
          id="feedback-report"
          rows={3}
          maxLength={MAX_REPORT_CHARS}
          value={report}
          aria-describedby="feedback-report-hint"
          data-testid="feedback-report-text"
          onInput={(event) => setReport((event.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit" data-testid="feedback-report-submit">
          {t('options.feedback.report')}
        </button>
      </form>
      <StatusLine status={status} testId="feedback-status" />
    </section>
  );
}
