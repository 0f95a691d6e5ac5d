import { shownMoney } from '@/utils/i18n/shown-money';
import { t } from '@/utils/i18n/messages';
import type { ServiceRecord } from '@/utils/orders/service-record';
import type { Service } from '@/utils/panel-api/types';
import { formatInteger } from '@/utils/i18n/intl-format';
import { RecordFacts } from './RecordFacts';

const flag = (value: boolean | null | undefined) => t(value === true ? 'quickOrder_yes' : value === false ? 'quickOrder_no' : 'quickOrder_notStated');

/** What a reseller checks before ordering: price, limits, and what can be undone later. */
export function ServiceFacts({ service, currency, record }: { service: Service; currency: string | null; record?: ServiceRecord | null }) {
  const max = service.max >= Number.MAX_SAFE_INTEGER ? t('quickOrder_noLimit') : formatInteger(service.max);
  return (
    <dl class="service-facts small" aria-label={t('quickOrder_serviceDetails')}>
      <div>
        <dt>{t('quickOrder_ratePer1000')}</dt>
        <dd class="num">
          <span dir="ltr">{shownMoney(service.rate, service.currency ?? currency)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('quickOrder_minMax')}</dt>
        <dd class="num">
          <span dir="ltr">
            {formatInteger(service.min)}–{max}
          </span>
          {service.step ? ` ${t('quickOrder_step', service.step)}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('quickOrder_refill')}</dt>
        <dd>{flag(service.refill)}</dd>
      </div>
      <div>
        <dt>{t('quickOrder_cancelFact')}</dt>
        <dd>{flag(service.cancel)}</dd>
      </div>
      <div>
        <dt>{t('quickOrder_type')}</dt>
        <dd>
          <bdi translate={false}>{service.type || 'Default' /* i18n-exempt: the API's name of the default type */}</bdi>
        </dd>
      </div>
      {record && <RecordFacts record={record} />}
    </dl>
  );
}
