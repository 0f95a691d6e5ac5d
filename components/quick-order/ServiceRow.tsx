import { formatMoney } from '@/utils/money';
import type { Service } from '@/utils/panel-api/types';
import { formatInt } from '@/utils/ui/format';

const mark = (flag: boolean | null, yes: string, label: string) =>
  flag === true ? <span class="mark" title={label}>{yes}</span> : flag === null ? <span class="mark muted" title={`${label}: not stated by the panel`}>{yes}?</span> : null;

/**
 * One service in the picker, on two lines so long real-world names stay readable in a popup:
 * id and name; then category, rate per 1000, min–max and refill/cancel/drip-feed marks.
 */
export function ServiceRow({ service, currency, recent }: { service: Service; currency: string | null; recent: boolean }) {
  return (
    <div class="service-row">
      <span class="service-id num muted">{service.id}</span>
      <span class="service-name truncate" title={service.name}>
        {recent && <span class="mark" title="Recently used">★ </span>}
        {service.name}
      </span>
      <span class="service-category truncate muted small" title={service.category}>
        {service.category}
      </span>
      <span class="service-rate num small" title="Rate per 1000">
        {formatMoney(service.rate, currency)}
      </span>
      <span class="service-range num muted small" title="Min–max quantity">
        {formatInt(service.min)}–{service.max >= Number.MAX_SAFE_INTEGER ? '∞' : formatInt(service.max)}
      </span>
      <span class="service-marks small">
        {mark(service.refill, 'R', 'Refill')}
        {mark(service.cancel, 'C', 'Cancel')}
        {service.dripfeed ? <span class="mark" title="Drip-feed">D</span> : null}
      </span>
    </div>
  );
}
