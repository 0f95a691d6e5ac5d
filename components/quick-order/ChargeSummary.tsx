import { formatMoney, type Money } from '@/utils/money';
import { CURRENCY_NOT_STATED } from '@/utils/panels/balance-text';

/** The live charge and what the balance will be after it; `<output>` is labelled, so readers announce "Charge". */
export function ChargeSummary({ charge, balanceAfter, currency, chargedQuantity, runs = null }: {
  charge: Money | null;
  balanceAfter: Money | null;
  currency: string | null;
  chargedQuantity: number | null;
  /** Drip-feed: the units are quantity per run × runs, and say so. */
  runs?: number | null;
}) {
  return (
    <div class="charge">
      <div>
        <label for="charge">{runs ? 'Charge (all runs)' : 'Charge'}</label>
        <output id="charge" class="num" aria-live="polite" aria-describedby={charge !== null && !currency ? 'charge-note' : undefined}>
          {charge === null ? '—' : formatMoney(charge, currency)}
        </output>
        {charge !== null && !currency && (
          <span id="charge-note" class="muted small">
            {' '}
            {CURRENCY_NOT_STATED}
          </span>
        )}
      </div>
      {chargedQuantity !== null && (
        <div>
          <label for="charged-units">Units</label>
          <output id="charged-units" class="num">
            {runs ? `${(chargedQuantity / runs).toLocaleString('en-US')} per run × ${runs} runs = ${chargedQuantity.toLocaleString('en-US')}` : chargedQuantity.toLocaleString('en-US')}
          </output>
        </div>
      )}
      <div>
        <label for="balance-after">Balance after</label>
        <output id="balance-after" class="num">
          {balanceAfter === null ? '—' : formatMoney(balanceAfter, currency)}
        </output>
      </div>
    </div>
  );
}
