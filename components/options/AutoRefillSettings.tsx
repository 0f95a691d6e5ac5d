import { useEffect, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { AUTO_REFILL_BOUNDS, clampAutoRefillKnobs, type AutoRefillKnobs } from '@/utils/orders/auto-refill-knobs';
import { AUTO_REFILL_LABEL } from '@/utils/orders/auto-refill-settings';
import type { Settings } from '@/utils/settings';
import { asksInLastDay } from '@/utils/orders/auto-refill';
import { panelRefillState } from '@/utils/tracker-state/auto-refill-state';
import { formatDateTime } from '@/utils/format';

export interface AutoRefillActions {
  choosePanel: (panelId: string, on: boolean) => Promise<void>;
  resume: (panelId: string) => Promise<void>;
}

type Texts = Record<'intervalHours' | 'dailyCapPerPanel' | 'stopAfterRejections' | 'remindDaysBefore', string>;
const textsOf = (k: AutoRefillKnobs): Texts => ({ intervalHours: String(k.intervalHours), dailyCapPerPanel: String(k.dailyCapPerPanel), stopAfterRejections: String(k.stopAfterRejections), remindDaysBefore: String(k.remindDaysBefore) });

const FIELDS: { key: keyof Texts; label: string; help: string; whole: boolean }[] = [
  { key: 'intervalHours', label: 'Hours between two refill asks for one order', help: 'Default 24, never below the panel’s own limit when it states one.', whole: false },
  { key: 'dailyCapPerPanel', label: 'Refill asks per panel per day, at most', help: 'Default 50. Orders that waited longest go first.', whole: true },
  { key: 'stopAfterRejections', label: 'Stop after this many rejections in a row', help: 'Default 3. Auto-refill stops on that panel until you resume it here.', whole: true },
];

/** The knobs as numbers, or the first field's problem in words that say what to do. */
function readKnobs(texts: Texts, remind: boolean): { ok: true; knobs: AutoRefillKnobs } | { ok: false; message: string } {
  const knobs = { remindBeforeClose: remind } as AutoRefillKnobs;
  for (const { key, label, whole } of [...FIELDS, { key: 'remindDaysBefore' as const, label: 'Days before the window closes', whole: true }]) {
    const n = Number(texts[key].trim().replace(',', '.'));
    const { min, max } = AUTO_REFILL_BOUNDS[key];
    if (texts[key].trim() === '' || !Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < min || n > max) {
      return { ok: false, message: `${label}: enter ${whole ? 'a whole number' : 'a number'} from ${+min.toFixed(4)} to ${max}. Your saved settings are kept.` };
    }
    knobs[key] = n;
  }
  return { ok: true, knobs: clampAutoRefillKnobs(knobs) };
}

/** "Auto-refill while the guarantee lasts": per-panel switches, stopped panels with Resume, and the knobs. */
export function AutoRefillSettings({ settings, actions, onSave }: { settings: Settings; actions: AutoRefillActions; onSave: (s: Settings) => Promise<void> }) {
  const panels = useApp((s) => s.panels);
  const choices = useApp((s) => s.autoRefillChoices);
  const state = useApp((s) => s.autoRefill);
  const [texts, setTexts] = useState(textsOf(settings.autoRefill));
  const [remind, setRemind] = useState(settings.autoRefill.remindBeforeClose);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setTexts(textsOf(settings.autoRefill));
    setRemind(settings.autoRefill.remindBeforeClose);
  }, [settings.autoRefill]);
  const now = Date.now();

  const submit = async (e: Event) => {
    e.preventDefault();
    const read = readKnobs(texts, remind);
    if (!read.ok) return setMessage({ ok: false, text: read.message });
    await onSave({ ...settings, autoRefill: read.knobs });
    setMessage({ ok: true, text: 'Auto-refill settings saved.' });
  };

  return (
    <section id="auto-refill" aria-labelledby="auto-refill-title" class="auto-refill">
      <h2 id="auto-refill-title">Auto-refill</h2>
      <p class="muted small">
        {AUTO_REFILL_LABEL}: PanelPilot asks the panel for a refill of each completed order while its refill window is open, and follows each refill to its end. Off unless turned on for a panel here, or for a service or an order on the Orders page.
      </p>
      {panels.length === 0 ? <p class="muted small">Add a panel first.</p> : null}
      <ul class="panel-list" aria-label="Auto-refill per panel">
        {panels.map((panel) => {
          const on = Object.hasOwn(choices.panels, panel.id) && choices.panels[panel.id] === true;
          const ps = panelRefillState(state, panel.id);
          const today = asksInLastDay(ps, now).length;
          return (
            <li key={panel.id} class="panel-card">
              <label class="check">
                <input type="checkbox" checked={on} onChange={(e) => void actions.choosePanel(panel.id, (e.target as HTMLInputElement).checked)} />
                Auto-refill every order on {panel.name}
              </label>
              <span class="muted small">
                {today} of {settings.autoRefill.dailyCapPerPanel} asks in the last 24 hours
                {ps.limitMs ? ` · the panel allows one refill per order every ${Math.round(ps.limitMs / 3_600_000)} h` : ''}
              </span>
              {ps.stopped ? (
                <div class="notice warn small row" role="alert">
                  <span class="grow">
                    {ps.stopped.reason} <span class="muted">({formatDateTime(ps.stopped.at)})</span>
                  </span>
                  <button type="button" onClick={() => void actions.resume(panel.id)} aria-label={`Resume auto-refill on ${panel.name}`}>
                    Resume
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit} aria-label="Auto-refill settings" noValidate class="auto-refill-form">
        {FIELDS.map(({ key, label, help }) => (
          <div class="field" key={key}>
            <label for={`auto-refill-${key}`}>{label}</label>
            <input id={`auto-refill-${key}`} class="num short" inputMode="decimal" value={texts[key]} aria-describedby={`auto-refill-${key}-help`} onInput={(e) => setTexts({ ...texts, [key]: (e.target as HTMLInputElement).value })} />
            <span id={`auto-refill-${key}-help`} class="field-help">
              {help}
            </span>
          </div>
        ))}
        <label class="check">
          <input type="checkbox" checked={remind} onChange={(e) => setRemind((e.target as HTMLInputElement).checked)} />
          Remind me before a refill window closes (orders that never had a refill)
        </label>
        <div class="field">
          <label for="auto-refill-remindDaysBefore">Days before the window closes</label>
          <input id="auto-refill-remindDaysBefore" class="num short" inputMode="numeric" value={texts.remindDaysBefore} disabled={!remind} onInput={(e) => setTexts({ ...texts, remindDaysBefore: (e.target as HTMLInputElement).value })} />
        </div>
        {message && (
          <p class={`notice ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit">Save auto-refill settings</button>
      </form>
    </section>
  );
}
