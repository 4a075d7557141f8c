import { useState } from 'preact/hooks';
import { readPickedFile, saveTextFile } from '../../lib/adapters/options/save-file.ts';
import { readEffective } from '../../lib/options/settings-answer.ts';
import { checkSettingsFile, MAX_SETTINGS_FILE_BYTES, settingsFileName } from '../../lib/options/settings-file.ts';
import { t } from '../../lib/ui/i18n.ts';
import { useOptions } from './options-context.ts';
import { StatusLine, type Status } from './status-line.tsx';

/** Settings to and from a JSON file (Kids PIN material is never part of it). Nothing changes on a bad file. */
export function ImportExportSection({ onEffective }: { onEffective: (value: unknown) => void }) {
  const { ask } = useOptions();
  const [status, setStatus] = useState<Status>(undefined);

  const exportSettings = async () => {
    const answer = await ask('page:settings-export');
    const json = answer.ok && typeof answer.value === 'object' && answer.value !== null ? (answer.value as { json?: unknown }).json : undefined;
    if (typeof json !== 'string') return setStatus({ kind: 'error', text: t('options.file.exportFailed', { reason: answer.ok ? t('options.error.noAnswer') : answer.error }) });
    saveTextFile(json, settingsFileName(Date.now()));
    setStatus({ kind: 'ok', text: t('options.file.exported') });
  };

  const importSettings = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const sized = checkSettingsFile(file.size);
    if (!sized.ok) return setStatus({ kind: 'error', text: t(`options.file.${sized.error}`, { max: `${MAX_SETTINGS_FILE_BYTES / 1_000_000} MB` }) });
    const text = await readPickedFile(file, MAX_SETTINGS_FILE_BYTES).catch(() => undefined);
    const checked = checkSettingsFile(file.size, text ?? '');
    if (!checked.ok) return setStatus({ kind: 'error', text: t(`options.file.${checked.error}`, { max: `${MAX_SETTINGS_FILE_BYTES / 1_000_000} MB` }) });
    const answer = await ask('page:settings-import', { json: checked.value });
    if (answer.ok && readEffective(answer.value).ok) {
      onEffective(answer.value);
      setStatus({ kind: 'ok', text: t('options.file.imported') });
    } else {
      setStatus({ kind: 'error', text: t('options.file.importFailed', { reason: answer.ok ? t('options.error.noAnswer') : answer.error }) });
    }
  };

  return (
    <section aria-labelledby="file-heading" data-testid="file-section">
      <h2 id="file-heading">{t('options.file.heading')}</h2>
      <p class="hint">{t('options.file.intro')}</p>
      <div class="row-actions">
        <button type="button" data-testid="settings-export" onClick={() => void exportSettings()}>
          {t('options.file.export')}
        </button>
        <label class="file-button">
          {t('options.file.import')}
          <input type="file" accept="application/json,.json" data-testid="settings-import" onChange={(event) => void importSettings(event.currentTarget as HTMLInputElement)} />
        </label>
      </div>
      <StatusLine status={status} testId="file-status" />
    </section>
  );
}
