import { formatMoney } from '@/utils/money';
import type { Service } from '@/utils/panel-api/types';
import { formatInt } from '@/utils/format';

/**
 * The marks are letters drawn by CSS (`data-mark`, see quick-order/style.css) and hidden from
 * assistive technology; their words are in the option's name. Text nodes would make the
 * visible text ("… C") differ from the spoken name ("… cancel").
 */
const mark = (flag: boolean | null, letter: string, label: string) =>
  flag === true ? (
    <span class="mark" data-mark={letter} title={label} aria-hidden="true" />
  ) : flag === null ? (
    <span class="mark muted" data-mark={`${letter}?`} title={`${label}: not stated by the panel`} aria-hidden="true" />
  ) : null;

const range = (service: Service) => `${formatInt(service.min)}–${service.max >= Number.MAX_SAFE_INTEGER ? '∞' : formatInt(service.max)}`;

const flagWords = (flag: boolean | null, word: string) => (flag === true ? `${word}` : flag === null ? `${word} not stated` : `no ${word}`);

/**
 * The texts of a service's row, made once per service and currency: each keystroke in the
 * picker rewrites the visible rows, and exact money formatting is the costly part of a row.
 */
const texts = new WeakMap<Service, { currency: string | null; rate: string; range: string }>();
function rowTexts(service: Service, currency: string | null): { rate: string; range: string } {
  let t = texts.get(service);
  if (!t || t.currency !== currency) {
    t = { currency, rate: formatMoney(service.rate, currency), range: range(service) };
    texts.set(service, t);
  }
  return t;
}

/**
 * The option's accessible name: the row's visible text in order (so speech and sight agree,
 * WCAG 2.5.3), then the marks in words.
 */
export function serviceLabel(service: Service, currency: string | null, recent: boolean, hint?: string): string {
  const marks = [flagWords(service.refill, 'refill'), flagWords(service.cancel, 'cancel'), ...(service.dripfeed ? ['drip-feed'] : []), ...(recent ? ['recently used'] : [])];
  const { rate, range } = rowTexts(service, service.currency ?? currency);
  return `${service.id} ${service.name} ${hint ? `${hint} · ` : ''}${service.category} ${rate} ${range}, ${marks.join(', ')}`;
}

/**
 * One service in the picker, on two lines so long real-world names stay readable in a popup:
 * id and name; then "Your record" (when the user has finished orders of it), category, rate per 1000, min–max and refill/cancel/drip-feed marks.
 * The `{' '}` between cells are not rendered in the grid but keep the text "0.84 USD 20–30,000"
 * rather than "0.84 USD20–30,000" for assistive technology.
 */
export function ServiceRow({ service, currency, recent, hint }: { service: Service; currency: string | null; recent: boolean; hint?: string }) {
  const { rate, range } = rowTexts(service, service.currency ?? currency);
  return (
    <div class="service-row">
      <span class="service-id num muted">{service.id}</span>{' '}
      <span class="service-name truncate" title={service.name}>
        {recent && <span class="mark" data-mark="★" title="Recently used" aria-hidden="true" />}{' '}
        {service.name}
      </span>{' '}
      <span class="service-category truncate muted small" title={hint ? `Your record: ${hint}\n${service.category}` : service.category}>
        {hint && <span class="service-record">{hint} · </span>}
        {service.category}
      </span>{' '}
      <span class="service-rate num small" title="Rate per 1000">
        {rate}
      </span>{' '}
      <span class="service-range num muted small" title="Min–max quantity">
        {range}
      </span>{' '}
      <span class="service-marks small">
        {mark(service.refill, 'R', 'Refill')}
        {mark(service.cancel, 'C', 'Cancel')}
        {service.dripfeed ? mark(true, 'D', 'Drip-feed') : null}
      </span>
    </div>
  );
}
