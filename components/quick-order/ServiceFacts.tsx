import { formatMoney } from '@/utils/money';
import type { ServiceRecord } from '@/utils/orders/service-record';
import type { Service } from '@/utils/panel-api/types';
import { formatInt } from '@/utils/format';
import { RecordFacts } from './RecordFacts';

const flag = (value: boolean | null | undefined) => (value === true ? 'yes' : value === false ? 'no' : 'not stated');

/** What a reseller checks before ordering: price, limits, and what can be undone later. */
export function ServiceFacts({ service, currency, record }: { service: Service; currency: string | null; record?: ServiceRecord | null }) {
  const max = service.max >= Number.MAX_SAFE_INTEGER ? 'no limit' : formatInt(service.max);
  return (
    <dl class="service-facts small" aria-label="Service details">
      <div>
        <dt>Rate per 1000</dt>
        <dd class="num">{formatMoney(service.rate, service.currency ?? currency)}</dd>
      </div>
      <div>
        <dt>Min–max</dt>
        <dd class="num">
          {formatInt(service.min)}–{max}
          {service.step ? ` (step ${formatInt(service.step)})` : ''}
        </dd>
      </div>
      <div>
        <dt>Refill</dt>
        <dd>{flag(service.refill)}</dd>
      </div>
      <div>
        <dt>Cancel</dt>
        <dd>{flag(service.cancel)}</dd>
      </div>
      <div>
        <dt>Type</dt>
        <dd>{service.type || 'Default'}</dd>
      </div>
      {record && <RecordFacts record={record} />}
    </dl>
  );
}
