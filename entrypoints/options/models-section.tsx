import { useEffect, useState } from 'preact/hooks';
import { readModelRows, type ModelRow } from '../../lib/options/model-rows.ts';
import { describeModels } from '../../lib/popup/model-status-line.ts';
import { t } from '../../lib/ui/i18n.ts';
import { useOptions } from './options-context.ts';

/** Which models check the text, their versions, and whether they are loaded (else: rules only). */
export function ModelsSection() {
  const { ask } = useOptions();
  const [state, setState] = useState<{ line: string; rows: ModelRow[] } | undefined>(undefined);
  useEffect(() => {
    void ask('popup:models').then((answer) => setState({ line: describeModels(answer.ok ? answer.value : undefined), rows: answer.ok ? readModelRows(answer.value) : [] }));
  }, []);
  return (
    <section aria-labelledby="models-heading" data-testid="models-section">
      <h2 id="models-heading">{t('options.models.heading')}</h2>
      {state === undefined ? (
        <p>{t('options.loading')}</p>
      ) : (
        <>
          <p data-testid="model-status">{state.line}</p>
          {state.rows.length > 0 && (
            <div class="table-wrap">
              <table data-testid="model-versions">
                <caption class="visually-hidden">{t('options.models.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('options.models.id')}</th>
                    <th scope="col">{t('options.models.version')}</th>
                    <th scope="col">{t('options.models.role')}</th>
                    <th scope="col">{t('options.models.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.rows.map((row) => (
                    <tr key={`${row.id}@${row.version}`}>
                      <th scope="row">{row.id}</th>
                      <td>{row.version}</td>
                      <td>{t(row.role === 'shadow' ? 'options.models.shadow' : 'options.models.active')}</td>
                      <td>
                        {row.state}
                        {row.reason ? ` (${row.reason})` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
