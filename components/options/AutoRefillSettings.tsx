import { useEffect, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { AUTO_REFILL_BOUNDS, clampAutoRefillKnobs, type AutoRefillKnobs } from '@/utils/orders/auto-refill-knobs';
import type { Settings } from '@/utils/settings';
import { asksInLastDay } from '@/utils/orders/auto-refill';
import { autoRefillLabel } from '@/utils/orders/auto-refill-settings';
import { panelRefillState } from '@/utils/tracker-state/auto-refill-state';
import { formatDateTime } from '@/utils/i18n/intl-format';
import { T } from '@/components/T';
import { activeTag, plural, t } from '@/utils/i18n/messages';
import type { MessageKey } from '@/utils/i18n/keys';
import { formatInteger } from '@/utils/i18n/intl-format';

export interface AutoRefillActions {
  choosePanel: (panelId: string, on: boolean) => Promise<void>;
  resume: (panelId: string) => Promise<void>;
}

type Texts = Record<'intervalHours' | 'dailyCapPerPanel' | 'stopAfterRejections' | 'remindDaysBefore', string>;
const textsOf = (k: AutoRefillKnobs): Texts => ({ intervalHours: String(k.intervalHours), dailyCapPerPanel: String(k.dailyCapPerPanel), stopAfterRejections: String(k.stopAfterRejections), remindDaysBefore: String(k.remindDaysBefore) });

const FIELDS: { key: keyof Texts; label: MessageKey; help: MessageKey; whole: boolean }[] = [
  { key: 'intervalHours', label: 'options_autoRefillIntervalLabel', help: 'options_autoRefillIntervalHelp', whole: false },
  { key: 'dailyCapPerPanel', label: 'options_autoRefillDailyCapLabel', help: 'options_autoRefillDailyCapHelp', whole: true },
  { key: 'stopAfterRejections', label: 'options_autoRefillStopLabel', help: 'options_autoRefillStopHelp', whole: true },
];

/** A bound with the reader's decimal sign (up to 4 decimals: the smallest interval is a fraction of an hour); ungrouped, as typed. */
const bound = (n: number) => new Intl.NumberFormat(activeTag(), { maximumFractionDigits: 4, useGrouping: false }).format(n);

/** The knobs as numbers, or the first field's problem in words that say what to do. */
function readKnobs(texts: Texts, remind: boolean): { ok: true; knobs: AutoRefillKnobs } | { ok: false; message: string } {
  const knobs = { remindBeforeClose: remind } as AutoRefillKnobs;
  for (const { key, label, whole } of [...FIELDS, { key: 'remindDaysBefore' as const, label: 'options_autoRefillRemindDaysLabel' as const, whole: true }]) {
    const n = Number(texts[key].trim().replace(',', '.'));
    const { min, max } = AUTO_REFILL_BOUNDS[key];
    if (texts[key].trim() === '' || !Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < min || n > max) {
      return { ok: false, message: t(whole ? 'options_autoRefillEnterWhole' : 'options_autoRefillEnterNumber', t(label), bound(min), bound(max)) };
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
    setMessage({ ok: true, text: t('options_autoRefillSaved') });
  };

  return (
    <section id="auto-refill" aria-labelledby="auto-refill-title" class="auto-refill">
      <h2 id="auto-refill-title">{t('options_autoRefillTitle')}</h2>
      <p class="muted small">
        {t('options_autoRefillExplained', autoRefillLabel())}
      </p>
      {panels.length === 0 ? <p class="muted small">{t('options_autoRefillAddPanelFirst')}</p> : null}
      <ul class="panel-list" aria-label={t('options_autoRefillPerPanel')}>
        {panels.map((panel) => {
          const on = Object.hasOwn(choices.panels, panel.id) && choices.panels[panel.id] === true;
          const ps = panelRefillState(state, panel.id);
          const today = asksInLastDay(ps, now).length;
          return (
            <li key={panel.id} class="panel-card">
              <label class="check">
                <input type="checkbox" checked={on} onChange={(e) => void actions.choosePanel(panel.id, (e.target as HTMLInputElement).checked)} />
                {/* One flex item: the panel name is not spaced apart from its sentence. */}
                <span>
                  <T k="options_autoRefillPanelToggle" args={[<bdi translate={false}>{panel.name}</bdi>]} />
                </span>
              </label>
              <span class="muted small">
                {plural('options_autoRefillAsksToday', settings.autoRefill.dailyCapPerPanel, today)}
                {ps.limitMs ? ` · ${t('options_autoRefillPanelLimit', formatInteger(Math.round(ps.limitMs / 3_600_000)))}` : ''}
              </span>
              {ps.stopped ? (
                <div class="notice warn small row" role="alert">
                  <span class="grow">
                    {ps.stopped.reason} <span class="muted">({formatDateTime(ps.stopped.at)})</span>
                  </span>
                  <button type="button" onClick={() => void actions.resume(panel.id)} aria-label={t('options_autoRefillResumeLabel', panel.name)}>
                    {t('options_autoRefillResume')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit} aria-label={t('options_autoRefillFormLabel')} noValidate class="auto-refill-form">
        {FIELDS.map(({ key, label, help }) => (
          <div class="field" key={key}>
            <label for={`auto-refill-${key}`}>{t(label)}</label>
            <input id={`auto-refill-${key}`} class="num short" inputMode="decimal" value={texts[key]} aria-describedby={`auto-refill-${key}-help`} onInput={(e) => setTexts({ ...texts, [key]: (e.target as HTMLInputElement).value })} />
            <span id={`auto-refill-${key}-help`} class="field-help">
              {t(help)}
            </span>
          </div>
        ))}
        <label class="check">
          <input type="checkbox" checked={remind} onChange={(e) => setRemind((e.target as HTMLInputElement).checked)} />
          {t('options_autoRefillRemind')}
        </label>
        <div class="field">
          <label for="auto-refill-remindDaysBefore">{t('options_autoRefillRemindDaysLabel')}</label>
          <input id="auto-refill-remindDaysBefore" class="num short" inputMode="numeric" value={texts.remindDaysBefore} disabled={!remind} onInput={(e) => setTexts({ ...texts, remindDaysBefore: (e.target as HTMLInputElement).value })} />
        </div>
        {message && (
          <p class={`notice ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit">{t('options_autoRefillSave')}</button>
      </form>
    </section>
  );
}
