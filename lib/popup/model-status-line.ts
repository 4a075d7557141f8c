import { t } from '../ui/i18n.ts';

/**
 * The popup's one line about the models, from the background's untrusted answer: which are ready,
 * which wait for their first scan (sessions are created lazily), and which are unavailable — the
 * scan then runs on the rules alone, and the user should know.
 */
export function describeModels(value: unknown): string {
  if (!Array.isArray(value)) return t('popup.models.unknown');
  const active = value.filter(
    (status): status is { id: string; state: string; reason?: unknown } =>
      typeof status === 'object' && status !== null && typeof status.id === 'string' && typeof status.state === 'string' && status.role !== 'shadow',
  );
  if (active.length === 0) return t('popup.models.none');
  const unavailable = active.filter((status) => status.state === 'unavailable');
  if (unavailable.length > 0) {
    return t('popup.models.unavailable', { ids: unavailable.map((status) => status.id).join(', ') });
  }
  const ready = active.filter((status) => status.state === 'ready').length;
  return ready === active.length
    ? t('popup.models.ready', { count: ready })
    : t('popup.models.loading', { count: active.length, ready });
}
