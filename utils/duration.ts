import { t } from './i18n/messages';

/** "45 min", "3 h", "2 d": how long something usually takes, rounded for reading, in the reader's language. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return t('quickOrder_durationMinutes', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('quickOrder_durationHours', hours);
  return t('quickOrder_durationDays', Math.round(hours / 24));
}
