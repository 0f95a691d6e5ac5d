import { recordHint } from '@/utils/orders/record-text';
import type { ServiceRecord } from '@/utils/orders/service-record';
import { formatDuration } from '@/utils/duration';
import type { PluralKey } from '@/utils/i18n/keys';
import { plural, t } from '@/utils/i18n/messages';
import { formatInteger, formatList } from '@/utils/i18n/intl-format';
import { shownMoney } from '@/utils/i18n/shown-money';

type RefillOutcome = 'completed' | 'rejected' | 'failed' | 'in_progress' | 'pending' | 'unknown';
const REFILL_OUTCOMES: [RefillOutcome, PluralKey][] = [
  ['completed', 'quickOrder_refillsCompleted'],
  ['rejected', 'quickOrder_refillsRejected'],
  ['failed', 'quickOrder_refillsFailed'],
  ['in_progress', 'quickOrder_refillsInProgress'],
  ['pending', 'quickOrder_refillsPending'],
  ['unknown', 'quickOrder_refillsUnknown'],
];

/** "3 asked: 2 completed, 1 rejected" (only the outcomes that happened). */
function refillText(refills: ServiceRecord['refills']): string {
  const outcomes = REFILL_OUTCOMES.filter(([s]) => refills[s] > 0).map(([s, key]) => plural(key, refills[s]));
  return outcomes.length ? t('quickOrder_refillsAskedWith', refills.asked, formatList(outcomes)) : t('quickOrder_refillsAsked', refills.asked);
}

/**
 * "Your record": how this service really went for the user, from their own tracked orders on
 * this panel (rows of the service facts' list). What a partial order really cost per 1000
 * delivered (refunded pro rata) sits beside the listed rate: a cheap service that is usually
 * partial shows what it costs.
 */
export function RecordFacts({ record }: { record: ServiceRecord }) {
  if (record.finished === 0) {
    return (
      <div class="record-fact">
        <dt>{t('quickOrder_yourRecord')}</dt>
        <dd>{plural('quickOrder_recordNoneFinished', record.orders)}</dd>
      </div>
    );
  }
  return (
    <>
      <div class="record-fact">
        <dt>{t('quickOrder_yourRecord')}</dt>
        <dd>{recordHint(record)}</dd>
      </div>
      {record.averageStartMs !== null && (
        <div>
          <dt>{t('quickOrder_startsAfter')}</dt>
          <dd>{t('quickOrder_about', formatDuration(record.averageStartMs))}</dd>
        </div>
      )}
      {record.cost.map((c) => (
        <div key={c.currency ?? ''}>
          <dt>{t('quickOrder_paidPer1000')}</dt>
          <dd class="num" title={t('quickOrder_paidExplained', shownMoney(c.spent, c.currency), formatInteger(c.delivered))}>
            {c.per1000 === null ? t('quickOrder_nothingDelivered') : <span dir="ltr">{shownMoney(c.per1000, c.currency, 4)}</span>}
          </dd>
        </div>
      ))}
      {record.refills.asked > 0 && (
        <div>
          <dt>{t('quickOrder_refills')}</dt>
          <dd>{refillText(record.refills)}</dd>
        </div>
      )}
    </>
  );
}
