import { useState } from 'preact/hooks';
import { ACTIONS, type Action } from '../../lib/core/action.ts';
import type { Category } from '../../lib/core/category.ts';
import { categoryRows, withCategoryChange, type CategoryChange } from '../../lib/options/category-rows.ts';
import { PROFILES } from '../../lib/policy/profiles.ts';
import { SENSITIVITIES } from '../../lib/settings/user-settings.ts';
import { t } from '../../lib/ui/i18n.ts';
import { categoryLabel } from '../../lib/ui/labels.ts';
import { ManagedMarker } from './managed-marker.tsx';
import { useOptions } from './options-context.ts';
import { StatusLine, type Status } from './status-line.tsx';

const thresholdsText = (thresholds: Array<{ action: Action; minRisk: number }>): string =>
  thresholds.length === 0 ? t('options.categories.profileNone') : thresholds.map(({ action, minRisk }) => t('options.categories.threshold', { action: t(`options.action.${action}`), risk: minRisk })).join(', ');

/** Per category: replace the profile's action, and make it act earlier or later. */
export function CategoriesSection() {
  const { view, isLocked, save } = useOptions();
  const [status, setStatus] = useState<Status>(undefined);
  const locked = isLocked('categories');
  const settings = view.effective.settings;
  const rows = categoryRows(settings.categories, PROFILES[settings.profile]);

  const change = async (category: Category, update: CategoryChange) => {
    const saved = await save({ categories: withCategoryChange(settings.categories, category, update) });
    setStatus(saved.ok ? { kind: 'ok', text: t('options.savedCategory', { category: categoryLabel(category) }) } : { kind: 'error', text: t('options.notSaved', { reason: saved.error }) });
  };

  return (
    <section aria-labelledby="categories-heading" data-testid="categories-section">
      <h2 id="categories-heading">{t('options.categories.heading')}</h2>
      <p class="hint">{t('options.categories.intro')}</p>
      <ManagedMarker settingKey="categories" />
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t('options.categories.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options.categories.category')}</th>
              <th scope="col">{t('options.categories.action')}</th>
              <th scope="col">{t('options.categories.sensitivity')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.category} data-testid={`category-row-${row.category}`}>
                <th scope="row" id={`cat-${row.category}`}>
                  {categoryLabel(row.category)}
                  <span class="hint block">{t('options.categories.profileDoes', { thresholds: thresholdsText(row.profileThresholds) })}</span>
                </th>
                <td>
                  <select
                    aria-label={t('options.categories.actionFor', { category: categoryLabel(row.category) })}
                    disabled={locked}
                    value={row.action}
                    data-testid={`category-action-${row.category}`}
                    onChange={(event) => void change(row.category, { action: (event.currentTarget as HTMLSelectElement).value as Action | 'default' })}
                  >
                    <option value="default">{t('options.categories.profileDefault')}</option>
                    {ACTIONS.map((action) => (
                      <option key={action} value={action}>
                        {t(`options.action.${action}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={t('options.categories.sensitivityFor', { category: categoryLabel(row.category) })}
                    disabled={locked}
                    value={row.sensitivity}
                    data-testid={`category-sensitivity-${row.category}`}
                    onChange={(event) => void change(row.category, { sensitivity: (event.currentTarget as HTMLSelectElement).value as (typeof SENSITIVITIES)[number] })}
                  >
                    {SENSITIVITIES.map((sensitivity) => (
                      <option key={sensitivity} value={sensitivity}>
                        {t(`options.sensitivity.${sensitivity}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StatusLine status={status} testId="categories-status" />
    </section>
  );
}
