import type { VerdictSummary } from '../../lib/messaging/verdict-summary.ts';
import { verdictRows } from '../../lib/popup/verdict-rows.ts';
import { t } from '../../lib/ui/i18n.ts';

export function VerdictList({ verdicts }: { verdicts: VerdictSummary[] }) {
  const rows = verdictRows(verdicts);
  if (rows.length === 0) {
    return <p data-testid="empty">{t('popup.noVerdicts')}</p>;
  }
  return (
    <ol data-testid="verdicts" aria-label={t('popup.verdictsLabel')}>
      {rows.map((row) => (
        <li key={row.key} data-action={row.action}>
          <div class="meta">
            <time>{row.time}</time>
            <span>{row.direction}</span>
            <span class={`action action-${row.action}`}>{row.actionText}</span>
          </div>
          {row.categories.length > 0 && <div>{row.categories.join(', ')}</div>}
          {row.ruleIds.length > 0 && <div class="rules">{row.ruleIds.join(', ')}</div>}
        </li>
      ))}
    </ol>
  );
}
