import { shownMoney } from '@/utils/i18n/shown-money';
import type { Service } from '@/utils/panel-api/types';
import { formatInteger } from '@/utils/i18n/intl-format';
import { activeLocale, t } from '@/utils/i18n/messages';

/**
 * The marks are letters drawn by CSS (`data-mark`, see quick-order/style.css) and hidden from
 * assistive technology; their words are in the option's name. Text nodes would make the
 * visible text ("… C") differ from the spoken name ("… cancel").
 */
const mark = (flag: boolean | null, letter: string, label: string, notStated: string) =>
  flag === true ? (
    <span class="mark" data-mark={letter} title={label} aria-hidden="true" />
  ) : flag === null ? (
    <span class="mark muted" data-mark={`${letter}?`} title={notStated} aria-hidden="true" />
  ) : null;

// i18n-exempt: two numbers and a dash (∞: no stated maximum), the same in every language
const range = (service: Service) => `${formatInteger(service.min)}–${service.max >= Number.MAX_SAFE_INTEGER ? '∞' : formatInteger(service.max)}`;

/**
 * The rows' fixed words, looked up once per language, not once per row: each keystroke in
 * the picker renders its visible rows again (npm run bench, figure 4).
 */
let words: ReturnType<typeof lookUpWords> | null = null;
function lookUpWords() {
  return {
    locale: activeLocale(),
    refill: [t('picker_markRefill'), t('picker_markRefillNotStated'), t('picker_markNoRefill')] as const,
    cancel: [t('picker_markCancel'), t('picker_markCancelNotStated'), t('picker_markNoCancel')] as const,
    dripfeed: t('picker_markDripfeed'),
    recent: t('picker_markRecent'),
    separator: t('picker_listSeparator'),
    recentTitle: t('picker_recentTitle'),
    rateTitle: t('picker_rateTitle'),
    rangeTitle: t('picker_rangeTitle'),
    refillTitle: t('picker_refill'),
    refillNotStated: t('picker_refillNotStated'),
    cancelTitle: t('picker_cancel'),
    cancelNotStated: t('picker_cancelNotStated'),
    dripfeedTitle: t('picker_dripfeed'),
  };
}
function rowWords(): ReturnType<typeof lookUpWords> {
  if (words?.locale !== activeLocale()) words = lookUpWords();
  return words;
}

/** The mark in words for the option's name: [yes, unknown, no]. */
const flagWords = (flag: boolean | null, [yes, unknown, no]: readonly [string, string, string]) => (flag === true ? yes : flag === null ? unknown : no);

/**
 * The texts of a service's row, made once per service and currency: each keystroke in the
 * picker rewrites the visible rows, and exact money formatting is the costly part of a row.
 */
const texts = new WeakMap<Service, { currency: string | null; rate: string; range: string }>();
function rowTexts(service: Service, currency: string | null): { rate: string; range: string } {
  let t = texts.get(service);
  if (!t || t.currency !== currency) {
    t = { currency, rate: shownMoney(service.rate, currency), range: range(service) };
    texts.set(service, t);
  }
  return t;
}

/**
 * The option's accessible name: the row's visible text in order (so speech and sight agree,
 * WCAG 2.5.3), then the marks in words.
 */
export function serviceLabel(service: Service, currency: string | null, recent: boolean, hint?: string): string {
  const w = rowWords();
  const marks = [flagWords(service.refill, w.refill), flagWords(service.cancel, w.cancel), ...(service.dripfeed ? [w.dripfeed] : []), ...(recent ? [w.recent] : [])];
  const { rate, range } = rowTexts(service, service.currency ?? currency);
  // i18n-exempt: the row's visible values in order, then the marks' words (each a message)
  return `${service.id} ${service.name} ${hint ? `${hint} · ` : ''}${service.category} ${rate} ${range}, ${marks.join(w.separator)}`;
}

/**
 * One service in the picker, on two lines so long real-world names stay readable in a popup:
 * id and name; then "Your record" (when the user has finished orders of it), category, rate per 1000, min–max and refill/cancel/drip-feed marks.
 * The `{' '}` between cells are not rendered in the grid but keep the text "0.84 USD 20–30,000"
 * rather than "0.84 USD20–30,000" for assistive technology.
 */
export function ServiceRow({ service, currency, recent, hint }: { service: Service; currency: string | null; recent: boolean; hint?: string }) {
  const { rate, range } = rowTexts(service, service.currency ?? currency);
  const w = rowWords();
  return (
    <div class="service-row">
      <span class="service-id num muted" dir="ltr">
        {service.id}
      </span>{' '}
      <span class="service-name truncate" title={service.name}>
        {recent && <span class="mark" data-mark="★" title={w.recentTitle} aria-hidden="true" />}{' '}
        <bdi translate={false}>{service.name}</bdi>
      </span>{' '}
      <span class="service-category truncate muted small" title={hint ? t('picker_recordTitle', hint, service.category) : service.category}>
        {hint && <span class="service-record">{hint} · </span>}
        <bdi translate={false}>{service.category}</bdi>
      </span>{' '}
      <span class="service-rate num small" title={w.rateTitle}>
        <span dir="ltr">{rate}</span>
      </span>{' '}
      <span class="service-range num muted small" title={w.rangeTitle}>
        <span dir="ltr">{range}</span>
      </span>{' '}
      <span class="service-marks small">
        {mark(service.refill, 'R', w.refillTitle, w.refillNotStated)}
        {mark(service.cancel, 'C', w.cancelTitle, w.cancelNotStated)}
        {service.dripfeed ? mark(true, 'D', w.dripfeedTitle, '') : null}
      </span>
    </div>
  );
}
