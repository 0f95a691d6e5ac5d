import { formatMoney } from '@/utils/money';
import { recordHint } from '@/utils/orders/record-text';
import type { ServiceRecord } from '@/utils/orders/service-record';
import { formatDuration } from '@/utils/duration';
import { formatInt } from '@/utils/format';

const plural = (n: number, one: string) => `${formatInt(n)} ${n === 1 ? one : `${one}s`}`;

/** "3 asked: 2 completed, 1 rejected" (only the outcomes that happened). */
function refillText(refills: ServiceRecord['refills']): string {
  const outcomes = (['completed', 'rejected', 'failed', 'in_progress', 'pending', 'unknown'] as const)
    .filter((s) => refills[s] > 0)
    .map((s) => `${formatInt(refills[s])} ${s === 'in_progress' ? 'in progress' : s}`);
  return `${formatInt(refills.asked)} asked${outcomes.length ? `: ${outcomes.join(', ')}` : ''}`;
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
        <dt>Your record</dt>
        <dd>{plural(record.orders, 'order')}, none finished yet</dd>
      </div>
    );
  }
  return (
    <>
      <div class="record-fact">
        <dt>Your record</dt>
        <dd>{recordHint(record)}</dd>
      </div>
      {record.averageStartMs !== null && (
        <div>
          <dt>Starts after</dt>
          <dd>about {formatDuration(record.averageStartMs)}</dd>
        </div>
      )}
      {record.cost.map((c) => (
        <div key={c.currency ?? ''}>
          <dt>Paid per 1000 delivered</dt>
          <dd class="num" title={`${formatMoney(c.spent, c.currency)} for ${formatInt(c.delivered)} delivered, refunds netted`}>
            {c.per1000 === null ? 'nothing delivered yet' : formatMoney(c.per1000, c.currency, 4)}
          </dd>
        </div>
      ))}
      {record.refills.asked > 0 && (
        <div>
          <dt>Refills</dt>
          <dd>{refillText(record.refills)}</dd>
        </div>
      )}
    </>
  );
}
