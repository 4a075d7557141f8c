import { t } from '../../lib/ui/i18n.ts';
import type { SettingKey } from '../../lib/settings/user-settings.ts';
import { useOptions } from './options-context.ts';

/** "Managed by your organization" next to a setting an admin set: text and an icon, never colour alone. */
export function ManagedMarker({ settingKey }: { settingKey: SettingKey }) {
  const { isLocked } = useOptions();
  if (!isLocked(settingKey)) return null;
  return (
    <p class="managed" data-testid={`managed-${settingKey}`}>
      <span aria-hidden="true">🔒 </span>
      {t('options.managed')}
    </p>
  );
}
