import { useEffect, useState } from 'preact/hooks';
import { parseQuantity } from '@/utils/orders/quantity';
import { clampPollInterval, MAX_POLL_INTERVAL_SEC, type NotifySettings, type Settings } from '@/utils/settings';
import { plural, t } from '@/utils/i18n/messages';
import type { MessageKey } from '@/utils/i18n/keys';

const NOTIFY_LABELS: [keyof NotifySettings, MessageKey][] = [
  ['completed', 'options_notifyCompleted'],
  ['partial', 'options_notifyPartial'],
  ['canceled', 'options_notifyCanceled'],
  ['failed', 'options_notifyFailed'],
  ['refill', 'options_notifyRefill'],
  ['lowBalance', 'options_notifyLowBalance'],
  ['autoRefill', 'options_notifyAutoRefill'],
  ['catalogChanges', 'options_notifyCatalogChanges'],
];

export function SettingsForm({ settings, minInterval, onSave }: { settings: Settings; minInterval: number; onSave: (s: Settings) => Promise<void> }) {
  const [interval, setInterval] = useState(String(settings.pollIntervalSec));
  const [notify, setNotify] = useState(settings.notify);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setInterval(String(settings.pollIntervalSec));
    setNotify(settings.notify);
  }, [settings]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const kept = t('options_intervalKept', settings.pollIntervalSec);
    const read = parseQuantity(interval, t('options_intervalName'));
    if (!read.ok) return setMessage({ ok: false, text: `${read.message} ${kept}` });
    // The one settings rule (utils/settings.ts), which restore applies too.
    const seconds = read.value;
    if (clampPollInterval(seconds, minInterval) !== seconds) {
      const why = seconds < minInterval ? plural('options_intervalTooShort', minInterval) : plural('options_intervalTooLong', MAX_POLL_INTERVAL_SEC);
      return setMessage({ ok: false, text: `${why} ${kept}` });
    }
    await onSave({ ...settings, pollIntervalSec: seconds, notify });
    setMessage({ ok: true, text: t('options_settingsSaved') });
  };

  return (
    <form onSubmit={submit} aria-labelledby="settings-title" noValidate>
      <h2 id="settings-title">{t('options_trackingTitle')}</h2>
      <div class="field">
        <label for="poll-interval">{t('options_pollLabel')}</label>
        <input id="poll-interval" class="num short" inputMode="numeric" value={interval} onInput={(e) => setInterval((e.target as HTMLInputElement).value)} aria-describedby="poll-help" />
        <span id="poll-help" class="field-help">
          {t('options_pollHelp', minInterval)}
        </span>
      </div>
      <fieldset>
        <legend>{t('options_notifyLegend')}</legend>
        {NOTIFY_LABELS.map(([key, label]) => (
          <label key={key} class="check">
            <input type="checkbox" checked={notify[key]} onChange={(e) => setNotify({ ...notify, [key]: (e.target as HTMLInputElement).checked })} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {message && (
        <p class={`notice ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit">{t('options_saveSettings')}</button>
    </form>
  );
}
