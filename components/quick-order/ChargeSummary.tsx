import { formatMoney, type Money } from '@/utils/money';

/** The live charge and what the balance will be after it; `<output>` is labelled, so readers announce "Charge". */
export function ChargeSummary({ charge, balanceAfter, currency, chargedQuantity }: { charge: Money | null; balanceAfter: Money | null; currency: string | null; chargedQuantity: number | null }) {
  return (
    <div class="charge">
      <div>
        <label for="charge">Charge</label>
        <output id="charge" class="num" aria-live="polite">
          {charge === null ? '—' : formatMoney(charge, currency)}
        </output>
      </div>
      {chargedQuantity !== null && (
        <div>
          <label for="charged-units">Units</label>
          <output id="charged-units" class="num">
            {chargedQuantity.toLocaleString('en-US')}
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
