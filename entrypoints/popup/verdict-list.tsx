import { useState } from 'preact/hooks';
import type { VerdictSummary } from '../../lib/messaging/verdict-summary.ts';
import { verdictRows, type VerdictRow } from '../../lib/popup/verdict-rows.ts';
import { t } from '../../lib/ui/i18n.ts';

/**
 * One verdict: the summary line is a button (keyboard and screen readers reach it; aria-expanded
 * says whether the details are open), what matched is always visible, the details on demand.
 * The details stay in the DOM, hidden, so aria-controls always names an element.
 */
function VerdictItem({ row, index }: { row: VerdictRow; index: number }) {
  const [open, setOpen] = useState(false);
  const detailsId = `verdict-details-${index}`;
  const { details } = row;
  return (
    <li data-action={row.action} data-testid="verdict-row">
      <button type="button" class="row" aria-expanded={open} aria-controls={detailsId} data-testid="verdict-toggle" onClick={() => setOpen(!open)}>
        <span class="meta">
          <time>{row.time}</time>
          <span>{row.direction}</span>
          <span class={`action action-${row.action}`}>{row.actionText}</span>
        </span>
        {row.categories.length > 0 && <span class="categories">{row.categories.join(', ')}</span>}
      </button>
      {row.matched.length > 0 && (
        <p class="matched" data-testid="verdict-matched">
          {row.matched.join(' · ')}
        </p>
      )}
      <div id={detailsId} class="details" data-testid="verdict-details" hidden={!open}>
        <p class="label">{t('popup.details.rules')}</p>
        {details.rules.length === 0 ? (
          <p>{t('popup.details.noRules')}</p>
        ) : (
          details.rules.map((rule) => (
            <p key={rule.id} class="rule" data-testid="verdict-rule">
              <code>{rule.id}</code>
              {rule.message && <> — {rule.message}</>}
            </p>
          ))
        )}
        <p>{t('popup.details.risk', { risk: details.riskPercent })}</p>
        <p>{t('popup.details.latency', { ms: details.latencyMs })}</p>
        {details.cache && <p data-testid="verdict-cache">{details.cache}</p>}
        {details.failedDetectors.length > 0 && <p>{t('popup.details.failed', { ids: details.failedDetectors.join(', ') })}</p>}
        {details.profileId && <p>{t('popup.details.profile', { id: details.profileId })}</p>}
      </div>
    </li>
  );
}

export function VerdictList({ verdicts, ruleMessages }: { verdicts: VerdictSummary[]; ruleMessages?: Record<string, string> }) {
  const rows = verdictRows(verdicts, ruleMessages);
  if (rows.length === 0) {
    return <p data-testid="empty">{t('popup.noVerdicts')}</p>;
  }
  return (
    <ol data-testid="verdicts" aria-label={t('popup.verdictsLabel')}>
      {rows.map((row, index) => (
        <VerdictItem key={row.key} row={row} index={index} />
      ))}
    </ol>
  );
}
