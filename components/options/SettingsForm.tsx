import { useEffect, useState } from 'preact/hooks';
import { parseQuantity } from '@/utils/orders/quantity';
import { clampPollInterval, MAX_POLL_INTERVAL_SEC, type NotifySettings, type Settings } from '@/utils/settings';

const NOTIFY_LABELS: [keyof NotifySettings, string][] = [
  ['completed', 'Order completed'],
  ['partial', 'Order partially delivered'],
  ['canceled', 'Order canceled or refunded'],
  ['failed', 'Order failed'],
  ['refill', 'Refill finished'],
  ['lowBalance', 'Balance under the warning level'],
  ['autoRefill', 'Auto-refill rejected or stopped'],
  ['catalogChanges', 'A service I order changed its price or terms, or was removed'],
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
    const kept = `Your setting of ${settings.pollIntervalSec} s is kept.`;
    const read = parseQuantity(interval, 'The interval');
    if (!read.ok) return setMessage({ ok: false, text: `${read.message} ${kept}` });
    // The one settings rule (utils/settings.ts), which restore applies too.
    const seconds = read.value;
    if (clampPollInterval(seconds, minInterval) !== seconds) {
      const why = seconds < minInterval ? `Check at most every ${minInterval} seconds: the browser does not wake extensions more often.` : `Check at least once a day (every ${MAX_POLL_INTERVAL_SEC.toLocaleString('en-US')} seconds).`;
      return setMessage({ ok: false, text: `${why} ${kept}` });
    }
    await onSave({ ...settings, pollIntervalSec: seconds, notify });
    setMessage({ ok: true, text: 'Settings saved.' });
  };

  return (
    <form onSubmit={submit} aria-labelledby="settings-title" noValidate>
      <h2 id="settings-title">Tracking and notifications</h2>
      <div class="field">
        <label for="poll-interval">Check order status every (seconds)</label>
        <input id="poll-interval" class="num short" inputMode="numeric" value={interval} onInput={(e) => setInterval((e.target as HTMLInputElement).value)} aria-describedby="poll-help" />
        <span id="poll-help" class="field-help">
          Default 120. At least {minInterval}. Status is asked in batches of 100 orders per request.
        </span>
      </div>
      <fieldset>
        <legend>Notify me when</legend>
        {NOTIFY_LABELS.map(([key, label]) => (
          <label key={key} class="check">
            <input type="checkbox" checked={notify[key]} onChange={(e) => setNotify({ ...notify, [key]: (e.target as HTMLInputElement).checked })} />
            {label}
          </label>
        ))}
      </fieldset>
      {message && (
        <p class={`notice ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit">Save settings</button>
    </form>
  );
}
